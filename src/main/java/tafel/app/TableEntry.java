package tafel.app;

import java.util.List;

import tafel.text.Phrase;

/**
 * The answer to one table's entry, for whichever front end took it: saved (journaled and synced,
 * under its entry number) with what it was understood as; refused with the reasons; or not saved
 * because the table already entered this step, with what it entered, so the person can be asked
 * before it is replaced. Nothing is written unless saved.
 */
public record TableEntry(Outcome outcome, int entry, List<String> understood, List<Phrase> problems) {

    public enum Outcome { SAVED, REFUSED, ALREADY_ENTERED }

    public TableEntry {
        understood = List.copyOf(understood);
        problems = List.copyOf(problems);
    }

    /** A file of tables taken in at once: how many tables were saved from how many rows. */
    public record Batch(int tables, int rows) {
    }

    public static TableEntry saved(int entry, List<String> understood) {
        return new TableEntry(Outcome.SAVED, entry, understood, List.of());
    }

    public static TableEntry refused(List<Phrase> problems) {
        return new TableEntry(Outcome.REFUSED, 0, List.of(), problems);
    }

    /** @param current what the table entered before, as understood then; {@code entry} is that entry's number */
    public static TableEntry alreadyEntered(int entry, List<String> current) {
        return new TableEntry(Outcome.ALREADY_ENTERED, entry, current, List.of());
    }

    public boolean saved() {
        return outcome == Outcome.SAVED;
    }
}
