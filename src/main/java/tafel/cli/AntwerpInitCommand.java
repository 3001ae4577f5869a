package tafel.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.Leftover;
import tafel.antwerp.Money;
import tafel.antwerp.Theme;
import tafel.antwerp.TieRule;
import tafel.antwerp.WithinTheme;
import tafel.app.ExitCode;
import tafel.app.InputFiles;
import tafel.app.TafelException;
import tafel.io.antwerp.CatalogueRows;
import tafel.io.antwerp.CsvProblem;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.csv.Amounts;
import tafel.io.csv.CsvInput;
import tafel.io.csv.CsvOutput;

/** {@code tafel antwerp init DIR}: a process folder with its rules and theme catalogue. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpInitCommand implements Callable<Integer> {

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = "--budget", required = true, paramLabel = "AMOUNT", descriptionKey = "antwerp.init.budget")
    String budget;

    @Option(names = "--themes", required = true, paramLabel = "FILE", descriptionKey = "antwerp.init.themes")
    Path themes;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "antwerp.init.title")
    String title = "Burgerbegroting";

    @Option(names = "--themes-per-table", defaultValue = "5", paramLabel = "N", descriptionKey = "antwerp.init.themesPerTable")
    int themesPerTable;

    @Option(names = "--top", defaultValue = "12", paramLabel = "K", descriptionKey = "antwerp.init.top")
    int top;

    @Option(names = "--unit", defaultValue = "1", paramLabel = "U", descriptionKey = "antwerp.init.unit")
    String unit;

    @Option(names = "--projects-per-table", defaultValue = "5", paramLabel = "P", descriptionKey = "antwerp.init.projectsPerTable")
    int projectsPerTable;

    @Option(names = "--online-weight", defaultValue = "0.2", paramLabel = "W", descriptionKey = "antwerp.init.onlineWeight")
    BigDecimal onlineWeight;

    @Option(names = "--small-project-limit", paramLabel = "AMOUNT", descriptionKey = "antwerp.init.smallLimit")
    String smallProjectLimit;

    @Option(names = "--small-project-factor", defaultValue = "1", paramLabel = "F", descriptionKey = "antwerp.init.smallFactor")
    BigDecimal smallProjectFactor;

    @Option(names = "--within-theme", defaultValue = "skip", paramLabel = "skip|stop", descriptionKey = "allocate.within")
    WithinTheme withinTheme;

    @Option(names = "--leftover", defaultValue = "none", paramLabel = "none|pool", descriptionKey = "allocate.leftover")
    Leftover leftover;

    @Option(names = "--tie-rule", defaultValue = "facilitator", paramLabel = "include-all|facilitator|lot",
            converter = TieRuleConverter.class, descriptionKey = "antwerp.init.tieRule")
    TieRule tieRule;

    @Option(names = "--seed", paramLabel = "NUMBER", descriptionKey = "antwerp.init.seed")
    Long seed;

    @Override
    public Integer call() throws IOException {
        Console console = parent.console();
        ProcessFolder folder = new ProcessFolder(dir);
        if (folder.exists()) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "antwerp.init.exists", dir.toString());
        }
        long budgetCents = Amounts.cents(budget).filter(cents -> cents > 0)
                .orElseThrow(() -> TafelException.of(ExitCode.USAGE, "allocate.budget.invalid", budget));
        long unitCents = Amounts.cents(unit).filter(cents -> cents > 0)
                .orElseThrow(() -> TafelException.of(ExitCode.USAGE, "allocate.budget.invalid", unit));
        if (budgetCents % unitCents != 0) {
            throw TafelException.of(ExitCode.USAGE, "rules.budget.unit");
        }
        if (onlineWeight.signum() < 0 || onlineWeight.compareTo(BigDecimal.ONE) > 0) {
            throw TafelException.of(ExitCode.USAGE, "rules.fraction", "--online-weight", onlineWeight.toPlainString());
        }
        CsvInput table = InputFiles.csv(themes);
        List<CsvProblem> problems = new ArrayList<>();
        CatalogueRows.Read catalogue = CatalogueRows.read(table, problems);
        CsvReports.check(console, problems, table.rows().size(), catalogue.rejected());
        if (catalogue.catalogue().themes().size() < themesPerTable) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.init.fewThemes", catalogue.catalogue().themes().size(),
                    themesPerTable);
        }
        long lotSeed = seed != null ? seed : parent.environment().clock().millis();
        StringWriter copy = new StringWriter();
        try (CsvOutput csv = CsvOutput.machine(copy, "id", "name", "description")) {
            for (Theme theme : catalogue.catalogue().themes()) {
                csv.row(theme.id(), theme.name(), theme.description());
            }
        }
        String rules = console.messages().get("antwerp.rules.yaml", title.replace("\"", "\\\""), Money.plain(budgetCents), Money.plain(unitCents),
                themesPerTable, top, tieRule.configName(), Long.toString(lotSeed), projectsPerTable,
                onlineWeight.toPlainString(), smallProjectLimit == null ? "" : smallProjectLimit,
                smallProjectFactor.toPlainString(), withinTheme.name().toLowerCase(java.util.Locale.ROOT),
                leftover.name().toLowerCase(java.util.Locale.ROOT));
        try {
            folder.create(rules, copy.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", dir.toString(), String.valueOf(failed.getMessage()));
        }
        console.say("antwerp.init.done", dir.toString(), catalogue.catalogue().themes().size(),
                Money.display(budgetCents, console.messages().locale()));
        return ExitCode.OK;
    }
}
