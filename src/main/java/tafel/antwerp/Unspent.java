package tafel.antwerp;

/** Whether a table may leave money or chips unplaced in step 2. */
public enum Unspent {
    /** A split must place everything (Antwerp). */
    REFUSE,
    /** A table may leave some unplaced; it stays unspent (Emmen). */
    ALLOW
}
