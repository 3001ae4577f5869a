package tafel.antwerp;

/** How step 2 rounds the budget per theme to the unit. */
public enum Rounding {
    /** Largest remainder: the parts always add up to the budget (tafel's default). */
    LARGEST_REMAINDER,
    /** Each amount rounded half up on its own, as Maastricht published; the parts may not add up. */
    HALF_UP
}
