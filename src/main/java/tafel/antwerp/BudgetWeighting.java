package tafel.antwerp;

/** How much one table's split of the budget counts in step 2. */
public enum BudgetWeighting {
    /** Every table alike (Antwerp). */
    TABLE,
    /** In proportion to the people at the table, so every person's voice weighs the same (Groningen). */
    PARTICIPANTS
}
