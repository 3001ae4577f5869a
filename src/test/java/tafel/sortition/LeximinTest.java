package tafel.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * LEXIMIN by column generation against the textbook way on every panel there is: small pools,
 * every allowed panel enumerated, then level by level the largest least chance (a linear program
 * over all panels) and who cannot get more than it (one more program per person). The chances
 * everyone gets are unique, so they must agree person by person.
 */
class LeximinTest {

    private static Respondent person(int id, String age, String gender, String home) {
        return new Respondent("r" + id, Map.of("leeftijd", age, "geslacht", gender), Optional.ofNullable(home));
    }

    @Test
    void agreesWithTheLevelByLevelProgramOverEveryPanelOnSmallPools() {
        SplittableRandom random = new SplittableRandom(20261202);
        int checked = 0;
        for (int instance = 0; instance < 40; instance++) {
            int people = 8 + random.nextInt(5);
            int size = 2 + random.nextInt(3);
            List<Respondent> pool = new ArrayList<>();
            String[] ages = {"16-29", "30-54", "55+"};
            for (int id = 0; id < people; id++) {
                pool.add(person(id, ages[random.nextInt(ages.length)], random.nextBoolean() ? "v" : "m",
                        random.nextInt(4) == 0 ? "huis" + random.nextInt(2) : null));
            }
            List<Quota> quotas = new ArrayList<>();
            for (String age : ages) {
                quotas.add(new Quota("leeftijd", age, random.nextInt(2), 1 + random.nextInt(size)));
            }
            quotas.add(new Quota("geslacht", "v", random.nextInt(2), size));
            quotas.add(new Quota("geslacht", "m", random.nextInt(2), size));
            PanelSpec spec = new PanelSpec(pool, quotas, size, random.nextBoolean());
            List<int[]> all = allPanels(spec);
            Optional<Distribution> found = Leximin.of(spec, fixed -> { });
            assertThat(found.isPresent()).as("instance %d has %d panels", instance, all.size()).isEqualTo(!all.isEmpty());
            if (all.isEmpty()) {
                assertThat(QuotaConflicts.of(spec)).isNotEmpty();
                continue;
            }
            assertThat(QuotaConflicts.of(spec)).isEmpty();
            double[] expected = levelByLevel(all, people);
            double[] actual = found.get().probabilities(people);
            for (int p = 0; p < people; p++) {
                assertThat(actual[p]).as("instance %d, person %d", instance, p).isCloseTo(expected[p], within(1e-4));
            }
            found.get().panels().forEach(panel -> assertThat(spec.allows(panel)).isTrue());
            for (String seed : List.of("1", "2 3", "03 17 22 41 08")) {
                // drawing among people the rules cannot tell apart keeps every rule
                assertThat(spec.allows(PublicDraw.members(found.get(), seed))).as("instance %d, seed %s", instance, seed).isTrue();
            }
            checked++;
        }
        assertThat(checked).as("instances with a panel").isGreaterThan(20);
    }

    /**
     * Two of twenty, one from each group: the 2 people of the small group sit with chance 1/2, the 18
     * of the large group with 1/18 each — the best least chance there is, which an even draw per
     * group also gives; LEXIMIN finds it without being told.
     */
    @Test
    void theLeastChanceIsTheBestTheQuotasAllow() {
        List<Respondent> pool = new ArrayList<>();
        for (int id = 0; id < 20; id++) {
            pool.add(person(id, id < 2 ? "16-29" : "30-54", "v", null));
        }
        PanelSpec spec = new PanelSpec(pool, List.of(new Quota("leeftijd", "16-29", 1, 1), new Quota("leeftijd", "30-54", 1, 1)),
                2, false);
        double[] chances = Leximin.of(spec, fixed -> { }).orElseThrow().probabilities(20);
        assertThat(chances[0]).isCloseTo(0.5, within(1e-6));
        assertThat(chances[1]).isCloseTo(0.5, within(1e-6));
        for (int p = 2; p < 20; p++) {
            assertThat(chances[p]).isCloseTo(1.0 / 18, within(1e-6));
        }
    }

