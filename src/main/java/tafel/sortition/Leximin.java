package tafel.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fairest lottery the quotas allow (Flanigan, Gölz, Gupta, Hennig & Procaccia, Nature 2021):
 * LEXIMIN — the smallest chance anyone has to sit is as large as it can be, then the next smallest,
 * and so on. By column generation: the linear program of a level ({@link LevelSimplex}) gives every
 * person a weight (its dual); swaps ({@link PanelSwaps}) or the integer program of
 * {@link PanelModel} find a panel that weighs more than the program's bound; when none does, the
 * least chance is optimal and the people with weight keep exactly that chance; then the next level,
 * until everyone's chance is settled. The shares of the last level's solution are the lottery.
 *
 * <p>First, though, a shortcut that usually holds: LEXIMIN over the chances the quotas allow on
 * average ({@link RelaxedLeximin}, a few small programs) can be no worse than over panels, so when
 * panels are found whose shares give exactly those chances ({@link #split}), that lottery is
 * LEXIMIN, with no level proved panel by panel. Where they cannot be reached (the heaviest panel
 * says so), the level-by-level way above runs, with the panels found so far.
 *
 * <p>Both ways have one row per kind of people ({@link Kinds}) rather than per person: people the
 * rules cannot tell apart get the same chance, a panel is kept as how many of each kind sit, and
 * the draw picks who of a kind ({@link PublicDraw#members}).
 */
public final class Leximin {

    /** Below this a weight or an improvement is rounding, not a difference. */
    private static final double EPSILON = 1e-7;
    /** How close to 1 the split must come: the chances it gives are then the targets to well within the 4 decimals shown. */
    private static final double REACHED = 1e-7;
    /** New panels found by swaps per round of the linear program (see {@link PanelSwaps#heavier(List, double[], double, int)}). */
    private static final int BATCH = 16;

    private Leximin() {
    }

    /**
     * @param progress told the number of people whose chance is fixed, as it grows, and how far a lottery that gives known chances is
     * @return empty when no panel meets the quotas (see {@link QuotaConflicts} for why)
     */
    public static Optional<Distribution> of(PanelSpec spec, LeximinProgress progress) {
        int people = spec.pool().size();
        PanelModel model = new PanelModel(spec);
        PanelSwaps swaps = new PanelSwaps(spec);
        Map<String, int[]> panels = new LinkedHashMap<>();
        double[] fixed = new double[people];
        Arrays.fill(fixed, Double.NaN);
        if (!cover(model, swaps, panels, fixed)) {
            return Optional.empty();
        }
        Kinds kinds = Kinds.of(spec);
        Optional<double[]> averaged = RelaxedLeximin.of(spec);
        if (averaged.isPresent() && reachable(averaged.get(), fixed)) {
            Optional<Distribution> direct = split(kinds, averaged.get(), List.copyOf(panels.values()), model, swaps,
                    panels, progress);
            if (direct.isPresent()) {
                return direct;
            }
        }
        // level by level, with every panel found so far; one row per kind here too, as every level's
        // LEXIMIN chances are the same for people the rules cannot tell apart
        double[] size = kinds.members().stream().mapToDouble(members -> members.length).toArray();
        double[] settledAt = kinds.members().stream().mapToDouble(members -> fixed[members[0]]).toArray();
        Map<String, int[]> compositions = new LinkedHashMap<>();
        panels.values().forEach(panel -> compositions.putIfAbsent(key(kinds.composition(panel)), kinds.composition(panel)));
        List<int[]> found = List.copyOf(compositions.values());
        LevelSimplex simplex = new LevelSimplex(found.get(0), size, settledAt);
        found.subList(1, found.size()).forEach(simplex::add);
        progress.settled(settledPeople(settledAt, size));
        while (fixedCount(settledAt) < settledAt.length) {
            double[] weights = optimal(model, swaps, simplex, kinds, compositions, panels);
            double least = Math.max(0, Math.min(1, simplex.least()));
            List<Integer> settling = new ArrayList<>();
            for (int kind = 0; kind < settledAt.length; kind++) {
                if (Double.isNaN(settledAt[kind]) && weights[kind] > EPSILON) {
                    settling.add(kind);
                }
            }
            if (settling.isEmpty()) {
                // rounding left no weight above the threshold: the heaviest open kind settles
                int heaviest = -1;
                for (int kind = 0; kind < settledAt.length; kind++) {
                    if (Double.isNaN(settledAt[kind]) && (heaviest < 0 || weights[kind] > weights[heaviest])) {
                        heaviest = kind;
                    }
                }
                settling.add(heaviest);
            }
            settling.forEach(kind -> settledAt[kind] = least);
            simplex.settle(settling, least);
            progress.settled(settledPeople(settledAt, size));
        }
        List<int[]> realised = simplex.panels().stream().map(kinds::panel).toList();
        return Optional.of(distribution(realised, simplex.shares(), kinds.interchangeable()));
    }

    /** How many people the settled kinds hold. */
    private static int settledPeople(double[] settledAt, double[] size) {
        double people = 0;
        for (int kind = 0; kind < settledAt.length; kind++) {
            people += Double.isNaN(settledAt[kind]) ? 0 : size[kind];
        }
        return (int) people;
    }

    /**
     * Panels whose shares give exactly these chances (LEXIMIN's over the averaged quotas, which no
     * lottery can beat, so reaching them is optimal), found as columns the way a level's are; empty
     * when the heaviest panel proves that they cannot be reached. One row per kind of people
     * ({@link Kinds}), whose chances are equal: a column says how many of each kind sit, and the
     * lottery draws who of a kind evenly — at 1,000 respondents 563 rows instead of 1,000, and the
     * pivots that cost the time (each one goes over the rows) about a third as dear.
     */
    static Optional<Distribution> split(Kinds kinds, double[] chances, List<int[]> cover, PanelModel model, PanelSwaps swaps,
                                        Map<String, int[]> panels, LeximinProgress progress) {
        double[] seats = new double[kinds.count()];
        for (int person = 0; person < chances.length; person++) {
            seats[kinds.kindOf()[person]] += chances[person];
        }
        Map<String, int[]> compositions = new LinkedHashMap<>();
        cover.forEach(panel -> compositions.putIfAbsent(key(kinds.composition(panel)), kinds.composition(panel)));
        List<int[]> start = List.copyOf(compositions.values());
        LevelSimplex simplex = LevelSimplex.towards(kinds.count(), start.get(0), seats);
        // with everyone who may sit in some panel from the start, z can grow at once; from one panel it
        // stays 0 through a long run of degenerate pivots (a million at 500 respondents)
        start.subList(1, start.size()).forEach(simplex::add);
        while (true) {
            simplex.optimise();
            if (simplex.least() >= 1 - REACHED) {
                progress.settled(chances.length);
                List<int[]> realised = simplex.panels().stream().map(kinds::panel).toList();
                return Optional.of(distribution(realised, simplex.shares(), kinds.interchangeable()));
            }
            // every person has at least this part of their chance; as columns are added it only grows
            progress.reached(Math.max(0, simplex.least()));
            if (!improve(model, swaps, simplex, kinds, compositions, panels, simplex.weights())) {
                return Optional.empty();
            }
        }
    }

    /** Whether no one the cover found no panel for (chance 0) has a chance above 0 on average: else no lottery gives it. */
    private static boolean reachable(double[] chances, double[] fixed) {
        for (int person = 0; person < chances.length; person++) {
            if (fixed[person] == 0 && chances[person] > REACHED) {
                return false;
            }
        }
        return true;
    }

    /** The level's optimum over all panels: panels that weigh more than the bound are added until none does; its weights. */
    private static double[] optimal(PanelModel model, PanelSwaps swaps, LevelSimplex simplex, Kinds kinds,
                                    Map<String, int[]> compositions, Map<String, int[]> panels) {
        while (true) {
            simplex.optimise();
            double[] weights = simplex.weights();
            if (!improve(model, swaps, simplex, kinds, compositions, panels, weights)) {
                return weights;
            }
        }
    }

    /**
     * Adds panels that weigh more than the program's bound as columns (as compositions of kinds),
     * or says false when none does (the integer program's proof). Clear improvements found by swaps
     * save an integer program; a marginal one is left to it. Every panel found is also kept in
     * {@code panels}, people by people, for the level-by-level way should it be needed.
     */
    private static boolean improve(PanelModel model, PanelSwaps swaps, LevelSimplex simplex, Kinds kinds,
                                   Map<String, int[]> compositions, Map<String, int[]> panels, double[] kindWeights) {
        double[] weights = new double[kinds.kindOf().length];
        for (int person = 0; person < weights.length; person++) {
            weights[person] = kindWeights[kinds.kindOf()[person]];
        }
        List<int[]> known = simplex.panels().stream().map(kinds::panel).toList();
        boolean added = false;
        for (int[] quick : swaps.heavier(known, weights, simplex.bound() + 1e-3, BATCH)) {
            added |= take(quick, simplex, kinds, compositions, panels);
        }
        if (added) {
            return true;
        }
        Optional<int[]> heaviest = model.heaviest(weights);
        if (heaviest.isEmpty()) {
            return false;
        }
        double weight = Arrays.stream(heaviest.get()).mapToDouble(person -> weights[person]).sum();
        return weight > simplex.bound() + EPSILON && take(heaviest.get(), simplex, kinds, compositions, panels);
    }

    /** The panel's composition as a new column, unless the program has it already. */
    private static boolean take(int[] panel, LevelSimplex simplex, Kinds kinds, Map<String, int[]> compositions,
                                Map<String, int[]> panels) {
        int[] composition = kinds.composition(panel);
        boolean news = compositions.putIfAbsent(key(composition), composition) == null;
        panels.putIfAbsent(key(panel), panel);
        if (news) {
            simplex.add(composition);
        }
        return news;
    }

    /** The panels with a share, in a fixed order (by their people's numbers), their shares in billionths. */
    private static Distribution distribution(List<int[]> panels, double[] shares) {
        return distribution(panels, shares, List.of());
    }

    private static Distribution distribution(List<int[]> panels, double[] shares, List<int[]> interchangeable) {
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            if (shares[p] > EPSILON) {
                order.add(p);
            }
        }
        order.sort(Comparator.comparing(p -> panels.get(p), Arrays::compare));
        List<int[]> kept = order.stream().map(panels::get).toList();
        double[] keptShares = order.stream().mapToDouble(p -> shares[p]).toArray();
        return new Distribution(kept, billionths(keptShares), "leximin", interchangeable);
    }

    /**
     * Panels until everyone who can sit is in one: a panel with some of those not yet in one, found by
     * swaps from a known panel or else by the integer program (the panel with most of them), again
     * and again; whoever no panel can hold gets chance 0 at once. False when there is no panel.
     * Swaps first because at 300 respondents the cover's integer programs took 14 of 62 seconds.
     */
    private static boolean cover(PanelModel model, PanelSwaps swaps, Map<String, int[]> panels, double[] fixed) {
        int people = fixed.length;
        boolean[] covered = new boolean[people];
        while (true) {
            double[] weights = new double[people];
            int open = 0;
            for (int person = 0; person < people; person++) {
                if (!covered[person] && Double.isNaN(fixed[person])) {
                    weights[person] = 1;
                    open++;
                }
            }
            Optional<int[]> panel = panels.isEmpty() || open == 0
                    ? Optional.empty()
                    : swaps.heavier(List.copyOf(panels.values()), weights, 0.5);
            if (panel.isEmpty()) {
                // swaps reach no one new: the integer program either does or shows that no panel can
                panel = model.heaviest(weights);
            }
            if (panel.isEmpty()) {
                return false;
            }
            if (open == 0) {
                panels.putIfAbsent(key(panel.get()), panel.get());
                return true;
            }
            boolean news = false;
            for (int person : panel.get()) {
                news |= !covered[person] && Double.isNaN(fixed[person]);
                covered[person] = true;
            }
            if (!news) {
                // the heaviest panel holds none of them: no panel can hold any of them
                for (int person = 0; person < people; person++) {
                    if (!covered[person]) {
                        fixed[person] = 0;
                    }
                }
                return true;
            }
            panels.putIfAbsent(key(panel.get()), panel.get());
        }
    }

    /** Shares as billionths adding up to exactly one: floors, then the largest remainders (earlier panels first on ties). */
    static long[] billionths(double[] shares) {
        double total = Arrays.stream(shares).sum();
        long[] parts = new long[shares.length];
        double[] remainders = new double[shares.length];
        long given = 0;
        for (int p = 0; p < shares.length; p++) {
            double exact = shares[p] / total * Distribution.SCALE;
            parts[p] = (long) Math.floor(exact);
            remainders[p] = exact - parts[p];
            given += parts[p];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int p = 0; p < shares.length; p++) {
            byRemainder.add(p);
        }
        byRemainder.sort(Comparator.comparingDouble((Integer p) -> -remainders[p]).thenComparingInt(p -> p));
        for (int i = 0; given < Distribution.SCALE; i++, given++) {
            parts[byRemainder.get(i % shares.length)]++;
        }
        return parts;
    }

    private static int fixedCount(double[] fixed) {
        return (int) Arrays.stream(fixed).filter(chance -> !Double.isNaN(chance)).count();
    }

    private static String key(int[] panel) {
        return Arrays.toString(panel);
    }
}
