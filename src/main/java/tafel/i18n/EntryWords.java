package tafel.i18n;

import java.util.List;
import java.util.Map;

import tafel.antwerp.ProcessEvent;

/**
 * An entry of an Antwerp process said in the reader's words, with theme names instead of ids:
 * "thema’s, avond 1, tafel 3: Groen in straten, Fietspaden" — for the audit in the results and
 * the report, where an English id list used to stand in Dutch text.
 */
public final class EntryWords {

    private EntryWords() {
    }

    /** @param themeNames theme names by id (a theme not named is shown by its id) */
    public static String describe(ProcessEvent event, Map<String, String> themeNames, Messages messages) {
        if (event instanceof ProcessEvent.ThemesChosen chosen) {
            return messages.get("entry.words.themes", chosen.evening(), chosen.table(), names(chosen.themes(), themeNames));
        }
        if (event instanceof ProcessEvent.BudgetSplit split) {
            return messages.get("entry.words.budget", split.table());
        }
        if (event instanceof ProcessEvent.ProjectsChosen chosen) {
            return messages.get("entry.words.projects", chosen.round(), chosen.table(), String.join(", ", chosen.projects()));
        }
        if (event instanceof ProcessEvent.TieResolved resolved) {
            return messages.get("entry.words.tie", names(resolved.themes(), themeNames));
        }
        if (event instanceof ProcessEvent.StepClosed closing) {
            return messages.get("entry.words.closed", messages.get("entry.words.step." + closing.step().command()),
                    closing.part());
        }
        if (event instanceof ProcessEvent.StepReopened opening) {
            return messages.get("entry.words.reopened", messages.get("entry.words.step." + opening.step().command()),
                    opening.part());
        }
        return event.type();
    }

    private static String names(List<String> ids, Map<String, String> themeNames) {
        return String.join(", ", ids.stream().map(id -> themeNames.getOrDefault(id, id)).toList());
    }
}
