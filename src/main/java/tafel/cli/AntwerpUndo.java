package tafel.cli;

import tafel.app.AntwerpProcess;

/** Withdraws an entry: a new journal entry that says so; the old one stays, visible in the audit. */
final class AntwerpUndo {

    private AntwerpUndo() {
    }

    static void undo(Console console, AntwerpProcess process, int entry, Environment environment) {
        String what = process.undo(entry, environment.now());
        console.say("antwerp.undo.done", entry, what);
    }
}
