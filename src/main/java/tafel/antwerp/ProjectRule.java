package tafel.antwerp;

/** How step 3 decides which projects of a theme are funded. */
public enum ProjectRule {
    /** By score (the tables' and the online share), each project that fits, as Antwerp does. */
    SCORE,
    /**
     * The Method of Equal Shares over the ballots (every table's choice in a round and every online
     * voter, each side weighted as in the score), so a minority's projects get their part of the money.
     */
    EQUAL_SHARES
}
