package tafel.antwerp;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Step 3's variants besides the weights: how votes become a score, the least share of its theme's
 * score a plan needs to take part (Emmen: 10 %), the most a plan may cost (Waalwijk, Dendermonde),
 * and what happens to a theme's last money (Zwolle: partly to the next plan).
 *
 * @param minShare   the least score (the plan's share of its theme's votes), when the rules set one
 * @param maxPerPlan the most a plan may cost, in cents, when the rules set one
 * @param minVotes   the least number of votes (tables and online together) a plan needs, when the rules set one (Waalwijk: 30 likes)
 * @param juryWeight the jury's share of the score (Gent: 0.3), the public (tables and online) has the rest; 0 without a jury
 * @param votesByParticipants a table's project choice counts as many votes as people sit at it (Groningen)
 */
public record ScoringRules(ScoreMethod method, Optional<BigDecimal> minShare, Optional<Long> maxPerPlan,
                           PartialAward partialAward, Optional<Integer> minVotes, BigDecimal juryWeight,
                           boolean votesByParticipants) {

    public static final ScoringRules ANTWERP = new ScoringRules(ScoreMethod.WEIGHTED_SHARE, Optional.empty(),
            Optional.empty(), PartialAward.NONE, Optional.empty(), BigDecimal.ZERO, false);
}
