package tafel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;
import tafel.app.DrawPanel;
import tafel.app.ExitCode;
import tafel.app.KeepDraw;
import tafel.i18n.Decimals;
import tafel.presentation.PanelViews;
import tafel.sortition.LeximinProgress;
import tafel.sortition.PanelSpec;
import tafel.sortition.PublicDraw;
import tafel.sortition.Quota;

/** {@code tafel lot}: a panel drawn by lot from the respondents, within the quotas, as fairly as they allow. */
@Command(name = "lot", mixinStandardHelpOptions = true, sortOptions = false, subcommands = LotReplaceCommand.class)
final class LotCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Option(names = "--respondents", paramLabel = "FILE", descriptionKey = "lot.respondents")
    Path respondents;

    @Option(names = "--quotas", paramLabel = "FILE", descriptionKey = "lot.quotas")
    Path quotas;

    @Option(names = "--size", paramLabel = "N", descriptionKey = "lot.size")
    Integer size;

    @Option(names = "--reserves", defaultValue = "0", paramLabel = "R", descriptionKey = "lot.reserves")
    int reserves;

    @Option(names = "--seed", paramLabel = "TEXT", descriptionKey = "lot.seed")
    String seed;

    @Option(names = "--method", defaultValue = "leximin", paramLabel = "leximin|greedy", converter = MethodConverter.class,
            descriptionKey = "lot.method")
    DrawPanel.Method method;

    @Option(names = "--one-per-household", paramLabel = "COLUMN", descriptionKey = "lot.household")
    String household;

    @Option(names = "--save", paramLabel = "DIR", descriptionKey = "lot.save")
    Path save;

    @Option(names = "--witness", paramLabel = "NAME", descriptionKey = "lot.witness")
    List<String> witnesses = new java.util.ArrayList<>();

    @Mixin
    ListOutputOptions listOutput;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Console console = root.console();
        // required here, not to picocli, so that "tafel lot replace" does not ask for them
        if (respondents == null || quotas == null || size == null) {
            throw new ParameterException(spec.commandLine(), console.text("lot.required"));
        }
        if (save != null && (seed == null || seed.isBlank())) {
            throw new ParameterException(spec.commandLine(), console.text("lot.save.seed"));
        }
        listOutput.check(respondents, quotas);
        if (save != null) {
            KeepDraw.requireFree(save);
        }
        ConsoleNotices notices = new ConsoleNotices(console);
        PanelSpec spec = DrawPanel.read(notices, respondents, quotas, size, Optional.ofNullable(household),
                root.environment().now().getYear());
        DrawPanel.Drawn drawn = DrawPanel.draw(notices, spec, method, Optional.ofNullable(seed).filter(text -> !text.isBlank()),
                reserves, progress(console, spec.pool().size()));
        if (save != null) {
            KeepDraw.save(save, respondents, quotas, drawn, root.environment().now(), Optional.ofNullable(household), witnesses);
        }
        listOutput.write(console, (out, forExcel) -> PanelViews.csv(out, drawn, forExcel), out -> PanelViews.json(out, drawn),
                out -> table(console, out, drawn), respondents, quotas);
        summary(console, drawn);
        if (save != null) {
            console.say("lot.saved", save.toString());
        }
        return ExitCode.OK;
    }

    /**
     * On a terminal, one line that counts the settled chances, or how far the lottery that gives
     * them is; elsewhere nothing, so logs stay clean.
     */
    private LeximinProgress progress(Console console, int people) {
        if (!root.environment().terminal()) {
            return settled -> { };
        }
        return new LeximinProgress() {
            private int shown;

            @Override
            public void settled(int settled) {
                show(console.text("lot.progress", settled, people));
                if (settled == people) {
                    console.err().println();
                    console.err().flush();
                    shown = 0;
                }
            }

            @Override
            public void reached(double share) {
                show(console.text("lot.progress.lottery", Math.floor(share * 1000) / 10));
            }

            /** Over the line before, with spaces where it was longer. */
            private void show(String line) {
                console.err().print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
                shown = line.length();
                console.err().flush();
            }
        };
    }

    private void table(Console console, PrintWriter out, DrawPanel.Drawn drawn) {
        var pool = drawn.spec().pool();
        if (drawn.panel().isPresent()) {
            out.println(console.style().bold(console.text("lot.panel", drawn.spec().size())));
            out.println("  " + String.join(", ", Arrays.stream(drawn.panel().get()).mapToObj(person -> pool.get(person).id()).toList()));
            if (!drawn.reserves().isEmpty()) {
                out.println(console.style().bold(console.text("lot.reservesCalled")));
                out.println("  " + String.join(", ", drawn.reserves().stream().map(person -> pool.get(person).id()).toList()));
            }
            out.println();
        }
        out.println(console.style().bold(console.text("lot.quotasHeading")));
        TextTable table = new TextTable(List.of(console.text("lot.col.feature"), console.text("lot.col.value"),
                console.text("lot.col.min"), console.text("lot.col.max"), console.text("lot.col.panel"),
                console.text("lot.col.respondents"), console.text("lot.col.chance")), false, false, true, false);
        int[] available = drawn.available();
        int[] seated = drawn.seated().orElse(null);
        for (int q = 0; q < drawn.spec().quotas().size(); q++) {
            Quota quota = drawn.spec().quotas().get(q);
            double mean = Arrays.stream(drawn.spec().members()[q]).mapToDouble(person -> drawn.probabilities()[person])
                    .average().orElse(0);
            table.row(quota.feature(), quota.value(), quota.min(), quota.max(), seated == null ? "" : seated[q], available[q],
                    Decimals.display(PanelViews.chance(mean), console.messages().locale()));
        }
        table.print(out, console.style());
        out.println();
    }

    private static void summary(Console console, DrawPanel.Drawn drawn) {
        double[] chances = drawn.probabilities().clone();
        Arrays.sort(chances);
        Locale locale = console.messages().locale();
        double least = chances[0];
        long atLeast = Arrays.stream(chances).filter(chance -> PanelViews.chance(chance).equals(PanelViews.chance(least))).count();
        console.say(drawn.method() == DrawPanel.Method.LEXIMIN ? "lot.summary.leximin" : "lot.summary.greedy",
                drawn.spec().size(), drawn.spec().pool().size(), Decimals.display(PanelViews.chance(least), locale), atLeast,
                Decimals.display(PanelViews.chance(chances[chances.length / 2]), locale),
                Decimals.display(PanelViews.chance(chances[chances.length - 1]), locale), DrawPanel.GREEDY_RUNS);
        if (drawn.seed().isPresent()) {
            console.say("lot.seedUsed", drawn.seed().get(), PublicDraw.normal(drawn.seed().get()),
                    PublicDraw.ticket(drawn.seed().get()), drawn.distribution().panels().size());
            if (!drawn.distribution().interchangeable().isEmpty()) {
                console.say("lot.seedUsed.interchangeable", drawn.distribution().interchangeable().size());
            }
        } else {
            console.say("lot.noSeed");
        }
    }

    /** Reads leximin or greedy. */
    static final class MethodConverter implements ITypeConverter<DrawPanel.Method> {
        @Override
        public DrawPanel.Method convert(String value) {
            try {
                return DrawPanel.Method.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new TypeConversionException("leximin or greedy");
            }
        }
    }
}
