package tafel.antwerp;

import java.math.BigDecimal;

/**
 * A project in the allocation: its theme, cost and score. {@code votes} is what is shown as
 * its votes; {@code order} is its position in the input, the last tie-break.
 */
public record Candidate(String id, String title, String theme, long cost, BigDecimal score, String votes,
                        long liveVotes, int order) {
}
