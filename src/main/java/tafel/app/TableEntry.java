package tafel.app;

import java.util.List;

import tafel.text.Phrase;

/**
 * The answer to one table's entry, for whichever front end took it: saved (journaled and synced)
 * with what it was understood as, or refused with the reasons and nothing written.
 */
public record TableEntry(boolean saved, List<String> understood, List<Phrase> problems) {

    public TableEntry {
        understood = List.copyOf(understood);
        problems = List.copyOf(problems);
    }

    /** A file of tables taken in at once: how many tables were saved from how many rows. */
    public record Batch(int tables, int rows) {
    }

    public static TableEntry saved(List<String> understood) {
        return new TableEntry(true, understood, List.of());
    }

    public static TableEntry refused(List<Phrase> problems) {
        return new TableEntry(false, List.of(), problems);
    }
}
