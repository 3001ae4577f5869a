package tafel.io.antwerp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tafel.antwerp.Project;
import tafel.io.csv.CsvInput;

/**
 * Counts online votes ({@code voter,project}): one vote per voter per project; a repeated vote
 * is counted once and reported; a vote for an unknown project is rejected with its line.
 */
public final class OnlineVotes {

    private OnlineVotes() {
    }

    /**
     * Each voter's votes, in file order, one per project (a repeated vote is a warning).
     *
     * @return the number of rejected rows
     */
    public static int ballots(CsvInput table, List<Project> projects, Map<String, List<String>> ballots,
                              List<CsvProblem> problems) {
        Rows rows = new Rows(table, problems);
        var voter = rows.required("voter", "stemmer", "voter_id");
        var project = rows.required("project", "project_id", "id", "nr");
        if (voter.isEmpty() || project.isEmpty()) {
            return table.rows().size();
        }
        Set<String> known = new HashSet<>();
        projects.forEach(p -> known.add(p.id()));
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvInput.Row row : rows.rows()) {
            String id = row.cell(project.get());
            String who = row.cell(voter.get());
            if (who.isEmpty() || id.isEmpty()) {
                rows.reject(row, "batch.row.empty");
                continue;
            }
            if (!known.contains(id)) {
                rows.reject(row, "entry.project.unknown", id);
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(who + "\u0000" + id, row.line());
            if (earlier != null) {
                rows.warn(row, "online.duplicate", who, id, earlier);
                continue;
            }
            ballots.computeIfAbsent(who, key -> new java.util.ArrayList<>()).add(id);
        }
        return rows.rejected();
    }
}
