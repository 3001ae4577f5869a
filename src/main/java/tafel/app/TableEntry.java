package tafel.app;

import java.util.List;

import tafel.text.Phrase;

/**
 * The answer to one table's entry, for whichever front end took it: saved (journaled and synced,
 * under its entry number) with what it was understood as; refused with the reasons; or waiting
 * for a yes, with what it would change (the table's earlier entry replaced, the themes that go on
 * changed under the budget splits already made). Nothing is written unless saved.
 */
/**
 * @param table the table as the roster names it ("5" for "Tafel 05"), or as written without a roster
 */
public record TableEntry(Outcome outcome, int entry, String table, List<String> understood, List<Phrase> problems) {

    public enum Outcome { SAVED, REFUSED, CONFIRM }

    public TableEntry {
        understood = List.copyOf(understood);
        problems = List.copyOf(problems);
    }

    /** A file of tables taken in at once: how many tables were saved from how many rows. */
    public record Batch(int tables, int rows) {
    }

    public static TableEntry saved(int entry, String table, List<String> understood) {
        return new TableEntry(Outcome.SAVED, entry, table, understood, List.of());
    }

    public static TableEntry refused(List<Phrase> problems) {
        return new TableEntry(Outcome.REFUSED, 0, "", List.of(), problems);
    }

    /** @param consequences what saving would change, each in words; entered again with a yes, it is saved */
    public static TableEntry confirm(List<Phrase> consequences) {
        return new TableEntry(Outcome.CONFIRM, 0, "", List.of(), consequences);
    }

    public boolean saved() {
        return outcome == Outcome.SAVED;
    }
}
