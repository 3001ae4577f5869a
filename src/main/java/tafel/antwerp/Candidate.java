package tafel.antwerp;

import java.math.BigDecimal;

/**
 * A project in the allocation: its theme, cost and score. {@code votes} is the number written
 * in the votes column of exports; {@code breakdown} says where it came from for people (e.g.
 * "7 + 34": tables + online); {@code order} is its position in the input, the last tie-break.
 */
public record Candidate(String id, String title, String theme, long cost, BigDecimal score, String votes,
                        String breakdown, long liveVotes, int order) {
}