    /**
     * Where the chances the quotas allow on average cannot all be reached by panels (three
     * features, so the quotas no longer make every averaged point a lottery): tafel then goes panel
     * by panel, level by level. The averaged chances differ from the true ones here; the result
     * does not. Then 200 random pools of three features, against every panel enumerated.
     */
    @Test
    void whereAveragedChancesCannotBeReachedItGoesPanelByPanel() {
        PanelSpec spec = threeFeatures(List.of("001", "000", "111", "101", "011", "111", "100", "010"),
                List.of(new Quota("a", "1", 0, 1), new Quota("b", "1", 1, 2), new Quota("c", "1", 0, 1)), 2);
        double[] averaged = RelaxedLeximin.of(spec).orElseThrow();
        double[] expected = levelByLevel(allPanels(spec), 8);
        assertThat(averaged[1]).isCloseTo(0.3, within(1e-6));
        assertThat(expected[1]).isCloseTo(0.4, within(1e-6));
        double[] actual = Leximin.of(spec, fixed -> { }).orElseThrow().probabilities(8);
        for (int p = 0; p < 8; p++) {
            assertThat(actual[p]).as("person %d", p).isCloseTo(expected[p], within(1e-5));
        }
        SplittableRandom random = new SplittableRandom(7);
        int unreachable = 0;
        for (int instance = 0; instance < 200; instance++) {
            int people = 6 + random.nextInt(5);
            int size = 2 + random.nextInt(2);
            List<String> kinds = new ArrayList<>();
            for (int id = 0; id < people; id++) {
                kinds.add("" + random.nextInt(2) + random.nextInt(2) + random.nextInt(2));
            }
            List<Quota> quotas = new ArrayList<>();
            for (String feature : new String[] {"a", "b", "c"}) {
                int least = random.nextInt(2);
                quotas.add(new Quota(feature, "1", least, least + random.nextInt(2)));
            }
            PanelSpec pool = threeFeatures(kinds, quotas, size);
            List<int[]> all = allPanels(pool);
            Optional<Distribution> found = Leximin.of(pool, fixed -> { });
            assertThat(found.isPresent()).as("instance %d", instance).isEqualTo(!all.isEmpty());
            if (all.isEmpty()) {
                continue;
            }
            double[] truth = levelByLevel(all, people);
            double[] chances = found.get().probabilities(people);
            for (int p = 0; p < people; p++) {
                assertThat(chances[p]).as("instance %d, person %d", instance, p).isCloseTo(truth[p], within(1e-4));
            }
            Optional<double[]> average = RelaxedLeximin.of(pool);
            if (average.isEmpty() || java.util.stream.IntStream.range(0, people)
                    .anyMatch(p -> Math.abs(average.get()[p] - truth[p]) > 1e-4)) {
                unreachable++;
            }
        }
        // both ways are taken
        assertThat(unreachable).isBetween(5, 150);
    }

    private static PanelSpec threeFeatures(List<String> kinds, List<Quota> quotas, int size) {
        List<Respondent> pool = new ArrayList<>();
        for (int id = 0; id < kinds.size(); id++) {
            String kind = kinds.get(id);
            pool.add(new Respondent("r" + id, Map.of("a", kind.substring(0, 1), "b", kind.substring(1, 2), "c", kind.substring(2)),
                    Optional.empty()));
        }
        return new PanelSpec(pool, quotas, size, false);
    }

    @Test
    void billionthsAddUpExactly() {
        long[] parts = Leximin.billionths(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
        assertThat(parts).containsExactly(333_333_334L, 333_333_333L, 333_333_333L);
        assertThat(Arrays.stream(Leximin.billionths(new double[] {0.1, 0.2, 0.7})).sum()).isEqualTo(Distribution.SCALE);
    }

    static List<int[]> allPanels(PanelSpec spec) {
        List<int[]> panels = new ArrayList<>();
        int people = spec.pool().size();
        for (int mask = 0; mask < 1 << people; mask++) {
            if (Integer.bitCount(mask) != spec.size()) {
                continue;
            }
            int[] panel = new int[spec.size()];
            int at = 0;
            for (int p = 0; p < people; p++) {
                if ((mask & 1 << p) != 0) {
                    panel[at++] = p;
                }
            }
            if (spec.allows(panel)) {
                panels.add(panel);
            }
        }
        return panels;
    }

    /** Level by level: the largest least chance z of those not yet fixed; fixed are those who cannot get more than z. */
    private static double[] levelByLevel(List<int[]> panels, int people) {
        double[] fixed = new double[people];
        Arrays.fill(fixed, Double.NaN);
        while (Arrays.stream(fixed).anyMatch(Double::isNaN)) {
            double least = solve(panels, fixed, -1, Double.NaN);
            boolean any = false;
            for (int p = 0; p < people; p++) {
                if (Double.isNaN(fixed[p]) && solve(panels, fixed, p, least) <= least + 1e-6) {
                    fixed[p] = least;
                    any = true;
                }
            }
            assertThat(any).isTrue();
        }
        return fixed;
    }

    /** With {@code target} −1: the largest z such that every open person has at least z; else the most {@code target} can have while every open person keeps {@code least}. */
    private static double solve(List<int[]> panels, double[] fixed, int target, double least) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] shares = new Variable[panels.size()];
        for (int i = 0; i < panels.size(); i++) {
            shares[i] = model.addVariable("l" + i).lower(0);
        }
        Variable z = model.addVariable("z").weight(target < 0 ? 1 : 0);
        if (target >= 0) {
            z.level(least);
        }
        Expression all = model.addExpression("all").level(1);
        for (Variable share : shares) {
            all.set(share, 1);
        }
        double best = 0;
        for (int p = 0; p < fixed.length; p++) {
            Expression chance = model.addExpression("p" + p);
            for (int i = 0; i < panels.size(); i++) {
                int person = p;
                if (Arrays.stream(panels.get(i)).anyMatch(member -> member == person)) {
                    chance.set(shares[i], 1);
                }
            }
            if (Double.isNaN(fixed[p])) {
                chance.set(z, -1).lower(0);
            } else {
                chance.lower(fixed[p] - 1e-7);
            }
            if (p == target) {
                chance.weight(1);
            }
        }
        Optimisation.Result result = model.maximise();
        assertThat(result.getState().isFeasible()).isTrue();
        if (target < 0) {
            return result.doubleValue(panels.size());
        }
        for (int i = 0; i < panels.size(); i++) {
            int[] panel = panels.get(i);
            if (Arrays.stream(panel).anyMatch(member -> member == target)) {
                best += result.doubleValue(i);
            }
        }
        return best;
    }
}
