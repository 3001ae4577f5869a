package tafel.antwerp;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The parameters of one Antwerp-model process, as written in its {@code antwerpen.yaml}.
 * Amounts in cents.
 *
 * @param tables      how many tables an evening has, when the organiser said so: only they can enter
 * @param projectRule     how step 3 funds a theme's projects
 * @param budgetWeighting how much each table's split counts in step 2
 * @param rounding        how step 2 rounds the budget per theme to the unit
 * @param chips           step 2 with chips per participant instead of amounts, when the rules say so
 * @param unspent         whether a table may leave money or chips unplaced
 * @param scoring         how step 3 scores, who takes part, and what a theme's last money does
 * @param minThemeBudget  the least a funded theme gets, when the rules set it
 * @param minSupportShare the least share of a table's people who put money or chips on a theme for it to count there (Emmen: 3 of 6)
 * @param joker           a separate amount kept out of the themes (Groningen: € 5.000): after the themes it funds,
 *                        by score over all themes, the best plans they left unfunded that fit it
 */
public record AntwerpRules(long budget, long unit, int themesPerTable, int top, TieRule tieRule, long lotSeed,
                           int projectsPerTable, BigDecimal onlineWeight, Optional<Long> smallProjectLimit,
                           BigDecimal smallProjectFactor, WithinTheme withinTheme, Leftover leftover,
                           Optional<Integer> tables, ProjectRule projectRule, BudgetWeighting budgetWeighting,
                           Rounding rounding, Optional<Chips> chips, Unspent unspent, ScoringRules scoring,
                           Optional<Long> minThemeBudget, Optional<BigDecimal> minSupportShare, long joker) {

    /** What the tables split over the themes: the budget less the joker. */
    public long themesBudget() {
        return budget - joker;
    }

    /** The tables that may enter, or empty when labels are not checked (a process made before rosters). */
    public Optional<TableRoster> roster() {
        return tables.map(TableRoster::numbered);
    }

    /** Whether a table's money on a theme counts: enough of its people supported it, or the rules ask nothing. */
    public boolean supported(ProcessEvent.BudgetSplit split, String theme) {
        if (minSupportShare.isEmpty() || split.amounts().getOrDefault(theme, 0L) == 0) {
            return true;
        }
        int people = split.participants().orElse(0);
        int supporters = split.supporters().getOrDefault(theme, people);
        return BigDecimal.valueOf(supporters).compareTo(minSupportShare.get().multiply(BigDecimal.valueOf(people))) >= 0;
    }

    public ProjectScoring.Weights weights() {
        return new ProjectScoring.Weights(BigDecimal.ONE.subtract(onlineWeight), onlineWeight, smallProjectLimit,
                smallProjectFactor, scoring.method(), projectsPerTable);
    }
}
