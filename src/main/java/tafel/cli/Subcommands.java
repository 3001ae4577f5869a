package tafel.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;

/**
 * The subcommands of {@code tafel}, in the order help lists them. Only the ones a command line
 * needs are registered: picocli builds its model of a command by reflection, and doing that for
 * all of them would cost more start-up time than a quick command itself.
 */
final class Subcommands {

    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("templates", TemplatesCommand::new);
        ALL.put("new", NewCommand::new);
        ALL.put("validate", ValidateCommand::new);
        ALL.put("show", ShowCommand::new);
        ALL.put("run", RunCommand::new);
        ALL.put("status", StatusCommand::new);
        ALL.put("notes", NotesCommand::new);
        ALL.put("antwerp", AntwerpCommand::new);
        ALL.put("projects", ProjectsCommand::new);
        ALL.put("match", MatchCommand::new);
        ALL.put("tables", TablesCommand::new);
        ALL.put("lot", LotCommand::new);
        ALL.put("report", ReportCommand::new);
        ALL.put("cards", CardsCommand::new);
        ALL.put("plan", PlanCommand::new);
        ALL.put("export", ExportCommand::new);
    }

    private Subcommands() {
    }

    /**
     * Registers the subcommand the arguments name; all of them when none is named (for help, or
     * to suggest the closest one to a typo); none for a bare {@code --version}.
     */
    static void register(CommandLine commandLine, String... args) {
        String named = null;
        boolean versionOnly = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--lang")) {
                i++;
                continue;
            }
            if (arg.equals("--version") || arg.equals("-V")) {
                versionOnly = true;
                continue;
            }
            if (!arg.startsWith("-")) {
                named = arg;
                break;
            }
        }
        if (named != null && ALL.containsKey(named)) {
            commandLine.addSubcommand(named, ALL.get(named).get());
        } else if (!(versionOnly && named == null)) {
            ALL.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
    }
}
