package tafel.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.io.sortition.QuotaRows;
import tafel.io.sortition.RespondentRows;
import tafel.sortition.Distribution;
import tafel.sortition.LegacyGreedy;
import tafel.sortition.Leximin;
import tafel.sortition.PanelSpec;
import tafel.sortition.PublicDraw;
import tafel.sortition.Quota;
import tafel.sortition.QuotaConflict;
import tafel.sortition.QuotaConflicts;

/**
 * Use case {@code tafel lot}: from the respondents and the quotas, the fairest lottery over panels
 * (LEXIMIN, or the legacy greedy draw to compare), every respondent's chance, and — with a public
 * seed — the panel it draws and the reserves, in the order they are called.
 */
public final class DrawPanel {

    /** How the lottery is found. */
    public enum Method { LEXIMIN, GREEDY }

    /** How many times the greedy draw runs to estimate its chances. */
    public static final int GREEDY_RUNS = 10_000;

    private DrawPanel() {
    }

    /**
     * @param seed    the public seed, when the panel is to be drawn (else only the chances)
     * @param panel   the panel drawn, numbers into the pool, when a seed was given
     * @param reserves the reserves in the order they are called
     */
    public record Drawn(PanelSpec spec, Method method, Distribution distribution, double[] probabilities,
                        Optional<String> seed, Optional<int[]> panel, List<Integer> reserves) {
        public Drawn {
            probabilities = probabilities.clone();
            reserves = List.copyOf(reserves);
        }

        /** Per quota, how many of the drawn panel have its value (empty without a draw). */
        public Optional<int[]> seated() {
            return panel.map(people -> spec.quotas().stream().mapToInt(quota -> (int) Arrays.stream(people)
                    .filter(person -> quota.holdsFor(spec.pool().get(person))).count()).toArray());
        }

        /** Per quota, how many respondents have its value. */
        public int[] available() {
            return spec.quotas().stream().mapToInt(quota -> (int) spec.pool().stream().filter(quota::holdsFor).count()).toArray();
        }
    }

    /** The files read and checked: every problem told with file:line, exit 65 when a row cannot be used. */
    public static PanelSpec read(Notices notices, Path respondents, Path quotas, int size, Optional<String> household,
                                 int year) {
        if (size < 1) {
            throw TafelException.of(ExitCode.USAGE, "lot.size.invalid", size);
        }
        CsvInput quotaTable = InputFiles.csv(quotas);
        List<CsvProblem> problems = new ArrayList<>();
        QuotaRows.Read quotaRead = QuotaRows.read(quotaTable, problems);
        notices.requireUsable(problems, quotaTable.rows().size(), quotaRead.rejected());
        if (quotaRead.quotas().isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "lot.quota.none", quotas.toString());
        }
        CsvInput table = InputFiles.csv(respondents);
        List<CsvProblem> rowProblems = new ArrayList<>();
        RespondentRows.Read read = RespondentRows.read(table, quotaRead.quotas(), household, year, rowProblems);
        notices.requireUsable(rowProblems, table.rows().size(), read.rejected());
        return new PanelSpec(read.respondents(), quotaRead.quotas(), size, household.isPresent());
    }

    /**
     * @param progress told how many respondents' chances are settled (LEXIMIN) and how far the lottery is, as the work goes on
     * @throws TafelException exit 65 when the quotas cannot be met, every conflict told first
     */
    public static Drawn draw(Notices notices, PanelSpec spec, Method method, Optional<String> seed, int reserves,
                             tafel.sortition.LeximinProgress progress) {
        if (reserves < 0) {
            throw TafelException.of(ExitCode.USAGE, "lot.reserves.invalid", reserves);
        }
        List<QuotaConflict> conflicts = QuotaConflicts.of(spec);
        if (!conflicts.isEmpty()) {
            conflicts.forEach(conflict -> notices.problem(ConflictWords.of(conflict)));
            throw TafelException.of(ExitCode.BAD_DATA, "lot.infeasible").withHint("lot.infeasible.hint");
        }
        Distribution distribution = (method == Method.LEXIMIN ? Leximin.of(spec, progress)
                : LegacyGreedy.estimate(spec, GREEDY_RUNS))
                .orElseThrow(() -> TafelException.of(ExitCode.BAD_DATA, method == Method.GREEDY ? "lot.greedy.stuck"
                        : "lot.infeasible"));
        double[] probabilities = distribution.probabilities(spec.pool().size());
        Optional<int[]> panel = seed.map(text -> PublicDraw.members(distribution, text));
        List<Integer> called = panel.map(drawn -> PublicDraw.reserves(spec, drawn, reserves, seed.get())).orElse(List.of());
        if (panel.isPresent() && called.size() < reserves) {
            notices.say("lot.reserves.short", called.size(), reserves);
        }
        return new Drawn(spec, method, distribution, probabilities, seed, panel, called);
    }

    /** The quotas as the reader wrote them, for saying which one. */
    static String quota(Quota quota) {
        return quota.feature() + " " + quota.value();
    }
}
