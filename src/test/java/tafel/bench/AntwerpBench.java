package tafel.bench;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.AntwerpRules;
import tafel.antwerp.BudgetWeighting;
import tafel.antwerp.Leftover;
import tafel.antwerp.ProjectRule;
import tafel.antwerp.Rounding;
import tafel.antwerp.ScoringRules;
import tafel.antwerp.Unspent;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.ProcessState;
import tafel.antwerp.Project;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeCatalogue;
import tafel.antwerp.TieRule;
import tafel.antwerp.WithinTheme;

/**
 * The Antwerp figures of docs/BENCHMARKS.md: a full tally of 100,000 online votes plus 200 table
 * entries, and recomputing the live tally after one more entry with 1,000 entries in the
 * journal. Run with scripts/bench-antwerp (median of repeated runs after warm-up).
 */
public final class AntwerpBench {

    private AntwerpBench() {
    }

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(1);
        List<Theme> themes = new ArrayList<>();
        for (int i = 1; i <= 93; i++) {
            themes.add(new Theme(Integer.toString(i), "Thema " + i, ""));
        }
        ThemeCatalogue catalogue = new ThemeCatalogue(themes);
        AntwerpRules rules = new AntwerpRules(1_100_000_00L, 1_000_00L, 5, 12, TieRule.LOT, 7, 5, new BigDecimal("0.2"),
                Optional.empty(), BigDecimal.ONE, WithinTheme.SKIP, Leftover.NONE, Optional.empty(), ProjectRule.SCORE,
                BudgetWeighting.TABLE, Rounding.LARGEST_REMAINDER, Optional.empty(),
                Unspent.REFUSE, ScoringRules.ANTWERP, Optional.empty(),
                Optional.empty(), 0);
        OffsetDateTime at = OffsetDateTime.parse("2026-11-24T19:30:00+01:00");
        List<ProcessEvent> events = new ArrayList<>();
        int entry = 1;
        for (int table = 0; table < 200; table++) {
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < 5) {
                String id = Integer.toString(1 + random.nextInt(30));
                if (!chosen.contains(id)) {
                    chosen.add(id);
                }
            }
            events.add(new ProcessEvent.ThemesChosen(at, entry++, "e" + table % 3, "t" + table, chosen, Optional.empty()));
        }
        ProcessState state = ProcessState.replay(events);
        List<String> selected = AntwerpOutcome.compute(catalogue, rules, state, List.of(), List.of(), Map.of()).themes()
                .selected().stream().map(Theme::id).toList();
        List<Project> projects = new ArrayList<>();
        for (String theme : selected) {
            for (int p = 0; p < 12; p++) {
                projects.add(new Project(theme + "-" + p, "Project", theme, (5 + random.nextInt(100)) * 1_000_00L, "", true, ""));
            }
        }
        for (int table = 0; table < 200; table++) {
            Map<String, Long> split = new LinkedHashMap<>();
            long left = rules.budget();
            for (int i = 0; i < selected.size(); i++) {
                long amount = i == selected.size() - 1 ? left : Math.min(left, (50 + random.nextInt(100)) * 1_000_00L);
                split.put(selected.get(i), amount);
                left -= amount;
            }
            events.add(new ProcessEvent.BudgetSplit(at, entry++, "t" + table, split, Optional.empty()));
        }
        for (int table = 0; table < 200; table++) {
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < 5) {
                String id = projects.get(random.nextInt(projects.size())).id();
                if (!chosen.contains(id)) {
                    chosen.add(id);
                }
            }
            events.add(new ProcessEvent.ProjectsChosen(at, entry++, "1", "t" + table, chosen, Optional.empty()));
        }
        // 100,000 online vote rows, counted the way OnlineVotes does (one per voter and project)
        List<String[]> voteRows = new ArrayList<>();
        for (int row = 0; row < 100_000; row++) {
            voteRows.add(new String[] {"v" + row / 3, projects.get(random.nextInt(projects.size())).id()});
        }
        while (events.size() < 1_000) {
            events.add(new ProcessEvent.ThemesChosen(at, entry++, "extra", "t" + entry,
                    List.of("1", "2", "3", "4", "5"), Optional.empty()));
        }
        List<ProcessEvent> journal = List.copyOf(events);
        double full = median(() -> {
            Map<String, Long> online = new HashMap<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String[] vote : voteRows) {
                if (seen.add(vote[0] + "\u0000" + vote[1])) {
                    online.merge(vote[1], 1L, Long::sum);
                }
            }
            AntwerpOutcome.compute(catalogue, rules, ProcessState.replay(journal), List.of(), projects, online);
        });
        Map<String, Long> online = new HashMap<>();
        voteRows.forEach(vote -> online.merge(vote[1], 1L, Long::sum));
        ProcessState live = ProcessState.replay(journal);
        int next = entry;
        double recompute = median(() -> {
            live.apply(new ProcessEvent.ProjectsChosen(at, next, "1", "t0", List.of(projects.get(0).id(),
                    projects.get(1).id(), projects.get(2).id(), projects.get(3).id(), projects.get(4).id()), Optional.empty()));
            AntwerpOutcome.compute(catalogue, rules, live, List.of(), projects, online);
        });
        System.out.printf("journal entries: %d, online vote rows: %d, projects: %d%n", journal.size(), voteRows.size(),
                projects.size());
        System.out.printf("full tally (count 100,000 online votes + replay + all three steps): %.1f ms%n", full);
        System.out.printf("recompute the live tally after one more entry: %.2f ms%n", recompute);
    }

    private static double median(Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        double[] times = new double[15];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }
}
