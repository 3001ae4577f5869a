package tafel.antwerp;

/** What happens to what the themes leave over. */
public enum Leftover {
    /** It stays unspent. */
    NONE,
    /** It is pooled and spent on the remaining projects of all themes by score (Amsterdam Noord). */
    POOL
}
