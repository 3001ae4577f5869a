package tafel.antwerp;

/** How a theme's ranking is walked when a project does not fit the remaining budget. */
public enum WithinTheme {
    /** Skip it and try the next (Antwerp; CONSUL's winner calculation). */
    SKIP,
    /** Stop the theme's walk there (Amsterdam's Begroot rounds). */
    STOP
}
