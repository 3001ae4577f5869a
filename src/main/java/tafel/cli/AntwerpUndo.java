package tafel.cli;

import java.util.List;

import tafel.antwerp.ProcessEvent;
import tafel.antwerp.ProcessState;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.TafelException;

/** Withdraws an entry: a new journal entry that says so; the old one stays, visible in the audit. */
final class AntwerpUndo {

    private AntwerpUndo() {
    }

    static void undo(Console console, AntwerpProcess process, int entry, Environment environment) {
        if (!process.state().counts(entry)) {
            throw TafelException.of(ExitCode.USAGE, "antwerp.undo.unknown", entry);
        }
        String what = ProcessState.describe(process.state().entry(entry).orElseThrow());
        process.append(List.of(new ProcessEvent.Undone(environment.now(), process.state().nextEntry(), entry)));
        console.say("antwerp.undo.done", entry, what);
    }
}
