package tafel.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tafel.antwerp.Allocation;
import tafel.antwerp.Leftover;
import tafel.antwerp.WithinTheme;

/**
 * Use case: fund the projects read by {@link ProjectsToAllocate} by the published rules, and
 * compare with the official outcome when the file carried one.
 */
public final class AllocateProjects {

    /** A project the official outcome and this allocation disagree on. */
    public record Difference(String id, String title, boolean fundedHere) {
    }

    /** @param differences empty when there was no official outcome or it agrees */
    public record Allocated(ProjectsToAllocate.Input input, Allocation.Result result, List<Difference> differences) {

        public boolean hasOfficialOutcome() {
            return !input.official().isEmpty();
        }
    }

    private AllocateProjects() {
    }

    /** Tells every row problem; stops (exit 65) when a row could not be used. */
    public static Allocated allocate(Notices notices, ProjectsToAllocate.Read read, WithinTheme within, Leftover leftover) {
        notices.requireUsable(read.problems(), read.rowsRead(), read.rejected());
        ProjectsToAllocate.Input input = read.input();
        Allocation.Result result = Allocation.allocate(input.candidates(), input.budgets(), within, leftover);
        return new Allocated(input, result, differences(result, input.official()));
    }

    private static List<Difference> differences(Allocation.Result result, Map<String, Boolean> official) {
        List<Difference> differences = new ArrayList<>();
        for (Allocation.Row row : result.rows()) {
            Boolean selected = official.get(row.candidate().id());
            if (selected != null && selected != row.funded()) {
                differences.add(new Difference(row.candidate().id(), row.candidate().title(), row.funded()));
            }
        }
        return differences;
    }
}
