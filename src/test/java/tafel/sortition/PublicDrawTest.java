package tafel.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The public draw and the reasons quotas cannot be met, on cases small enough to see by hand. */
class PublicDrawTest {

    /** The ticket anyone can compute: Python's int.from_bytes(sha256(b"03 17 22 41 08").digest(), "big") % 10**9. */
    @Test
    void theTicketIsTheSeedsHashModuloOneBillion() {
        assertThat(PublicDraw.ticket("03 17 22 41 08")).isEqualTo(762_467_392L);
        assertThat(PublicDraw.ticket("  03  17 22 41 08\n")).as("white space as written does not matter").isEqualTo(762_467_392L);
    }

    @Test
    void theTicketPicksThePanelWhoseBillionthsReachPastIt() {
        Distribution lottery = new Distribution(List.of(new int[] {0}, new int[] {1}, new int[] {2}),
                new long[] {700_000_000L, 62_467_392L, 237_532_608L}, "leximin");
        // 762467392 is not below 700000000 + 62467392: the third panel
        assertThat(PublicDraw.panel(lottery, "03 17 22 41 08")).isEqualTo(2);
        Distribution wider = new Distribution(List.of(new int[] {0}, new int[] {1}),
                new long[] {762_467_393L, 237_532_607L}, "leximin");
        assertThat(PublicDraw.panel(wider, "03 17 22 41 08")).isZero();
    }

    private static Respondent person(String id, String age, String gender) {
        return new Respondent(id, Map.of("leeftijd", age, "geslacht", gender), Optional.empty());
    }

    /**
     * Six respondents, two seats: the only two young people are both men, so "16-29 at least 2"
     * and "man at most 1" cannot both hold; the least change is one of the two by one.
     */
    @Test
    void aClashBetweenQuotasOfTwoFeaturesIsNamedWithByHowMuch() {
        List<Respondent> pool = new ArrayList<>(List.of(person("a", "16-29", "man"), person("b", "16-29", "man"),
                person("c", "55+", "vrouw"), person("d", "55+", "vrouw"), person("e", "55+", "man"), person("f", "55+", "vrouw")));
        List<Quota> quotas = List.of(new Quota("leeftijd", "16-29", 2, 2), new Quota("leeftijd", "55+", 0, 2),
                new Quota("geslacht", "man", 0, 1), new Quota("geslacht", "vrouw", 0, 2));
        List<QuotaConflict> conflicts = QuotaConflicts.of(new PanelSpec(pool, quotas, 2, false));
        assertThat(conflicts).hasSize(1);
        QuotaConflict conflict = conflicts.get(0);
        assertThat(conflict.kind()).isIn(QuotaConflict.Kind.MINIMUM_CLASHES, QuotaConflict.Kind.MAXIMUM_CLASHES);
        if (conflict.kind() == QuotaConflict.Kind.MINIMUM_CLASHES) {
            assertThat(conflict.quota().orElseThrow().value()).isEqualTo("16-29");
            assertThat(conflict.possible()).isEqualTo(1);
            assertThat(conflict.with()).extracting(Quota::value).contains("man");
        } else {
            assertThat(conflict.quota().orElseThrow().value()).isEqualTo("man");
            assertThat(conflict.possible()).isEqualTo(2);
            assertThat(conflict.with()).extracting(Quota::value).contains("16-29");
        }
    }

    @Test
    void reservesCanEachStandInForSomeoneAndNeverTwoOfAHousehold() {
        List<Respondent> pool = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pool.add(new Respondent("r" + i, Map.of("geslacht", i % 2 == 0 ? "vrouw" : "man"),
                    Optional.of(i < 4 ? "zijlweg 1" : "huis " + i)));
        }
        PanelSpec spec = new PanelSpec(pool, List.of(new Quota("geslacht", "vrouw", 2, 2), new Quota("geslacht", "man", 2, 2)),
                4, true);
        Distribution lottery = Leximin.of(spec, settled -> { }).orElseThrow();
        int[] panel = lottery.panels().get(PublicDraw.panel(lottery, "7 14 21"));
        assertThat(spec.allows(panel)).isTrue();
        List<Integer> reserves = PublicDraw.reserves(spec, panel, 3, "7 14 21");
        assertThat(reserves).hasSize(3).doesNotContainAnyElementsOf(java.util.Arrays.stream(panel).boxed().toList());
        reserves.forEach(reserve -> assertThat(PublicDraw.replaceable(spec, panel, reserve)).isNotEmpty());
        // the four of Zijlweg 1 share their chance of one seat among them
        double[] chances = lottery.probabilities(12);
        assertThat(chances[0] + chances[1] + chances[2] + chances[3]).isLessThanOrEqualTo(1.0 + 1e-9);
    }
}
