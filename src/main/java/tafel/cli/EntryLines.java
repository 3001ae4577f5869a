package tafel.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import tafel.antwerp.ProcessStep;
import tafel.app.AntwerpProcess;
import tafel.app.Notices;
import tafel.app.TableEntry;
import tafel.io.antwerp.ProcessFolder;
import tafel.terminal.AntwerpEntry;
import tafel.web.RoomClient;

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

    /**
     * The folder's room server when one runs and the command may go through it (the prompt and
     * {@code --undo}; files are taken in by the server's own folder only when it is stopped).
     */
    static Optional<RoomClient> room(Path dir, Console console, boolean throughServer) {
        if (!throughServer) {
            return Optional.empty();
        }
        Optional<RoomClient> room = RoomClient.find(new ProcessFolder(dir), console.messages());
        room.ifPresent(found -> console.say("entry.viaServer", found.base()));
        return room;
    }

    /** The process as it is now: read again when the room's server writes it, else the one this command writes. */
    static AntwerpProcess now(AntwerpProcess process, Optional<RoomClient> room, Integer tables) {
        return room.isEmpty() ? process
                : forEvening(AntwerpProcess.open(Notices.quiet(), process.folder()), tables);
    }

    /**
     * The live entry's desk for one step: lines go to {@code enter} (or to the room's server when
     * it runs), "undo" withdraws this step's entries.
     *
     * @param part the evening or round the prompt enters, as the server needs it
     */
    static AntwerpEntry.Desk desk(Console console, AntwerpProcess process, ProcessStep step, Environment environment,
                                  Optional<RoomClient> room, String part,
                                  BiFunction<AntwerpEntry.TableLine, Boolean, TableEntry> enter) {
        if (room.isPresent()) {
            return desk(console, (line, replace) -> room.get().enter(step, part, line.table(), line.items(), replace),
                    table -> room.get().undoLast(step, table));
        }
        return desk(console, enter, table -> process.undoLast(step, table, environment.now()));
    }

    private static AntwerpEntry.Desk desk(Console console, BiFunction<AntwerpEntry.TableLine, Boolean, TableEntry> enter,
                                          Function<Optional<String>, Optional<AntwerpProcess.Withdrawn>> undoLast) {
        return new AntwerpEntry.Desk() {
            @Override
            public AntwerpEntry.Entered enter(AntwerpEntry.TableLine line, boolean replace) {
                return of(console, enter.apply(line, replace));
            }

            @Override
            public String undo(Optional<String> table) {
                return undoLast.apply(table)
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
