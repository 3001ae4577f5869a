package tafel.app;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tafel.antwerp.ProcessEvent;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeTally;
import tafel.antwerp.TieRule;

/**
 * Use case: the facilitator decides a tie at the cut of step 1 (tie rule "facilitator") by
 * naming as many of the tied themes as there are places left; journaled, so the tally follows.
 */
public final class TiePick {

    private TiePick() {
    }

    /**
     * @param written the themes as the facilitator wrote them (names, ids, unique starts)
     * @return the entry that holds the pick
     * @throws TafelException exit 2 when there is no tie to decide, a theme is not among the tied, or the count is wrong
     */
    public static int pick(AntwerpProcess process, List<String> written, OffsetDateTime at) {
        ThemeTally.Result tally = process.outcome().themes();
        if (process.rules().tieRule() != TieRule.FACILITATOR || tally.tie().isEmpty()) {
            throw TafelException.of(ExitCode.USAGE, "antwerp.pick.noTie");
        }
        ThemeTally.Tie tie = tally.tie().get();
        List<String> ids = new ArrayList<>();
        for (String name : written) {
            Optional<Theme> theme = process.contents().catalogue().find(name);
            if (theme.isEmpty() || !tie.themes().contains(theme.get())) {
                throw TafelException.of(ExitCode.USAGE, "antwerp.pick.notTied", name,
                        String.join(", ", tie.themes().stream().map(Theme::name).toList()));
            }
            ids.add(theme.get().id());
        }
        if (ids.stream().distinct().count() != tie.places()) {
            throw TafelException.of(ExitCode.USAGE, "antwerp.pick.count", tie.places());
        }
        int entry = process.state().nextEntry();
        process.append(List.of(new ProcessEvent.TieResolved(at, entry, ids)));
        return entry;
    }
}
