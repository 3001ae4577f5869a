package tafel.i18n;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tafel.antwerp.AntwerpRules;
import tafel.antwerp.BudgetWeighting;
import tafel.antwerp.Leftover;
import tafel.antwerp.Money;
import tafel.antwerp.PartialAward;
import tafel.antwerp.ProjectRule;
import tafel.antwerp.Rounding;
import tafel.antwerp.ScoreMethod;
import tafel.antwerp.Unspent;
import tafel.antwerp.WithinTheme;

/**
 * The spelregels of a process as sentences a resident understands, in the order the evening
 * runs: what {@code tafel antwerp rules} prints and the report's first page shows. Every key of
 * {@code antwerpen.yaml} that changes an outcome is said, so what is read is what is applied.
 */
public final class RulesInWords {

    private RulesInWords() {
    }

    public static List<String> lines(AntwerpRules rules, Messages messages) {
        Locale locale = messages.locale();
        List<String> lines = new ArrayList<>();
        if (rules.projectRule() == ProjectRule.CHIPS_ON_PLANS) {
            lines.add(messages.get("rules.words.budget.plans", Money.display(rules.budget(), locale),
                    Money.display(rules.unit(), locale)));
            return direct(rules, messages, lines);
        }
        lines.add(messages.get("rules.words.budget", Money.display(rules.budget(), locale), Money.display(rules.unit(), locale)));
        lines.add(messages.get("rules.words.themes", rules.themesPerTable(), rules.top(),
                messages.get("rules.words.tie." + rules.tieRule().configName())));
        String online = percent(rules.onlineWeight());
        lines.add(rules.chips().map(chips -> messages.get("rules.words.chips", chips.perParticipant(),
                        Money.display(chips.value(), locale), online))
                .orElseGet(() -> messages.get(rules.budgetWeighting() == BudgetWeighting.PARTICIPANTS
                        ? "rules.words.split.participants" : "rules.words.split.table", online)));
        if (rules.unspent() == Unspent.ALLOW) {
            lines.add(messages.get("rules.words.unspent.allow"));
        } else if (rules.chips().isPresent()) {
            lines.add(messages.get("rules.words.unspent.refuse"));
        }
        rules.minSupportShare().ifPresent(least -> lines.add(messages.get("rules.words.minSupport", percent(least))));
        rules.minThemeBudget().ifPresent(least -> lines.add(messages.get("rules.words.minThemeBudget", Money.display(least, locale))));
        lines.add(messages.get(rules.rounding() == Rounding.HALF_UP ? "rules.words.rounding.halfUp"
                : "rules.words.rounding.largestRemainder"));
        lines.add(messages.get("rules.words.projects", rules.projectsPerTable()));
        ScoreMethod method = rules.scoring().method();
        lines.add(method == ScoreMethod.MEAN_OF_PERCENTAGES ? messages.get("rules.words.score.mean")
                : messages.get(method == ScoreMethod.BORDA ? "rules.words.score.borda" : "rules.words.score.share",
                        percent(BigDecimal.ONE.subtract(rules.onlineWeight())), online, rules.projectsPerTable()));
        if (rules.scoring().votesByParticipants()) {
            lines.add(messages.get("rules.words.votesByParticipants"));
        }
        if (rules.scoring().juryWeight().signum() > 0) {
            lines.add(messages.get("rules.words.jury", percent(rules.scoring().juryWeight())));
        }
        rules.smallProjectLimit().ifPresent(limit -> lines.add(messages.get("rules.words.small", Money.display(limit, locale),
                rules.smallProjectFactor().stripTrailingZeros().toPlainString())));
        rules.scoring().minShare().ifPresent(least -> lines.add(messages.get("rules.words.minShare", percent(least))));
        rules.scoring().minVotes().ifPresent(least -> lines.add(messages.get("rules.words.minVotes", least)));
        rules.scoring().maxPerPlan().ifPresent(most -> lines.add(messages.get("rules.words.maxPerPlan", Money.display(most, locale))));
        lines.add(messages.get("rules.words.withoutVote"));
        if (rules.projectRule() == ProjectRule.EQUAL_SHARES) {
            lines.add(messages.get("rules.words.equalShares"));
        } else {
            lines.add(messages.get(rules.withinTheme() == WithinTheme.STOP ? "rules.words.walk.stop" : "rules.words.walk.skip"));
        }
        if (rules.scoring().partialAward() == PartialAward.NEXT) {
            lines.add(messages.get("rules.words.partialAward"));
        }
        lines.add(messages.get(rules.leftover() == Leftover.POOL ? "rules.words.leftover.pool" : "rules.words.leftover.none"));
        if (rules.joker() > 0) {
            lines.add(messages.get("rules.words.joker", Money.display(rules.joker(), locale),
                    Money.display(rules.themesBudget(), locale)));
        }
        lines.add(messages.get("rules.words.ties"));
        return lines;
    }

    /** Chips directly on plans (Emmen 2023): there are no themes and no project vote to describe. */
    private static List<String> direct(AntwerpRules rules, Messages messages, List<String> lines) {
        Locale locale = messages.locale();
        rules.chips().ifPresent(chips -> lines.add(messages.get("rules.words.plans", chips.perParticipant(),
                Money.display(chips.value(), locale))));
        lines.add(messages.get(rules.unspent() == Unspent.ALLOW ? "rules.words.unspent.allow" : "rules.words.unspent.refuse"));
        rules.minSupportShare().ifPresent(least -> lines.add(messages.get("rules.words.minSupport.plans", percent(least))));
        lines.add(messages.get(rules.rounding() == Rounding.HALF_UP ? "rules.words.rounding.halfUp.plans"
                : "rules.words.rounding.largestRemainder.plans"));
        return lines;
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
