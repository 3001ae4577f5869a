package tafel.antwerp;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The parameters of one Antwerp-model process, as written in its {@code antwerpen.yaml}.
 * Amounts in cents.
 */
public record AntwerpRules(long budget, long unit, int themesPerTable, int top, TieRule tieRule, long lotSeed,
                           int projectsPerTable, BigDecimal onlineWeight, Optional<Long> smallProjectLimit,
                           BigDecimal smallProjectFactor, WithinTheme withinTheme, Leftover leftover) {

    public ProjectScoring.Weights weights() {
        return new ProjectScoring.Weights(BigDecimal.ONE.subtract(onlineWeight), onlineWeight, smallProjectLimit,
                smallProjectFactor);
    }
}
