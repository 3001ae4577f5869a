package tafel.antwerp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Step 1: counts how many tables chose each theme, ranks them (more tables first; equal counts
 * in catalogue order, sharing a rank) and selects the top K. A tie at the cut is reported and
 * resolved by the configured {@link TieRule}.
 */
public final class ThemeTally {

    private ThemeTally() {
    }

    public record RankedTheme(Theme theme, int tables, int rank, boolean selected, boolean tiedAtCut) {
    }

    /** Themes with the same count straddling the cut: {@code places} of them can go on. */
    public record Tie(int tables, List<Theme> themes, int places) {
        public Tie {
            themes = List.copyOf(themes);
        }
    }

    /**
     * @param decided false while a facilitator still has to pick among tied themes
     */
    public record Result(List<RankedTheme> ranking, List<Theme> selected, Optional<Tie> tie, boolean decided,
                         int tablesCounted) {
        public Result {
            ranking = List.copyOf(ranking);
            selected = List.copyOf(selected);
        }
    }

    /**
     * @param choices          every table's chosen theme ids (one list per table)
     * @param facilitatorPicks the themes the facilitator chose among the tied ones (FACILITATOR rule)
     * @param seed             the recorded seed for a draw by lot (LOT rule)
     */
    public static Result tally(ThemeCatalogue catalogue, List<List<String>> choices, int top, TieRule rule,
                               List<String> facilitatorPicks, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> table : choices) {
            for (String id : new LinkedHashSet<>(table)) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        List<Theme> order = new ArrayList<>(catalogue.themes());
        order.sort(Comparator.comparing((Theme theme) -> -counts.getOrDefault(theme.id(), 0))
                .thenComparing(theme -> catalogue.indexOf(theme.id())));

        List<Theme> eligible = order.stream().filter(theme -> counts.getOrDefault(theme.id(), 0) > 0).toList();
        Set<String> selected = new LinkedHashSet<>();
        Optional<Tie> tie = Optional.empty();
        boolean decided = true;
        if (eligible.size() <= top) {
            eligible.forEach(theme -> selected.add(theme.id()));
        } else {
            int cut = counts.get(eligible.get(top - 1).id());
            List<Theme> above = eligible.stream().filter(theme -> counts.get(theme.id()) > cut).toList();
            List<Theme> atCut = eligible.stream().filter(theme -> counts.get(theme.id()) == cut).toList();
            int places = top - above.size();
            above.forEach(theme -> selected.add(theme.id()));
            if (atCut.size() == places) {
                atCut.forEach(theme -> selected.add(theme.id()));
            } else {
                tie = Optional.of(new Tie(cut, atCut, places));
                switch (rule) {
                    case INCLUDE_ALL -> atCut.forEach(theme -> selected.add(theme.id()));
                    case LOT -> drawByLot(atCut, places, seed).forEach(theme -> selected.add(theme.id()));
                    case FACILITATOR -> {
                        List<String> picks = facilitatorPicks.stream()
                                .filter(id -> atCut.stream().anyMatch(theme -> theme.id().equals(id))).distinct().toList();
                        if (picks.size() == places) {
                            selected.addAll(picks);
                        } else {
                            decided = false;
                        }
                    }
                }
            }
        }
        List<RankedTheme> ranking = new ArrayList<>();
        int rank = 0;
        int previous = -1;
        Set<String> tied = new LinkedHashSet<>();
        tie.ifPresent(t -> t.themes().forEach(theme -> tied.add(theme.id())));
        for (int i = 0; i < order.size(); i++) {
            Theme theme = order.get(i);
            int count = counts.getOrDefault(theme.id(), 0);
            if (count != previous) {
                rank = i + 1;
                previous = count;
            }
            ranking.add(new RankedTheme(theme, count, rank, selected.contains(theme.id()), tied.contains(theme.id())));
        }
        List<Theme> selectedThemes = ranking.stream().filter(RankedTheme::selected).map(RankedTheme::theme).toList();
        return new Result(ranking, selectedThemes, tie, decided, choices.size());
    }

    /** A seeded Fisher–Yates shuffle of the tied themes (in catalogue order); the first {@code places} win. */
    static List<Theme> drawByLot(List<Theme> tied, int places, long seed) {
        List<Theme> shuffled = new ArrayList<>(tied);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Theme swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return shuffled.subList(0, places);
    }
}
