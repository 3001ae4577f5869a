package tafel.cli;

import java.util.Optional;
import java.util.function.BiFunction;

import tafel.antwerp.ProcessStep;
import tafel.app.AntwerpProcess;
import tafel.app.TableEntry;
import tafel.terminal.AntwerpEntry;

/** A table's entry as the live entry screen shows it: what was understood, or the reasons in the user's words. */
final class EntryLines {

    private EntryLines() {
    }

    /** The process with this evening's number of tables when {@code --tables} gave one. */
    static AntwerpProcess forEvening(AntwerpProcess process, Integer tables) {
        return tables == null ? process : process.withTables(tables);
    }

    /** Before tables enter a process without a roster: say that their numbers are not checked. */
    static void sayWhenUnchecked(Console console, AntwerpProcess process) {
        if (process.roster().isEmpty()) {
            console.say("entry.table.unchecked", process.folder().dir().toString());
        }
    }

    /** The live entry's desk for one step: lines go to {@code enter}, "undo" withdraws this step's entries. */
    static AntwerpEntry.Desk desk(Console console, AntwerpProcess process, ProcessStep step, Environment environment,
                                  BiFunction<AntwerpEntry.TableLine, Boolean, TableEntry> enter) {
        return new AntwerpEntry.Desk() {
            @Override
            public AntwerpEntry.Entered enter(AntwerpEntry.TableLine line, boolean replace) {
                return of(console, enter.apply(line, replace));
            }

            @Override
            public String undo(Optional<String> table) {
                return process.undoLast(step, table, environment.now())
                        .map(withdrawn -> console.text("antwerp.undo.done", withdrawn.entry(), withdrawn.what()))
                        .orElseGet(() -> table.map(label -> console.text("entry.undo.nothingForTable", label))
                                .orElse(console.text("entry.undo.nothing")));
            }
        };
    }

    private static AntwerpEntry.Entered of(Console console, TableEntry entry) {
        return switch (entry.outcome()) {
            case SAVED -> AntwerpEntry.Entered.saved(entry.entry(), entry.table(), entry.understood());
            case CONFIRM -> AntwerpEntry.Entered.confirm(entry.problems().stream().map(console.messages()::get).toList());
            case REFUSED -> AntwerpEntry.Entered.refused(entry.problems().stream().map(console.messages()::get).toList());
        };
    }
}
