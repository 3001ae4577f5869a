package tafel.app;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tafel.draaiboek.Agenda;
import tafel.draaiboek.Draaiboek;
import tafel.io.LoadedDraaiboek;
import tafel.io.participants.BlockAssignments;

/** Use case: a draaiboek's agenda with clock times, and who sits where in each block that says so. */
public final class ShowAgenda {

    /**
     * @param clockKnown  whether the times are real (a start given or in the draaiboek) or counted from midnight
     * @param assignments groups per block code, from the files next to the draaiboek
     */
    public record Shown(Draaiboek draaiboek, Agenda agenda, boolean clockKnown,
                        Map<String, List<BlockAssignments.Group>> assignments) {
    }

    private ShowAgenda() {
    }

    /** @param start the start time asked for, before the draaiboek's own */
    public static Shown open(Notices notices, String file, Optional<LocalTime> start) {
        LoadedDraaiboek loaded = DraaiboekFiles.openChecked(notices, file);
        Draaiboek draaiboek = loaded.draaiboek().orElseThrow();
        // the files were checked while loading; their findings are already told
        Map<String, List<BlockAssignments.Group>> assignments = loaded.source().folder()
                .map(folder -> BlockAssignments.load(draaiboek, folder, new ArrayList<>()))
                .orElse(Map.of());
        LocalTime from = start.or(draaiboek::start).orElse(LocalTime.MIDNIGHT);
        boolean clockKnown = start.isPresent() || draaiboek.start().isPresent();
        return new Shown(draaiboek, Agenda.of(draaiboek, from), clockKnown, assignments);
    }
}
