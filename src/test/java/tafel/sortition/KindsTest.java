package tafel.sortition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Who the rules cannot tell apart, and the draw among them: grouped by the quotas they count in
 * (a feature no quota names does not matter), never someone whose address another respondent
 * shares; a panel of the lottery stands for as many of each group, drawn evenly by the seed.
 */
class KindsTest {

    private static Respondent person(String id, String age, String gender, String street, String home) {
        return new Respondent(id, Map.of("leeftijd", age, "geslacht", gender, "straat", street), Optional.ofNullable(home));
    }

    private static final List<Quota> QUOTAS = List.of(new Quota("leeftijd", "16-29", 1, 2), new Quota("leeftijd", "55+", 1, 2),
            new Quota("geslacht", "v", 1, 2), new Quota("geslacht", "m", 1, 2));

    @Test
    void peopleCountedByTheSameQuotasAreOneKindUnlessTheyShareAnAddress() {
        List<Respondent> pool = List.of(person("a", "16-29", "v", "dorp", "a1"), person("b", "16-29", "v", "stad", "b1"),
                person("c", "55+", "m", "dorp", "huis"), person("d", "55+", "m", "stad", "huis"), person("e", "55+", "m", "dorp", "e1"),
                person("f", "16-29", "v", "dorp", null));
        Kinds kinds = Kinds.of(new PanelSpec(pool, QUOTAS, 3, true));
        // a, b and f: young women (their street is in no quota); c and d live together: each alone; e
        assertThat(kinds.members()).containsExactly(new int[] {0, 1, 5}, new int[] {2}, new int[] {3}, new int[] {4});
        assertThat(kinds.interchangeable()).containsExactly(new int[] {0, 1, 5});
        assertThat(kinds.composition(new int[] {1, 3, 5})).containsExactly(0, 0, 2);
        assertThat(kinds.panel(new int[] {0, 0, 2})).containsExactly(0, 1, 3);
        // without the household rule an address does not matter: c, d and e are one kind
        assertThat(Kinds.of(new PanelSpec(pool, QUOTAS, 3, false)).members()).containsExactly(new int[] {0, 1, 5},
                new int[] {2, 3, 4});
    }

    @Test
    void aGroupsSeatsGoToEveryMemberEvenlyInChancesAndInDraws() {
        // panel {0, 1, 6}: two seats of group {0..4}, one of group {5, 6}; half the time panel {0, 5, 7}
        Distribution lottery = new Distribution(List.of(new int[] {0, 1, 5}, new int[] {0, 5, 7}),
                new long[] {500_000_000L, 500_000_000L}, "leximin", List.of(new int[] {0, 1, 2, 3, 4}, new int[] {5, 6}));
        double[] chances = lottery.probabilities(8);
        assertThat(chances).containsExactly(new double[] {0.3, 0.3, 0.3, 0.3, 0.3, 0.5, 0.5, 0.5},
                org.assertj.core.data.Offset.offset(1e-12));
        Map<Integer, Integer> seen = new HashMap<>();
        int draws = 4000;
        for (int n = 0; n < draws; n++) {
            String seed = "avond " + n;
            int[] drawn = PublicDraw.members(lottery, seed);
            assertThat(PublicDraw.members(lottery, seed)).as("the same seed, the same people").containsExactly(drawn);
            assertThat(drawn).hasSize(3).doesNotHaveDuplicates().isSorted();
            long ofFirstGroup = java.util.Arrays.stream(drawn).filter(person -> person <= 4).count();
            assertThat(ofFirstGroup).isEqualTo(PublicDraw.panel(lottery, seed) == 0 ? 2 : 1);
            for (int person : drawn) {
                seen.merge(person, 1, Integer::sum);
            }
        }
        // everyone of a group is drawn about as often as the chance says (4,000 draws: within 3.5 %)
        for (int person = 0; person < 8; person++) {
            assertThat((double) seen.getOrDefault(person, 0) / draws).as("person %d", person)
                    .isCloseTo(chances[person], org.assertj.core.data.Offset.offset(0.035));
        }
    }

    @Test
    void aLotteryWithoutGroupsDrawsItsPanelAsItIs() {
        Distribution lottery = new Distribution(List.of(new int[] {0, 2}, new int[] {1, 3}), new long[] {1, 999_999_999L}, "greedy");
        assertThat(PublicDraw.members(lottery, "03 17 22 41 08")).containsExactly(1, 3);
        assertThat(lottery.interchangeable()).isEmpty();
    }
}
