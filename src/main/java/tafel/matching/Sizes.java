package tafel.matching;

/**
 * The largest problems tafel plans, chosen so that a plan fits in memory and a time limit can be
 * kept: far above a real evening (a room of 30 tables of 10 is 300 people), far below where the
 * pair counts alone would take gigabytes.
 */
public final class Sizes {

    public static final int MAX_PEOPLE = 2_000;
    public static final int MAX_ROUNDS = 100;
    public static final int MAX_TABLE_SIZE = 50;
    /** People on one side of a 1-on-1 list: the exact assignment takes cubic time. */
    public static final int MAX_MATCH_SIDE = 2_000;

    /** The search keeps a tabu mark per round, person and table: at most this many (200 MB). */
    public static final long MAX_SEARCH_CELLS = 25_000_000L;

    private Sizes() {
    }

    /** Whether the search's memory for these numbers stays within {@link #MAX_SEARCH_CELLS}. */
    public static boolean searchFits(int people, int tableSize, int rounds) {
        long tables = (people + tableSize - 1L) / tableSize;
        return (long) rounds * people * tables <= MAX_SEARCH_CELLS;
    }
}
