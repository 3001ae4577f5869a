package tafel.antwerp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tafel.text.Phrase;

/**
 * Checks one table's entry before it is journaled: the right number of themes or projects, all
 * known, none twice; a budget split that adds up to the total (saying by how much it is off).
 * The same checks serve batch files and interactive entry. Pure.
 */
public final class EntryRules {

    private EntryRules() {
    }

    /** The ids the entry resolves to, or the problems that refuse it. */
    public record Checked<T>(T value, List<Phrase> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Checked<List<String>> themes(List<String> written, ThemeCatalogue catalogue, int perTable) {
        List<Phrase> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (String name : written) {
            Optional<Theme> theme = catalogue.find(name);
            List<Theme> fitting = theme.isEmpty() ? catalogue.startingWith(name) : List.of();
            if (fitting.size() > 1) {
                problems.add(Phrase.of("entry.theme.ambiguous", name,
                        String.join(", ", fitting.stream().map(Theme::name).toList())));
            } else if (theme.isEmpty()) {
                problems.add(catalogue.suggest(name).map(close -> Phrase.of("entry.theme.unknown.closest", name, close))
                        .orElse(Phrase.of("entry.theme.unknown", name)));
            } else if (!ids.add(theme.get().id())) {
                problems.add(Phrase.of("entry.theme.twice", theme.get().name()));
            }
        }
        if (written.size() != perTable) {
            problems.add(Phrase.of("entry.theme.count", written.size(), perTable));
        }
        return new Checked<>(List.copyOf(ids), problems);
    }

    /** An amount for a theme as written: cents, or a percentage of the budget. */
    public record Share(String theme, Optional<Long> cents, Optional<BigDecimal> percent) {
    }

    /**
     * Resolves a table's split to cents per selected theme. Percentages are turned into cents by
     * the largest-remainder method so that they add up exactly. Every selected theme must be
     * there once (0 is allowed), and the split must add up to the whole budget.
     */
    public static Checked<Map<String, Long>> split(List<Share> shares, ThemeCatalogue catalogue, List<String> selected,
                                                   long budget) {
        return split(shares, catalogue, selected, budget, Unspent.REFUSE);
    }

    /**
     * @param budget  what the table places: the whole budget, or its people's chips in cents
     * @param unspent with {@link Unspent#ALLOW} a split may place less (never more)
     */
    public static Checked<Map<String, Long>> split(List<Share> shares, ThemeCatalogue catalogue, List<String> selected,
                                                   long budget, Unspent unspent) {
        List<Phrase> problems = new ArrayList<>();
        Map<String, Share> byTheme = new LinkedHashMap<>();
        for (Share share : shares) {
            Optional<Theme> theme = catalogue.find(share.theme());
            if (theme.isEmpty()) {
                problems.add(catalogue.suggest(share.theme())
                        .map(close -> Phrase.of("entry.theme.unknown.closest", share.theme(), close))
                        .orElse(Phrase.of("entry.theme.unknown", share.theme())));
            } else if (!selected.contains(theme.get().id())) {
                problems.add(Phrase.of("entry.theme.notSelected", theme.get().name()));
            } else if (byTheme.put(theme.get().id(), share) != null) {
                problems.add(Phrase.of("entry.theme.twice", theme.get().name()));
            }
        }
        boolean percentages = byTheme.values().stream().anyMatch(share -> share.percent().isPresent());
        if (percentages && byTheme.values().stream().anyMatch(share -> share.cents().isPresent())) {
            problems.add(Phrase.of("entry.split.mixed"));
        }
        if (!problems.isEmpty()) {
            return new Checked<>(Map.of(), problems);
        }
        Map<String, Long> cents = new LinkedHashMap<>();
        if (percentages) {
            BigDecimal total = byTheme.values().stream().map(share -> share.percent().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (unspent == Unspent.ALLOW ? total.compareTo(BigDecimal.valueOf(100)) > 0
                    : total.compareTo(BigDecimal.valueOf(100)) != 0) {
                return new Checked<>(Map.of(), List.of(Phrase.of("entry.split.percent", total.stripTrailingZeros().toPlainString())));
            }
            int scale = byTheme.values().stream().mapToInt(share -> Math.max(0, share.percent().get().scale())).max().orElse(0);
            BigInteger denominator = BigInteger.valueOf(100).multiply(BigInteger.TEN.pow(scale));
            List<BigInteger> numerators = new ArrayList<>();
            for (String theme : selected) {
                BigDecimal percent = byTheme.containsKey(theme) ? byTheme.get(theme).percent().get() : BigDecimal.ZERO;
                numerators.add(percent.movePointRight(scale).toBigIntegerExact().multiply(BigInteger.valueOf(budget)));
            }
            // what is left unplaced (percentages under 100, allowed) is one more part, so the rest adds up exactly
            BigInteger placed = numerators.stream().reduce(BigInteger.ZERO, BigInteger::add);
            List<BigInteger> withLeft = new ArrayList<>(numerators);
            withLeft.add(denominator.multiply(BigInteger.valueOf(budget)).subtract(placed));
            long[] parts = Apportionment.largestRemainder(withLeft, denominator, budget);
            for (int i = 0; i < selected.size(); i++) {
                cents.put(selected.get(i), parts[i]);
            }
            return new Checked<>(cents, problems);
        }
        long sum = 0;
        for (String theme : selected) {
            long amount = byTheme.containsKey(theme) ? byTheme.get(theme).cents().get() : 0;
            cents.put(theme, amount);
            sum = Math.addExact(sum, amount);
        }
        if (sum > budget || sum < budget && unspent == Unspent.REFUSE) {
            return new Checked<>(Map.of(), List.of(Phrase.of(sum < budget ? "entry.split.short" : "entry.split.over",
                    Money.plain(sum), Money.plain(budget), Money.plain(Math.abs(budget - sum)))));
        }
        return new Checked<>(cents, problems);
    }

    /**
     * A table's favourite projects in a round: known, feasible, in a theme that is voted on, none
     * twice; a round covers one or two themes (with {@code roundThemes}, those other tables of the
     * round already used); and exactly {@code perTable} of them, or all the round's themes offer
     * when there are fewer.
     */
    public static Checked<List<String>> projects(List<String> written, Map<String, Project> voteable, int perTable,
                                                 Set<String> roundThemes) {
        List<Phrase> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> themes = new java.util.TreeSet<>(roundThemes);
        for (String id : written) {
            Project project = voteable.get(id);
            if (project == null) {
                problems.add(Phrase.of("entry.project.unknown", id));
            } else if (!ids.add(id)) {
                problems.add(Phrase.of("entry.project.twice", id));
            } else {
                themes.add(project.theme());
            }
        }
        if (themes.size() > 2) {
            problems.add(Phrase.of("entry.project.themes", String.join(", ", themes)));
        }
        if (themes.isEmpty()) {
            // none of them is on the ballot (each said above), or nothing was given: no round to count against
            if (written.isEmpty()) {
                problems.add(Phrase.of("entry.project.count", 0, perTable));
            }
            return new Checked<>(List.copyOf(ids), problems);
        }
        long offered = voteable.values().stream().filter(project -> themes.contains(project.theme())).count();
        int expected = (int) Math.min(perTable, Math.max(offered, 1));
        if (written.size() != expected) {
            problems.add(expected < perTable
                    ? Phrase.of("entry.project.count.fewer", written.size(), expected, String.join(", ", themes))
                    : Phrase.of("entry.project.count", written.size(), expected));
        }
        return new Checked<>(List.copyOf(ids), problems);
    }
}
