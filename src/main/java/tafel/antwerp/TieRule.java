package tafel.antwerp;

/** What happens when themes are tied at the cut of the top K (never decided silently). */
public enum TieRule {
    /** All tied themes go on, so more than K themes continue. */
    INCLUDE_ALL,
    /** The facilitator picks among the tied themes; until then the selection is open. */
    FACILITATOR,
    /** Drawn by lot with a recorded seed, so the draw can be repeated. */
    LOT;

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
