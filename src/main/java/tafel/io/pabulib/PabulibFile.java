package tafel.io.pabulib;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A participatory-budgeting instance in the open pabulib format: META key/values, the projects
 * (with the official outcome in {@code selected} when published) and the ballots.
 */
public record PabulibFile(Map<String, String> meta, List<PbProject> projects, List<PbVote> votes) {

    public PabulibFile {
        meta = Map.copyOf(meta);
        projects = List.copyOf(projects);
        votes = List.copyOf(votes);
    }

    /**
     * @param votes    the {@code votes} column, if the file has one
     * @param score    the {@code score} column (points of cumulative, ordinal or scoring ballots), if the file has one
     * @param neighborhood the part of the city the project is for (empty when the file has no such column)
     * @param selected the official outcome as pabulib codes it: 1 funded, 0 not, 2 funded outside the regular
     *                 allocation (Poznań: from reserves under its 80 % rule; Gdynia 2024: a turnout award)
     */
    public record PbProject(int line, String id, long cost, Optional<Long> votes, Optional<java.math.BigDecimal> score,
                            String name, List<String> categories, String neighborhood, Optional<Integer> selected) {
        public PbProject {
            categories = List.copyOf(categories);
        }
    }

    /** @param traits what the file says about the voter besides the vote (age, sex, neighborhood, …), by column */
    public record PbVote(int line, String voter, List<String> projects, Map<String, String> traits) {
        public PbVote {
            projects = List.copyOf(projects);
            traits = Map.copyOf(traits);
        }

        public PbVote(int line, String voter, List<String> projects) {
            this(line, voter, projects, Map.of());
        }
    }
}
