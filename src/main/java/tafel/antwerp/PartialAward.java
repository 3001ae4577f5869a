package tafel.antwerp;

/** What a theme does with what is left after its walk. */
public enum PartialAward {
    /** It stays (or goes to the pool, with leftover: pool). */
    NONE,
    /** The next project that did not fit gets what is left, as a partial award (Zwolle). */
    NEXT
}
