package tafel.io.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import tafel.antwerp.AntwerpRules;
import tafel.antwerp.BudgetWeighting;
import tafel.antwerp.Chips;
import tafel.antwerp.Leftover;
import tafel.antwerp.Money;
import tafel.antwerp.PartialAward;
import tafel.antwerp.ProjectRule;
import tafel.antwerp.Rounding;
import tafel.antwerp.ScoreMethod;
import tafel.antwerp.ScoringRules;
import tafel.antwerp.TableRoster;
import tafel.antwerp.TieRule;
import tafel.antwerp.Unspent;
import tafel.antwerp.WithinTheme;
import tafel.draaiboek.Finding;
import tafel.draaiboek.Position;
import tafel.io.csv.Amounts;

/**
 * Reads {@code antwerpen.yaml}, the editable rules of an Antwerp process, with the same located
 * messages as draaiboeken: every wrong value is reported at its line.
 */
public final class AntwerpRulesReader {

    static final Keys RULES = Keys.of("yaml.context.rules")
            .key("title", "titel")
            .key("budget")
            .key("unit", "eenheid")
            .key("themes_per_table", "themas_per_tafel")
            .key("top")
            .key("tie_rule", "gelijke_stand")
            .key("lot_seed", "lot_zaad", "lot_startwaarde")
            .key("projects_per_table", "projecten_per_tafel")
            .key("online_weight", "online_gewicht")
            .key("small_project_limit", "klein_project_grens")
            .key("small_project_factor", "klein_project_factor")
            .key("within_theme", "binnen_thema")
            .key("leftover", "restbudget")
            .key("tables", "tafels")
            .key("country", "land")
            .key("organisation", "organisatie")
            .key("place", "plaats")
            .key("logo")
            .key("project_rule", "projectregel")
            .key("budget_weighting", "budget_weging")
            .key("rounding", "afronding")
            .key("chips_per_participant", "fiches_per_deelnemer")
            .key("chip_value", "fiche_waarde")
            .key("unspent", "onbesteed")
            .key("score", "telling")
            .key("min_score_share", "minimum_aandeel")
            .key("max_per_plan", "maximum_per_plan")
            .key("partial_award", "gedeeltelijk_toekennen")
            .key("min_votes", "minimum_stemmen")
            .key("min_theme_budget", "minimum_themabudget")
            .key("jury_weight", "jury_gewicht")
            .key("project_votes", "projectstemmen")
            .key("min_support_share", "minimale_steun")
            .key("joker_budget", "jokerbudget");

    private AntwerpRulesReader() {
    }

    /**
     * @param country the country the process is in, as written (for pabulib's META), or empty
     * @param about   who runs the process and where, for the report's first page (organisation, place), as written
     * @param logo    an image file for the report's first page, as written (relative to the process folder), and where
     */
    /** The logo's path as written and where it was written (for a finding when the file is not there). */
    public record Logo(String path, tafel.draaiboek.Position at) {
    }

    public record Read(Optional<AntwerpRules> rules, String title, Optional<String> country, List<String> about,
                       Optional<Logo> logo, List<Finding> findings) {
        public Read {
            findings = List.copyOf(findings);
        }
    }

