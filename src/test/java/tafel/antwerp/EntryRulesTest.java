package tafel.antwerp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tafel.text.Phrase;

class EntryRulesTest {

    private static Map<String, Project> ballot() {
        Map<String, Project> ballot = new LinkedHashMap<>();
        for (String id : List.of("A1", "A2", "A3", "A4")) {
            ballot.put(id, new Project(id, id, "groen", 1000, "", true, ""));
        }
        for (String id : List.of("B1", "B2", "B3", "B4", "B5", "B6")) {
            ballot.put(id, new Project(id, id, "fiets", 1000, "", true, ""));
        }
        return ballot;
    }

    @Test
    void aRoundWhoseThemeOffersFewerThanFiveAsksForAllOfThemAndSaysWhy() {
        EntryRules.Checked<List<String>> five = EntryRules.projects(List.of("A1", "A2", "A3", "A4", "A4"), ballot(), 5, Set.of());
        assertThat(five.problems()).contains(Phrase.of("entry.project.count.fewer", 5, 4, "groen"));
        assertThat(EntryRules.projects(List.of("A1", "A2", "A3", "A4"), ballot(), 5, Set.of()).ok()).isTrue();
        EntryRules.Checked<List<String>> four = EntryRules.projects(List.of("B1", "B2", "B3", "B4"), ballot(), 5, Set.of());
        assertThat(four.problems()).containsExactly(Phrase.of("entry.project.count", 4, 5));
    }

    @Test
    void anAmbiguousStartListsTheThemesItFitsAndASlipIsOnlySuggested() {
        ThemeCatalogue catalogue = new ThemeCatalogue(List.of(new Theme("1", "Verlichting", ""),
                new Theme("2", "Verkeersveiligheid", ""), new Theme("3", "Fietspaden", ""), new Theme("4", "Groen", ""),
                new Theme("5", "Zwerfvuil", ""), new Theme("6", "Speelpleinen", "")));
        EntryRules.Checked<List<String>> checked = EntryRules.themes(List.of("ver", "Fietpaden", "Groen", "Zwerfvuil",
                "Speel"), catalogue, 5);
        assertThat(checked.problems()).containsExactly(
                Phrase.of("entry.theme.ambiguous", "ver", "Verlichting, Verkeersveiligheid"),
                Phrase.of("entry.theme.unknown.closest", "Fietpaden", "Fietspaden"));
    }

    /** Projects none of which is on the ballot are each named; no round is counted against an empty set of themes. */
    @Test
    void projectsOffTheBallotAreNamedWithoutACountAgainstNoThemes() {
        assertThat(EntryRules.projects(List.of("X1", "X2"), ballot(), 5, Set.of()).problems())
                .containsExactly(Phrase.of("entry.project.unknown", "X1"), Phrase.of("entry.project.unknown", "X2"));
        assertThat(EntryRules.projects(List.of(), ballot(), 5, Set.of()).problems())
                .containsExactly(Phrase.of("entry.project.count", 0, 5));
    }
}
