package tafel.cli;

import tafel.app.AntwerpProcess;
import tafel.app.TableEntry;
import tafel.terminal.AntwerpEntry;

/** A table's entry as the live entry screen shows it: what was understood, or the reasons in the user's words. */
final class EntryLines {

    private EntryLines() {
    }

    /** Before tables enter a process without a roster: say that their numbers are not checked. */
    static void sayWhenUnchecked(Console console, AntwerpProcess process) {
        if (process.rules().roster().isEmpty()) {
            console.say("entry.table.unchecked", process.folder().dir().toString());
        }
    }

    static AntwerpEntry.Entered of(Console console, TableEntry entry) {
        return entry.saved() ? AntwerpEntry.Entered.saved(entry.understood())
                : AntwerpEntry.Entered.refused(entry.problems().stream().map(console.messages()::get).toList());
    }
}
