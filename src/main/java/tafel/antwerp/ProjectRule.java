package tafel.antwerp;

/** How step 3 decides which projects of a theme are funded, or that the tables fund plans directly. */
public enum ProjectRule {
    /** By score (the tables' and the online share), each project that fits, as Antwerp does. */
    SCORE,
    /**
     * The Method of Equal Shares over the ballots (every table's choice in a round and every online
     * voter, each side weighted as in the score), so a minority's projects get their part of the money.
     */
    EQUAL_SHARES,
    /**
     * No theme or budget step: tables place their people's chips directly on the plans, and a plan
     * whose chips cover its cost is funded with what they are worth (Emmen 2023); see {@link PlanChips}.
     */
    CHIPS_ON_PLANS
}
