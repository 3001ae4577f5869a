package tafel.antwerp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ThemeTallyTest {

    private static final ThemeCatalogue CATALOGUE = new ThemeCatalogue(List.of(
            new Theme("1", "Groen in straten", ""), new Theme("2", "Fietspaden", ""), new Theme("3", "Speelpleinen", ""),
            new Theme("4", "Veiligheid", ""), new Theme("5", "Cultuur", ""), new Theme("6", "Zwerfvuil", "")));

    @Test
    void ranksByTablesSharesRanksAndSelectsTheTop() {
        ThemeTally.Result result = ThemeTally.tally(CATALOGUE,
                List.of(List.of("1", "2", "3"), List.of("1", "2", "4"), List.of("1", "5", "3")), 3, TieRule.LOT, List.of(), 1);
        assertThat(result.ranking()).extracting(ranked -> ranked.theme().id() + ":" + ranked.tables() + ":" + ranked.rank())
                .containsExactly("1:3:1", "2:2:2", "3:2:2", "4:1:4", "5:1:4", "6:0:6");
        assertThat(result.selected()).extracting(Theme::id).containsExactly("1", "2", "3");
        assertThat(result.tie()).isEmpty();
    }

    @Test
    void aTieAtTheCutIsShownAndResolvedByTheRule() {
        List<List<String>> choices = List.of(List.of("1", "2", "3"), List.of("1", "4", "5"));
        ThemeTally.Result all = ThemeTally.tally(CATALOGUE, choices, 2, TieRule.INCLUDE_ALL, List.of(), 0);
        assertThat(all.tie()).get().satisfies(tie -> {
            assertThat(tie.places()).isEqualTo(1);
            assertThat(tie.themes()).extracting(Theme::id).containsExactly("2", "3", "4", "5");
        });
        assertThat(all.selected()).extracting(Theme::id).containsExactly("1", "2", "3", "4", "5");

        ThemeTally.Result open = ThemeTally.tally(CATALOGUE, choices, 2, TieRule.FACILITATOR, List.of(), 0);
        assertThat(open.decided()).isFalse();
        assertThat(open.selected()).extracting(Theme::id).containsExactly("1");
        ThemeTally.Result picked = ThemeTally.tally(CATALOGUE, choices, 2, TieRule.FACILITATOR, List.of("4"), 0);
        assertThat(picked.decided()).isTrue();
        assertThat(picked.selected()).extracting(Theme::id).containsExactly("1", "4");

        ThemeTally.Result lot = ThemeTally.tally(CATALOGUE, choices, 2, TieRule.LOT, List.of(), 2026);
        assertThat(lot.selected()).hasSize(2).first().extracting(Theme::id).isEqualTo("1");
        assertThat(ThemeTally.tally(CATALOGUE, choices, 2, TieRule.LOT, List.of(), 2026).selected())
                .as("the same seed draws the same theme").isEqualTo(lot.selected());
    }

    @Test
    void themesNoTableChoseNeverGoOn() {
        ThemeTally.Result result = ThemeTally.tally(CATALOGUE, List.of(List.of("2")), 3, TieRule.INCLUDE_ALL, List.of(), 0);
        assertThat(result.selected()).extracting(Theme::id).containsExactly("2");
    }

    @Test
    void findsThemesByIdOrNameIgnoringCaseAndAccents() {
        ThemeCatalogue catalogue = new ThemeCatalogue(List.of(new Theme("7", "Café-cultuur", "")));
        assertThat(catalogue.find("7")).isPresent();
        assertThat(catalogue.find("  cafe-CULTUUR ")).isPresent();
        assertThat(catalogue.suggest("cafe-cultur")).contains("Café-cultuur");
    }

    @Test
    void acceptsAUniqueStartButOnlySuggestsASlipAndNeverGuessesBetweenThemes() {
        assertThat(CATALOGUE.find("veilig")).map(Theme::id).contains("4");
        assertThat(CATALOGUE.find("Fietspad")).map(Theme::id).contains("2");
        assertThat(CATALOGUE.find("Zwervuil")).as("a slip is offered, not taken").isEmpty();
        assertThat(CATALOGUE.suggest("Zwervuil")).contains("Zwerfvuil");
        ThemeCatalogue close = new ThemeCatalogue(List.of(new Theme("1", "Sport in parken", ""),
                new Theme("2", "Sport in scholen", ""), new Theme("3", "Spoor", ""), new Theme("4", "Spoel", "")));
        assertThat(close.find("sport in")).isEmpty();
        assertThat(close.startingWith("sport in")).hasSize(2);
        assertThat(close.find("spoo")).map(Theme::id).contains("3");
        assertThat(close.find("Spoer")).isEmpty();
        assertThat(close.find("Spo")).as("a start that fits four").isEmpty();
        assertThat(close.find("S")).as("one letter is no start").isEmpty();
    }
}