    public static Read read(String yaml) {
        List<Finding> findings = new ArrayList<>();
        Optional<Finding> tooLong = YamlLimits.tooLong(yaml);
        if (tooLong.isPresent()) {
            return new Read(Optional.empty(), "", Optional.empty(), List.of(), Optional.empty(), List.of(tooLong.get()));
        }
        Node root;
        try {
            root = YamlLimits.compose(yaml, false);
        } catch (MarkedYAMLException syntax) {
            findings.add(Finding.error(LocatedMapping.position(syntax.getProblemMark()), "yaml.syntax",
                    String.valueOf(syntax.getProblem())));
            return new Read(Optional.empty(), "", Optional.empty(), List.of(), Optional.empty(), findings);
        } catch (YAMLException unreadable) {
            // a control character, or a limit of the parser: no position is known for these
            findings.add(Finding.error(YamlLimits.unreadableAt(yaml), "yaml.syntax", String.valueOf(unreadable.getMessage())));
            return new Read(Optional.empty(), "", Optional.empty(), List.of(), Optional.empty(), findings);
        }
        if (root == null) {
            findings.add(Finding.error(new Position(1, 1), "yaml.empty"));
            return new Read(Optional.empty(), "", Optional.empty(), List.of(), Optional.empty(), findings);
        }
        Optional<Finding> tooMany = YamlLimits.tooManyValues(root);
        if (tooMany.isPresent()) {
            findings.add(tooMany.get());
            return new Read(Optional.empty(), "", Optional.empty(), List.of(), Optional.empty(), findings);
        }
        Optional<LocatedMapping> opened = LocatedMapping.open(root, RULES, findings);
        if (opened.isEmpty()) {
            return new Read(Optional.empty(), "", Optional.empty(), List.of(), Optional.empty(), findings);
        }
        LocatedMapping map = opened.get();
        long budget = amount(map, "budget", true, findings).orElse(0L);
        long unit = amount(map, "unit", false, findings).orElse(100L);
        int perTable = positive(map, "themes_per_table", 5, findings);
        int top = positive(map, "top", 12, findings);
        TieRule tieRule = choice(map, "tie_rule", TieRule.class, TieRule.FACILITATOR, findings);
        long seed = map.optionalText("lot_seed").map(text -> {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException invalid) {
                findings.add(Finding.error(map.origin().of("lot_seed"), "rules.number", "lot_seed", text));
                return 0L;
            }
        }).orElse(0L);
        int projects = positive(map, "projects_per_table", 5, findings);
        BigDecimal weight = fraction(map, "online_weight", new BigDecimal("0.2"), findings);
        Optional<Long> smallLimit = amount(map, "small_project_limit", false, findings);
        BigDecimal smallFactor = map.optionalText("small_project_factor").map(text -> decimal(map, "small_project_factor",
                text, findings)).orElse(BigDecimal.ONE);
        WithinTheme within = choice(map, "within_theme", WithinTheme.class, WithinTheme.SKIP, findings);
        Leftover leftover = choice(map, "leftover", Leftover.class, Leftover.NONE, findings);
        ProjectRule projectRule = choice(map, "project_rule", ProjectRule.class, ProjectRule.SCORE, findings);
        BudgetWeighting weighting = choice(map, "budget_weighting", BudgetWeighting.class, BudgetWeighting.TABLE, findings);
        Rounding rounding = choice(map, "rounding", Rounding.class, Rounding.LARGEST_REMAINDER, findings);
        Unspent unspent = choice(map, "unspent", Unspent.class, Unspent.REFUSE, findings);
        Optional<Chips> chips = chips(map, findings);
        ScoringRules scoring = new ScoringRules(choice(map, "score", ScoreMethod.class, ScoreMethod.WEIGHTED_SHARE, findings),
                map.optionalText("min_score_share").map(text -> fraction(map, "min_score_share", BigDecimal.ZERO, findings)),
                amount(map, "max_per_plan", false, findings),
                choice(map, "partial_award", PartialAward.class, PartialAward.NONE, findings),
                map.optionalText("min_votes").map(text -> positive(map, "min_votes", 1, findings)),
                fraction(map, "jury_weight", BigDecimal.ZERO, findings),
                choice(map, "project_votes", BudgetWeighting.class, BudgetWeighting.TABLE, findings) == BudgetWeighting.PARTICIPANTS);
        Optional<Integer> tables = map.wholeNumber("tables");
        tables.filter(count -> count < 1 || count > TableRoster.MAX_TABLES).ifPresent(count -> findings.add(
                Finding.error(map.origin().of("tables"), "rules.tables", count, TableRoster.MAX_TABLES)));
        if (unit <= 0) {
            findings.add(Finding.error(map.origin().of("unit"), "rules.unit.positive"));
        } else if (budget % unit != 0) {
            findings.add(Finding.error(map.origin().of("budget"), "rules.budget.unit")
                    .withHint("rules.budget.unit.hint"));
        }
        // keys that cannot both hold: said where the second is written, never silently ignored
        if (scoring.partialAward() == PartialAward.NEXT && leftover == Leftover.POOL) {
            findings.add(Finding.error(map.origin().of("partial_award"), "rules.partialAward.pool"));
        }
        if (projectRule == ProjectRule.EQUAL_SHARES && scoring.method() != ScoreMethod.WEIGHTED_SHARE) {
            findings.add(Finding.warning(map.origin().of("score"), "rules.score.equalShares", scoring.method().name()
                    .toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        if (projectRule == ProjectRule.CHIPS_ON_PLANS && chips.isEmpty()
                && map.optionalText("chips_per_participant").isEmpty() && map.optionalText("chip_value").isEmpty()) {
            findings.add(Finding.error(map.origin().of("project_rule"), "rules.chipsOnPlans.chips"));
        }
        Optional<Long> minThemeBudget = amount(map, "min_theme_budget", false, findings);
        long joker = amount(map, "joker_budget", false, findings).orElse(0L);
        if (joker < 0 || joker >= budget && budget > 0) {
            findings.add(Finding.error(map.origin().of("joker_budget"), "rules.joker.range"));
        } else if (unit > 0 && joker % unit != 0) {
            findings.add(Finding.error(map.origin().of("joker_budget"), "rules.joker.unit"));
        }
        Optional<BigDecimal> minSupport = map.optionalText("min_support_share")
                .map(text -> fraction(map, "min_support_share", BigDecimal.ZERO, findings));
        // after every key is read: a wrong value anywhere makes the rules unusable
        boolean usable = findings.stream().noneMatch(Finding::isError);
        AntwerpRules rules = new AntwerpRules(budget, unit, perTable, top, tieRule, seed, projects, weight, smallLimit,
                smallFactor, within, leftover, tables, projectRule, weighting, rounding, chips, unspent, scoring,
                minThemeBudget, minSupport, joker);
        return new Read(usable ? Optional.of(rules) : Optional.empty(), map.text("title"),
                map.optionalText("country").map(String::strip).filter(text -> !text.isEmpty()),
                Stream.of("organisation", "place").flatMap(key -> map.optionalText(key).map(String::strip)
                        .filter(text -> !text.isEmpty()).stream()).toList(),
                map.optionalText("logo").map(String::strip).filter(text -> !text.isEmpty())
                        .map(path -> new Logo(path, map.origin().of("logo"))), findings);
    }

    private static Optional<Long> amount(LocatedMapping map, String key, boolean required, List<Finding> findings) {
        Optional<String> text = map.optionalText(key);
        if (text.isEmpty()) {
            if (required) {
                findings.add(Finding.error(map.at(), "rules.missing", key));
            }
            return Optional.empty();
        }
        Optional<Long> cents = Amounts.cents(text.get());
        if (cents.isEmpty()) {
            findings.add(Finding.error(map.origin().of(key), "rules.amount", key, text.get()));
        }
        return cents;
    }

    /** Both keys or neither: chips need a number per participant and a value. */
    private static Optional<Chips> chips(LocatedMapping map, List<Finding> findings) {
        boolean perParticipant = map.optionalText("chips_per_participant").isPresent();
        Optional<Long> value = amount(map, "chip_value", false, findings);
        if (perParticipant != value.isPresent()) {
            findings.add(Finding.error(map.origin().of(perParticipant ? "chips_per_participant" : "chip_value"), "rules.chips.pair"));
            return Optional.empty();
        }
        if (!perParticipant) {
            return Optional.empty();
        }
        int count = positive(map, "chips_per_participant", 1, findings);
        if (value.get() <= 0) {
            findings.add(Finding.error(map.origin().of("chip_value"), "rules.positive", "chip_value", Money.plain(value.get())));
            return Optional.empty();
        }
        return count < 1 ? Optional.empty() : Optional.of(new Chips(count, value.get()));
    }

    private static int positive(LocatedMapping map, String key, int otherwise, List<Finding> findings) {
        Optional<Integer> value = map.wholeNumber(key);
        if (value.isPresent() && value.get() < 1) {
            findings.add(Finding.error(map.origin().of(key), "rules.positive", key, value.get()));
        }
        return value.orElse(otherwise);
    }

    private static BigDecimal fraction(LocatedMapping map, String key, BigDecimal otherwise, List<Finding> findings) {
        return map.optionalText(key).map(text -> {
            BigDecimal value = decimal(map, key, text, findings);
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                findings.add(Finding.error(map.origin().of(key), "rules.fraction", key, text));
            }
            return value;
        }).orElse(otherwise);
    }

    private static BigDecimal decimal(LocatedMapping map, String key, String text, List<Finding> findings) {
        try {
            return tafel.text.PlainNumbers.decimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException invalid) {
            findings.add(Finding.error(map.origin().of(key), "rules.number", key, text));
            return BigDecimal.ZERO;
        }
    }

    private static <E extends Enum<E>> E choice(LocatedMapping map, String key, Class<E> type, E otherwise,
                                                List<Finding> findings) {
        Optional<String> text = map.optionalText(key);
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.get().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            findings.add(Finding.error(map.origin().of(key), "rules.choice", key, text.get(), String.join(", ", allowed)));
            return otherwise;
        }
    }
}
