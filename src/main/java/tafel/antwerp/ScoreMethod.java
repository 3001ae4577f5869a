package tafel.antwerp;

/** How step 3 turns the tables' and online choices into a project's score within its theme. */
public enum ScoreMethod {
    /** Each channel's share of the votes at its fixed weight (Antwerp: 80 % tables, 20 % online). */
    WEIGHTED_SHARE,
    /** The mean of the channels' percentages: each channel that voted weighs the same (Groningen). */
    MEAN_OF_PERCENTAGES,
    /** Points by place on a ballot, 3-2-1 for three choices (Groningen's wijktop-3), then as weighted-share. */
    BORDA
}
