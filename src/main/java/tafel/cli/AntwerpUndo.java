package tafel.cli;

import java.util.Optional;

import tafel.antwerp.ProcessStep;
import tafel.app.AntwerpProcess;
import tafel.web.RoomClient;

/** Withdraws an entry: a new journal entry that says so; the old one stays, visible in the audit. */
final class AntwerpUndo {

    private AntwerpUndo() {
    }

    /** Only an entry of the command's own step: {@code budget --undo 15} must not withdraw a theme choice. */
    static void undo(Console console, AntwerpProcess process, int entry, ProcessStep step, Environment environment,
                     Optional<RoomClient> room) {
        AntwerpProcess.Withdrawn withdrawn = room.isPresent() ? room.get().undo(entry, step)
                : process.undo(entry, step, environment.now());
        console.say("antwerp.undo.done", withdrawn.entry(), withdrawn.what());
    }
}
