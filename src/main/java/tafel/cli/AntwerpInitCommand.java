package tafel.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tafel.antwerp.Leftover;
import tafel.antwerp.Money;
import tafel.antwerp.RulePreset;
import tafel.antwerp.TieRule;
import tafel.antwerp.WithinTheme;
import tafel.app.ExitCode;
import tafel.app.StartProcess;
import tafel.app.TafelException;
import tafel.io.antwerp.ProcessFolder;

/** {@code tafel antwerp init DIR}: a process folder with its rules and theme catalogue. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpInitCommand implements Callable<Integer> {

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = "--budget", required = true, paramLabel = "AMOUNT", descriptionKey = "antwerp.init.budget")
    String budget;

    @Option(names = "--themes", paramLabel = "FILE", descriptionKey = "antwerp.init.themes")
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

    @Option(names = "--tables", paramLabel = "N", descriptionKey = "antwerp.init.tables")
    Integer tables;

    @Option(names = "--roster", paramLabel = "FILE", descriptionKey = "antwerp.init.roster")
    Path roster;

    @Option(names = "--preset", paramLabel = "NAME", descriptionKey = "antwerp.init.preset")
    String preset;

    @Spec
    CommandSpec spec;

    /** The options that write a key a preset may also set. */
    private static final Map<String, String> KEY_OF_OPTION = Map.of("--online-weight", "online_weight",
            "--small-project-limit", "small_project_limit", "--small-project-factor", "small_project_factor",
            "--within-theme", "within_theme", "--leftover", "leftover", "--projects-per-table", "projects_per_table");

    @Override
    public Integer call() {
        Console console = parent.console();
        Optional<RulePreset> practice = Optional.ofNullable(preset).map(name -> RulePreset.named(name).orElseThrow(() ->
                TafelException.of(ExitCode.USAGE, "antwerp.init.presetUnknown", name,
                        String.join(", ", Arrays.stream(RulePreset.values()).map(RulePreset::configName).toList()))));
        Set<String> given = new HashSet<>();
        KEY_OF_OPTION.forEach((option, key) -> {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                given.add(key);
            }
        });
        StartProcess.Settings settings = new StartProcess.Settings(title, budget, unit, themesPerTable, top,
                projectsPerTable, onlineWeight, smallProjectLimit, smallProjectFactor, withinTheme, leftover, tieRule,
                seed != null ? seed : parent.environment().clock().millis(), Optional.ofNullable(tables), Optional.ofNullable(roster),
                practice, given);
        StartProcess.Started started = StartProcess.start(new ProcessFolder(dir), Optional.ofNullable(themes), settings, console.messages(),
                new ConsoleNotices(console));
        if (practice.filter(RulePreset::direct).isPresent()) {
            console.say("antwerp.init.done.plans", dir.toString(), Money.display(started.budgetCents(), console.messages().locale()));
        } else {
            console.say("antwerp.init.done", dir.toString(), started.themes(),
                    Money.display(started.budgetCents(), console.messages().locale()));
        }
        return ExitCode.OK;
    }
}
