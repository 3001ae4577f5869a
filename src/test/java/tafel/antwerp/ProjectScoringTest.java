package tafel.antwerp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProjectScoringTest {

    private static final List<Project> PROJECTS = List.of(
            new Project("a", "A", "groen", 4_000_00, "", true, ""),
            new Project("b", "B", "groen", 20_000_00, "", true, ""),
            new Project("c", "C", "groen", 30_000_00, "", false, "niet haalbaar"),
            new Project("d", "D", "fiets", 10_000_00, "", true, "ja, mits vergunning"));

    private static Map<String, Long> budgets() {
        Map<String, Long> budgets = new LinkedHashMap<>();
        budgets.put("groen", 20_000_00L);
        budgets.put("fiets", 50_000_00L);
        return budgets;
    }

    /**
     * Borda 3-2-1 (Groningen's wijktop-3), by hand: tables [a, b], [b, a] and [b] give a 3 + 2 = 5
     * points and b 2 + 3 + 3 = 8; with no online votes the score is the share: 5/13 and 8/13.
     */
    @Test
    void bordaCountsPointsByPlaceOnTheBallot() {
        ProjectScoring.Weights borda = new ProjectScoring.Weights(new BigDecimal("0.8"), new BigDecimal("0.2"),
                java.util.Optional.empty(), BigDecimal.ONE, ScoreMethod.BORDA, 3);
        ProjectScoring.ThemeScores groen = ProjectScoring.score(PROJECTS, budgets(),
                List.of(List.of("a", "b"), List.of("b", "a"), List.of("b")), Map.of(), List.of(), borda).get(0);
        assertThat(groen.projects()).extracting(ProjectScoring.Scored::liveVotes).containsExactly(5L, 8L);
        assertThat(groen.projects().get(0).score()).isBetween(new BigDecimal("0.3846"), new BigDecimal("0.3847"));
        assertThat(groen.projects().get(1).score()).isBetween(new BigDecimal("0.6153"), new BigDecimal("0.6154"));
    }

    /**
     * The mean of the percentages (Groningen), by hand: the tables give a 2/3 and b 1/3, online a 1 %
     * and b 99 %; each channel weighs half whatever online_weight says: a = (66.7 + 1) / 2 = 33.8 %.
     */
    @Test
    void theMeanOfPercentagesWeighsEveryChannelAlike() {
        ProjectScoring.Weights mean = new ProjectScoring.Weights(new BigDecimal("0.8"), new BigDecimal("0.2"),
                java.util.Optional.empty(), BigDecimal.ONE, ScoreMethod.MEAN_OF_PERCENTAGES, 5);
        ProjectScoring.ThemeScores groen = ProjectScoring.score(PROJECTS, budgets(), List.of(List.of("a", "b"), List.of("a")),
                Map.of("a", 10L, "b", 990L), mean).get(0);
        assertThat(groen.projects().get(0).score()).isBetween(new BigDecimal("0.3383"), new BigDecimal("0.3384"));
        assertThat(groen.projects().get(1).score()).isBetween(new BigDecimal("0.6616"), new BigDecimal("0.6617"));
    }

    @Test
    void eachSideIsAFixedShareWhateverTheNumberOfVoters() {
        List<ProjectScoring.ThemeScores> scores = ProjectScoring.score(PROJECTS, budgets(),
                List.of(List.of("a", "b"), List.of("a")), Map.of("a", 10L, "b", 990L), ProjectScoring.Weights.of(new BigDecimal("0.2")));
        ProjectScoring.ThemeScores groen = scores.get(0);
        assertThat(groen.fundedWithoutVote()).isFalse();
        assertThat(groen.projects()).extracting(scored -> scored.project().id()).containsExactly("a", "b");
        // a: 0.8 · 2/3 + 0.2 · 10/1000 = 0.5353…; b: 0.8 · 1/3 + 0.2 · 990/1000 = 0.4646…
        assertThat(groen.projects().get(0).score()).isBetween(new BigDecimal("0.5353"), new BigDecimal("0.5354"));
        assertThat(groen.projects().get(1).score()).isBetween(new BigDecimal("0.4646"), new BigDecimal("0.4647"));
        assertThat(groen.projects().get(0).score().add(groen.projects().get(1).score()))
                .isEqualByComparingTo(BigDecimal.ONE);
        assertThat(scores.get(1).fundedWithoutVote()).as("fiets can fund its only feasible project").isTrue();
    }

    @Test
    void withoutOnlineVotesTheLiveShareIsEverythingAndSmallProjectsCanCountDouble() {
        ProjectScoring.Weights doubleSmall = new ProjectScoring.Weights(new BigDecimal("0.8"), new BigDecimal("0.2"),
                Optional.of(5_000_00L), BigDecimal.valueOf(2));
        ProjectScoring.ThemeScores groen = ProjectScoring.score(PROJECTS, budgets(), List.of(List.of("a"), List.of("b"),
                List.of("b")), Map.of(), doubleSmall).get(0);
        // a: 1 vote × 2 = 2; b: 2 votes → 2/4 each, live share 1
        assertThat(groen.projects().get(0).score()).isEqualByComparingTo("0.5");
        assertThat(groen.projects().get(1).score()).isEqualByComparingTo("0.5");
    }
}
