package tafel.draaiboek;

import java.time.LocalTime;

/**
 * One row of the agenda: a block or sub-block with its clock times.
 *
 * @param depth         0 for a block, 1 for its sub-blocks, and so on
 * @param dayOffset     days after the start day on which the block starts (sessions past midnight)
 */
public record AgendaEntry(Block block, int depth, int minutes, LocalTime start, LocalTime end,
                          int dayOffset, String workFormName) {
}
