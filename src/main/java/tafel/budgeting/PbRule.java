package tafel.budgeting;

import java.util.Optional;

/**
 * The rules a pabulib file can declare in META {@code rule} that tafel applies, by their pabulib
 * names. A name not listed here is a rule tafel does not apply (yet): callers say so.
 */
public enum PbRule {
    GREEDY("greedy"),
    GREEDY_NO_SKIP("greedy-no-skip"),
    GREEDY_THRESHOLD("greedy-threshold"),
    GREEDY_EXCLUSIVE("greedy-exclusive"),
    /** Poznań's: no skip, then the next project too when what is left covers a share of it (from reserves). */
    GREEDY_CUSTOM("greedy-custom"),
    EQUAL_SHARES("equalshares"),
    EQUAL_SHARES_ADD1("equalshares/add1"),
    EQUAL_SHARES_ADD1_COMPARISON("equalshares/add1-comparison");

    private final String pabulibName;

    PbRule(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }

    public boolean equalShares() {
        return pabulibName.startsWith("equalshares");
    }

    /** By its pabulib name; "mes" is short for Equal Shares with Add1, as people say it. */
    public static Optional<PbRule> named(String name) {
        if (name.strip().equalsIgnoreCase("mes")) {
            return Optional.of(EQUAL_SHARES_ADD1);
        }
        for (PbRule rule : values()) {
            if (rule.pabulibName.equalsIgnoreCase(name.strip())) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
