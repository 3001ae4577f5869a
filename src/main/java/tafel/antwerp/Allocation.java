package tafel.antwerp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Step 3's funding rule: per theme, walk the projects by rank and fund each that fits the
 * remaining theme budget ({@link WithinTheme#SKIP}: one that does not fit is skipped;
 * {@link WithinTheme#STOP}: the walk ends there). With {@link Leftover#POOL} the themes'
 * remainders are then added up and all unfunded projects of all themes are walked by rank,
 * funding each that fits the pool. Pure and deterministic.
 *
 * <p>Ranking: higher score first; then more live votes; then lower cost; then input order.
 */
public final class Allocation {

    public static final Comparator<Candidate> RANKING = Comparator.comparing(Candidate::score).reversed()
            .thenComparing(Comparator.comparingLong(Candidate::liveVotes).reversed())
            .thenComparingLong(Candidate::cost)
            .thenComparingInt(Candidate::order);

    private Allocation() {
    }

    /**
     * One decision of the walk. {@code rank} is the rank within the theme; {@code remaining} is
     * what was left of the theme budget (or, for {@code pool} rows, of the pool) after it.
     */
    public record Row(Candidate candidate, int rank, boolean funded, boolean fromPool, long remaining) {
    }

    public record Result(List<Row> rows, Map<String, Long> themeBudgets, Map<String, Long> themeRemaining,
                         long poolStart, long poolRemaining) {
        public Result {
            rows = List.copyOf(rows);
        }

        public long fundedTotal() {
            return rows.stream().filter(Row::funded).map(row -> row.candidate().cost()).reduce(0L, Math::addExact);
        }
    }

    /** A result with the project funded on top from reserve funds, if one was. */
    public record Reserved(Result result, Optional<Row> row) {
    }

    /**
     * Poznań's completion of a walk that stops at the first project that does not fit: when what
     * is left of the (one) budget covers at least {@code percent} % of that project's cost, it is
     * funded too, from reserve funds outside the budget; what is left stays as it was.
     */
    public static Reserved fromReserve(Result result, int percent) {
        if (result.themeBudgets().size() != 1) {
            return new Reserved(result, Optional.empty());
        }
        long left = result.themeRemaining().values().iterator().next();
        List<Row> rows = new ArrayList<>(result.rows());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!row.funded()) {
                // left * 100 >= percent * cost, in whole cents: no rounding decides
                if (Math.multiplyExact(left, 100L) >= Math.multiplyExact(row.candidate().cost(), (long) percent)) {
                    // from outside the budget, as a pooled project is: the budget's own figures stay as they were
                    Row funded = new Row(row.candidate(), row.rank(), true, true, left);
                    rows.set(i, funded);
                    return new Reserved(new Result(rows, result.themeBudgets(), result.themeRemaining(),
                            result.poolStart(), result.poolRemaining()), Optional.of(funded));
                }
                break;
            }
        }
        return new Reserved(result, Optional.empty());
    }

    /** The result with projects that did not take part (below a threshold) added as not funded, after the others. */
    public static Result withOut(Result result, List<Candidate> left) {
        if (left.isEmpty()) {
            return result;
        }
        List<Row> rows = new ArrayList<>(result.rows());
        List<Candidate> sorted = new ArrayList<>(left);
        sorted.sort(RANKING);
        for (Candidate candidate : sorted) {
            long rank = rows.stream().filter(row -> row.candidate().theme().equals(candidate.theme())).count() + 1;
            rows.add(new Row(candidate, (int) rank, false, false,
                    result.themeRemaining().getOrDefault(candidate.theme(), 0L)));
        }
        return new Result(rows, result.themeBudgets(), result.themeRemaining(), result.poolStart(), result.poolRemaining());
    }

    /**
     * The rows of an outcome decided by another rule (Equal Shares) over one budget: the funded
     * projects in the order they were funded, then the others by ranking.
     */
    public static Result ofOutcome(List<Candidate> candidates, List<Integer> fundedInOrder, long budget) {
        List<Row> rows = new ArrayList<>();
        long left = budget;
        Set<Integer> funded = new HashSet<>(fundedInOrder);
        for (int index : fundedInOrder) {
            left -= candidates.get(index).cost();
            rows.add(new Row(candidates.get(index), rows.size() + 1, true, false, left));
        }
        List<Candidate> others = new ArrayList<>();
        for (int index = 0; index < candidates.size(); index++) {
            if (!funded.contains(index)) {
                others.add(candidates.get(index));
            }
        }
        others.sort(RANKING);
        for (Candidate candidate : others) {
            rows.add(new Row(candidate, rows.size() + 1, false, false, left));
        }
        String theme = candidates.isEmpty() ? "" : candidates.get(0).theme();
        return new Result(rows, Map.of(theme, budget), Map.of(theme, left), 0, 0);
    }

    /**
     * @param themeBudgets cents per theme, in the order the themes are reported
     */
    public static Result allocate(List<Candidate> candidates, Map<String, Long> themeBudgets, WithinTheme within,
                                  Leftover leftover) {
        return allocate(candidates, themeBudgets, within, leftover, Map.of());
    }

    /**
     * @param exclusive per project id, the projects that cannot be funded with it (one of two
     *                  plans for the same place): once one is funded, the others are passed over
     */
    public static Result allocate(List<Candidate> candidates, Map<String, Long> themeBudgets, WithinTheme within,
                                  Leftover leftover, Map<String, Set<String>> exclusive) {
        return allocate(candidates, themeBudgets, within, leftover, exclusive, 0);
    }

    /**
     * @param joker an amount outside the themes (Groningen's joker): it joins the pool, and is spent
     *              by ranking on what the themes left unfunded even when their remainders are not pooled
     */
    public static Result allocate(List<Candidate> candidates, Map<String, Long> themeBudgets, WithinTheme within,
                                  Leftover leftover, Map<String, Set<String>> exclusive, long joker) {
        Set<String> excluded = new HashSet<>();
        Map<String, List<Candidate>> byTheme = byTheme(candidates, themeBudgets);
        Map<String, Row> decided = new LinkedHashMap<>();
        Map<String, Long> remaining = new LinkedHashMap<>();
        List<Candidate> unfunded = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> theme : byTheme.entrySet()) {
            List<Candidate> ranked = new ArrayList<>(theme.getValue());
            ranked.sort(RANKING);
            long left = themeBudgets.get(theme.getKey());
            boolean stopped = false;
            for (int i = 0; i < ranked.size(); i++) {
                Candidate candidate = ranked.get(i);
                boolean fits = !stopped && !excluded.contains(candidate.id()) && candidate.cost() <= left;
                if (fits) {
                    left -= candidate.cost();
                    excluded.addAll(exclusive.getOrDefault(candidate.id(), Set.of()));
                } else {
                    stopped = stopped || within == WithinTheme.STOP;
                    unfunded.add(candidate);
                }
                decided.put(candidate.id(), new Row(candidate, i + 1, fits, false, left));
            }
            remaining.put(theme.getKey(), left);
        }
        return pooled(byTheme, themeBudgets, decided, remaining, unfunded, leftover, excluded, exclusive, joker);
    }

    /**
     * The rows of outcomes another rule decided per theme (Equal Shares): per theme the funded
     * projects in the order they were funded, then the others by ranking; with {@link Leftover#POOL}
     * what the themes leave is then spent by ranking, as {@link #allocate} does.
     *
     * @param fundedInOrder per theme, the ids of its funded projects in the order they were funded
     */
    public static Result decided(List<Candidate> candidates, Map<String, Long> themeBudgets,
                                 Map<String, List<String>> fundedInOrder, Leftover leftover) {
        return decided(candidates, themeBudgets, fundedInOrder, leftover, 0);
    }

    /** @param joker an amount outside the themes, spent as in {@link #allocate} */
    public static Result decided(List<Candidate> candidates, Map<String, Long> themeBudgets,
                                 Map<String, List<String>> fundedInOrder, Leftover leftover, long joker) {
        Map<String, List<Candidate>> byTheme = byTheme(candidates, themeBudgets);
        Map<String, Row> decided = new LinkedHashMap<>();
        Map<String, Long> remaining = new LinkedHashMap<>();
        List<Candidate> unfunded = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> theme : byTheme.entrySet()) {
            Map<String, Candidate> byId = new LinkedHashMap<>();
            theme.getValue().forEach(candidate -> byId.put(candidate.id(), candidate));
            long left = themeBudgets.get(theme.getKey());
            int rank = 1;
            for (String id : fundedInOrder.getOrDefault(theme.getKey(), List.of())) {
                Candidate candidate = byId.remove(id);
                left -= candidate.cost();
                decided.put(id, new Row(candidate, rank++, true, false, left));
            }
            List<Candidate> others = new ArrayList<>(byId.values());
            others.sort(RANKING);
            for (Candidate candidate : others) {
                decided.put(candidate.id(), new Row(candidate, rank++, false, false, left));
                unfunded.add(candidate);
            }
            remaining.put(theme.getKey(), left);
        }
        return pooled(byTheme, themeBudgets, decided, remaining, unfunded, leftover, new HashSet<>(), Map.of(), joker);
    }

    private static Map<String, List<Candidate>> byTheme(List<Candidate> candidates, Map<String, Long> themeBudgets) {
        Map<String, List<Candidate>> byTheme = new LinkedHashMap<>();
        themeBudgets.keySet().forEach(theme -> byTheme.put(theme, new ArrayList<>()));
        for (Candidate candidate : candidates) {
            List<Candidate> list = byTheme.get(candidate.theme());
            if (list == null) {
                throw new IllegalArgumentException("no budget for theme " + candidate.theme());
            }
            list.add(candidate);
        }
        return byTheme;
    }

    /**
     * With {@link Leftover#POOL}, the themes' remainders — and a joker, pooled or not — spent on the
     * unfunded projects by ranking; then the rows.
     */
    private static Result pooled(Map<String, List<Candidate>> byTheme, Map<String, Long> themeBudgets,
                                 Map<String, Row> decided, Map<String, Long> remaining, List<Candidate> unfunded,
                                 Leftover leftover, Set<String> excluded, Map<String, Set<String>> exclusive, long joker) {
        long pool = remaining.values().stream().reduce(0L, Math::addExact); // overflow is an error, never a negative pool
        long poolStart = pool;
        boolean spent = leftover == Leftover.POOL || joker > 0;
        if (spent) {
            if (leftover == Leftover.POOL) {
                remaining.replaceAll((theme, left) -> 0L);
            } else {
                pool = 0;
            }
            pool = Math.addExact(pool, joker);
            poolStart = pool;
            unfunded.sort(RANKING);
            for (Candidate candidate : unfunded) {
                Row before = decided.get(candidate.id());
                boolean fits = !excluded.contains(candidate.id()) && candidate.cost() <= pool;
                if (fits) {
                    pool -= candidate.cost();
                    excluded.addAll(exclusive.getOrDefault(candidate.id(), Set.of()));
                }
                decided.put(candidate.id(), new Row(candidate, before.rank(), fits, fits, pool));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> theme : byTheme.entrySet()) {
            theme.getValue().stream().map(candidate -> decided.get(candidate.id()))
                    .sorted(Comparator.comparingInt(Row::rank)).forEach(rows::add);
        }
        return new Result(rows, themeBudgets, remaining, poolStart, spent ? pool : 0);
    }
}
