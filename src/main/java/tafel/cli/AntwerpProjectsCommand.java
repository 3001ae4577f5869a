package tafel.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.Money;
import tafel.antwerp.Project;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeCatalogue;
import tafel.app.AntwerpProcess;
import tafel.app.ProjectEntries;
import tafel.app.ExitCode;
import tafel.app.InputFiles;
import tafel.app.TableEntry;
import tafel.app.TafelException;
import tafel.presentation.OutcomeViews;
import tafel.io.antwerp.CsvProblem;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.antwerp.ProjectRows;
import tafel.io.csv.CsvInput;
import tafel.io.csv.CsvOutput;
import tafel.terminal.AntwerpEntry;
import tafel.text.Phrase;

/**
 * {@code tafel antwerp projects DIR}: the submitted projects and online votes (copied into the
 * folder), and each table's favourite projects per round.
 */
@Command(name = "projects", mixinStandardHelpOptions = true, sortOptions = false)
final class AntwerpProjectsCommand implements Callable<Integer> {

    @ParentCommand
    AntwerpCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "antwerp.dir")
    Path dir;

    @Option(names = "--projects", paramLabel = "FILE", descriptionKey = "antwerp.projects.projects")
    Path projectsFile;

    @Option(names = "--online-votes", paramLabel = "FILE", descriptionKey = "antwerp.projects.online")
    Path onlineVotes;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "antwerp.projects.input")
    Path input;

    @Option(names = "--round", defaultValue = "1", paramLabel = "ROUND", descriptionKey = "antwerp.projects.round")
    String round;

    @Option(names = "--undo", paramLabel = "ENTRY", descriptionKey = "antwerp.undo")
    Integer undo;

    @Override
    public Integer call() throws IOException {
        Console console = parent.console();
        ProcessFolder folder = new ProcessFolder(dir);
        // A new projects file is checked against the folder before the folder is opened, so it can
        // also repair a folder whose stored files no longer agree with each other.
        AntwerpProcess process = projectsFile != null ? copyProjects(console, folder) : AntwerpProcess.open(new ConsoleNotices(console), folder);
        if (onlineVotes != null) {
            CsvInput table = InputFiles.csv(onlineVotes);
            process = AntwerpProcess.replace(new ConsoleNotices(console), folder, ProcessFolder.ONLINE_VOTES, onlineVotes.toString(),
                    Files.readAllBytes(onlineVotes));
            console.say("antwerp.projects.online", table.rows().size());
        }
        if (undo != null) {
            AntwerpUndo.undo(console, process, undo, parent.environment());
            new AntwerpResultsCommand.ResultsPrinter(console, process).table(process.outcome(),
                    OutcomeViews.Step.projects, false);
            return ExitCode.OK;
        }
        AntwerpOutcome outcome = process.outcome();
        if (outcome.budgets().isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.projects.noBudget").withHint("antwerp.projects.noBudget.hint", dir.toString());
        }
        Map<String, Project> ballot = ProjectEntries.ballot(outcome);
        AntwerpProcess current = process;
        AntwerpResultsCommand.ResultsPrinter printer = new AntwerpResultsCommand.ResultsPrinter(console, process);
        if (input != null) {
            TableEntry.Batch saved = ProjectEntries.enterAll(process, ballot, input, round, parent.environment().now(),
                    new ConsoleNotices(console));
            console.say("antwerp.projects.read", saved.tables(), saved.rows(), input.toString());
        } else if (projectsFile == null && onlineVotes == null) {
            List<String> completions = new ArrayList<>();
            ballot.values().forEach(project -> completions.add(project.id()));
            new AntwerpEntry(console.messages(), console.out()).projects(completions, round,
                    current.rules().projectsPerTable(), line -> EntryLines.of(console, ProjectEntries.enter(current, ballot, round, line.table(),
                            line.items(), parent.environment().now())),
                    () -> new AntwerpResultsCommand.ResultsPrinter(console, current).table(current.outcome(),
                            OutcomeViews.Step.projects, false));
            return ExitCode.OK;
        }
        printer.table(process.outcome(), OutcomeViews.Step.projects, false);
        return ExitCode.OK;
    }

    /** Checks the projects file and keeps a normalised copy (theme ids from the catalogue, UTF-8, commas). */
    private AntwerpProcess copyProjects(Console console, ProcessFolder folder) {
        ThemeCatalogue catalogue = AntwerpProcess.unchecked(folder).catalogue();
        CsvInput table = InputFiles.csv(projectsFile);
        List<CsvProblem> problems = new ArrayList<>();
        ProjectRows.Read read = ProjectRows.read(table, false, problems);
        int rejected = read.rejected();
        StringWriter copy = new StringWriter();
        try (CsvOutput csv = CsvOutput.machine(copy, "id", "title", "theme", "cost", "submitter", "feasible", "conditions")) {
            for (ProjectRows.Row row : read.rows()) {
                Optional<Theme> theme = catalogue.find(row.project().theme());
                if (theme.isEmpty()) {
                    rejected++;
                    problems.add(new CsvProblem(projectsFile.toString(), row.line(), catalogue
                            .suggest(row.project().theme())
                            .map(close -> Phrase.of("entry.theme.unknown.closest", row.project().theme(), close))
                            .orElse(Phrase.of("entry.theme.unknown", row.project().theme()))));
                    continue;
                }
                Project project = row.project();
                csv.row(project.id(), project.title(), theme.get().id(), Money.plain(project.cost()), project.submitter(),
                        project.feasible() ? "yes" : "no", project.conditions());
            }
        }
        CsvReports.check(console, problems, table.rows().size(), rejected);
        AntwerpProcess replaced = AntwerpProcess.replace(new ConsoleNotices(console), folder, ProcessFolder.PROJECTS, projectsFile.toString(),
                copy.toString().getBytes(StandardCharsets.UTF_8));
        console.say("antwerp.projects.copied", read.rows().size(), projectsFile.toString());
        return replaced;
    }
}
