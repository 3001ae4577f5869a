package tafel.antwerp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tafel.text.Phrase;

/**
 * What every entry read back from a process journal must keep, whoever wrote the line: numbers
 * that only go up, corrections of entries that exist, theme and project ids that exist, amounts
 * within the budget. tafel itself never writes such a line; a hand edit or a copy from another
 * process can, and then the entry is named instead of computed with.
 */
public final class JournalRules {

    /** The entry at {@code index} in the journal breaks a rule: which field, what it held, why that cannot be. */
    public record Problem(int index, String field, String value, Phrase reason) {
    }

    private JournalRules() {
    }

    /**
     * @param projectIds the ids of the projects file, or empty when project choices are not to be
     *                   checked here (a new projects file is compared with the choices elsewhere)
     */
    public static Optional<Problem> check(List<ProcessEvent> events, ThemeCatalogue catalogue,
                                          Optional<Set<String>> projectIds, long budget) {
        Map<Integer, ProcessEvent> earlier = new HashMap<>();
        int last = 0;
        for (int index = 0; index < events.size(); index++) {
            ProcessEvent event = events.get(index);
            int at = index;
            int previous = last;
            Optional<Problem> problem = entryNumber(event, previous)
                    .or(() -> corrects(event, earlier))
                    .or(() -> ids(event, catalogue, projectIds, budget))
                    .map(found -> new Problem(at, found.field(), found.value(), found.reason()));
            if (problem.isPresent()) {
                return problem;
            }
            earlier.put(event.entry(), event);
            last = event.entry();
        }
        return Optional.empty();
    }

    private static Optional<Problem> entryNumber(ProcessEvent event, int last) {
        if (event.entry() <= last) {
            return Optional.of(new Problem(-1, "entry", String.valueOf(event.entry()),
                    Phrase.of("journal.rule.entry.order", last)));
        }
        return Optional.empty();
    }

    private static Optional<Problem> corrects(ProcessEvent event, Map<Integer, ProcessEvent> earlier) {
        Optional<Integer> target = Optional.empty();
        String field = "replaces";
        if (event instanceof ProcessEvent.ThemesChosen chosen) {
            target = chosen.replaces();
        } else if (event instanceof ProcessEvent.BudgetSplit split) {
            target = split.replaces();
        } else if (event instanceof ProcessEvent.ProjectsChosen chosen) {
            target = chosen.replaces();
        } else if (event instanceof ProcessEvent.Undone undone) {
            target = Optional.of(undone.undoes());
            field = "undoes";
        }
        if (target.isEmpty()) {
            return Optional.empty();
        }
        ProcessEvent corrected = earlier.get(target.get());
        if (corrected == null) {
            return Optional.of(new Problem(-1, field, String.valueOf(target.get()), Phrase.of("journal.rule.entry.unknown")));
        }
        if (corrected instanceof ProcessEvent.Undone) {
            return Optional.of(new Problem(-1, field, String.valueOf(target.get()), Phrase.of("journal.rule.entry.undo")));
        }
        if (!(event instanceof ProcessEvent.Undone) && corrected.getClass() != event.getClass()) {
            return Optional.of(new Problem(-1, field, String.valueOf(target.get()), Phrase.of("journal.rule.entry.kind")));
        }
        return Optional.empty();
    }

    private static Optional<Problem> ids(ProcessEvent event, ThemeCatalogue catalogue, Optional<Set<String>> projectIds,
                                        long budget) {
        if (event instanceof ProcessEvent.ThemesChosen chosen) {
            return themes("themes", chosen.themes(), catalogue);
        }
        if (event instanceof ProcessEvent.TieResolved resolved) {
            return themes("themes", resolved.themes(), catalogue);
        }
        if (event instanceof ProcessEvent.BudgetSplit split) {
            Optional<Problem> unknown = themes("amounts", List.copyOf(split.amounts().keySet()), catalogue);
            if (unknown.isPresent()) {
                return unknown;
            }
            for (Map.Entry<String, Long> amount : split.amounts().entrySet()) {
                if (amount.getValue() < 0 || amount.getValue() > budget) {
                    return Optional.of(new Problem(-1, "amounts", amount.getKey() + "=" + Money.plain(amount.getValue()),
                            Phrase.of("journal.rule.amount", Money.plain(budget))));
                }
            }
        }
        if (event instanceof ProcessEvent.ProjectsChosen chosen && projectIds.isPresent()) {
            for (String id : chosen.projects()) {
                if (!projectIds.get().contains(id)) {
                    return Optional.of(new Problem(-1, "projects", id, Phrase.of("journal.rule.project")));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> themes(String field, List<String> ids, ThemeCatalogue catalogue) {
        for (String id : ids) {
            if (catalogue.indexOf(id) < 0) {
                return Optional.of(new Problem(-1, field, id, Phrase.of("journal.rule.theme")));
            }
        }
        return Optional.empty();
    }
}
