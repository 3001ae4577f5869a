package tafel.draaiboek;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The timetable of a draaiboek laid out from a start time: every block and sub-block with
 * its start and end. Sub-blocks run one after another from their parent's start; when they
 * add up to less than the parent, the rest of the parent's time is left as slack at its end.
 */
public record Agenda(LocalTime start, LocalTime end, int totalMinutes, List<AgendaEntry> entries) {

    public Agenda {
        entries = List.copyOf(entries);
    }

    public static Agenda of(Draaiboek draaiboek, LocalTime start) {
        List<AgendaEntry> entries = new ArrayList<>();
        long offset = 0;
        for (Block block : draaiboek.blocks()) {
            offset = layOut(draaiboek, block, 0, start, offset, entries);
        }
        return new Agenda(start, start.plusMinutes(offset), (int) offset, entries);
    }

    /** Adds the entries of a block at {@code offset} minutes after the start; returns its end offset. */
    private static long layOut(Draaiboek draaiboek, Block block, int depth, LocalTime start, long offset,
                               List<AgendaEntry> entries) {
        int minutes = draaiboek.minutesOf(block);
        long end = offset + minutes;
        int dayOffset = (int) ((start.toSecondOfDay() / 60 + offset) / (24 * 60));
        String workForm = draaiboek.workFormOf(block).map(WorkForm::displayName).orElse("");
        entries.add(new AgendaEntry(block, depth, minutes, start.plusMinutes(offset), start.plusMinutes(end),
                dayOffset, workForm));
        long subOffset = offset;
        for (Block sub : block.subBlocks()) {
            subOffset = layOut(draaiboek, sub, depth + 1, start, subOffset, entries);
        }
        return end;
    }
}
