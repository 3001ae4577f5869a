package tafel.cli;

import java.io.IOException;
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
import tafel.antwerp.ProcessStep;
import tafel.antwerp.Project;
import tafel.app.AntwerpProcess;
import tafel.app.ProjectEntries;
import tafel.app.ExitCode;
import tafel.app.TableEntry;
import tafel.app.TafelException;
import tafel.app.WriteAccess;
import tafel.app.TakeInOnline;
import tafel.app.TakeInProjects;
import tafel.presentation.OutcomeViews;
import tafel.io.antwerp.ProcessFolder;
import tafel.terminal.AntwerpEntry;
import tafel.web.RoomClient;

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

    @Option(names = "--online-votes", paramLabel = "FILE", descriptionKey = "antwerp.projects.onlineOption")
    Path onlineVotes;

    @Option(names = "--jury", paramLabel = "FILE", descriptionKey = "antwerp.projects.juryOption")
    Path jury;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "antwerp.projects.input")
    Path input;

    @Option(names = "--round", defaultValue = "1", paramLabel = "ROUND", descriptionKey = "antwerp.projects.round")
    String round;

    @Option(names = "--undo", paramLabel = "ENTRY", descriptionKey = "antwerp.undo")
    Integer undo;

    @Option(names = "--tables", paramLabel = "N", descriptionKey = "antwerp.entry.tables")
    Integer tables;

    @Override
    public Integer call() throws IOException {
        // while the room's server runs it is the one writer: the prompt and --undo go through it
        Optional<RoomClient> room = EntryLines.room(dir, parent.console(),
                input == null && projectsFile == null && onlineVotes == null && jury == null);
        if (room.isPresent()) {
            return enter(parent.console(), room);
        }
        // one writer per folder for as long as this runs: two would interleave the journal
        try (WriteAccess.Claim claim = WriteAccess.claim(dir, "antwerp projects", parent.environment().now())) {
            return enter(parent.console(), room);
        }
    }

    private Integer enter(Console console, Optional<RoomClient> room) throws IOException {
        ProcessFolder folder = new ProcessFolder(dir);
        // A new projects file is checked against the folder before the folder is opened, so it can
        // also repair a folder whose stored files no longer agree with each other.
        ConsoleNotices notices = new ConsoleNotices(console);
        AntwerpProcess process = EntryLines.forEvening(projectsFile != null
                ? TakeInProjects.copy(notices, folder, projectsFile) : AntwerpProcess.open(notices, folder), tables);
        if (jury != null) {
            process = EntryLines.forEvening(TakeInOnline.jury(new ConsoleNotices(console), folder, jury), tables);
        }
        if (onlineVotes != null) {
            process = EntryLines.forEvening(TakeInOnline.votes(new ConsoleNotices(console), folder, onlineVotes), tables);
        }
        if (undo != null) {
            AntwerpUndo.undo(console, process, undo, ProcessStep.PROJECTS, parent.environment(), room);
            AntwerpProcess now = EntryLines.now(process, room, tables);
            new OutcomeTables(console, now).table(now.outcome(), OutcomeViews.Step.projects, false);
            return ExitCode.OK;
        }
        if (process.direct()) {
            // the plans are read here; the tables place chips on them in the budget step
            if (projectsFile == null) {
                throw TafelException.of(ExitCode.BAD_DATA, "antwerp.direct.noStep", dir.toString());
            }
            new OutcomeTables(console, process).budget(process.outcome(), false);
            return ExitCode.OK;
        }
        AntwerpOutcome outcome = process.outcome();
        if (outcome.budgets().isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.projects.noBudget").withHint("antwerp.projects.noBudget.hint", dir.toString());
        }
        Map<String, Project> ballot = ProjectEntries.ballot(outcome);
        AntwerpProcess current = process;
        OutcomeTables printer = new OutcomeTables(console, process);
        if (input != null) {
            EntryLines.sayWhenUnchecked(console, process);
            TableEntry.Batch saved = ProjectEntries.enterAll(process, ballot, input, round, parent.environment().now(),
                    new ConsoleNotices(console));
            console.say("antwerp.projects.read", saved.tables(), saved.rows(), input.toString());
        } else if (projectsFile == null && onlineVotes == null && jury == null) {
            EntryLines.sayWhenUnchecked(console, process);
            List<String> completions = new ArrayList<>();
            ballot.values().forEach(project -> completions.add(project.id()));
            new AntwerpEntry(console.messages(), console.out()).projects(completions, round,
                    current.rules().projectsPerTable(), EntryLines.desk(console, current,
                            ProcessStep.PROJECTS, parent.environment(), room, round, (line, replace) -> ProjectEntries.enter(
                                    current, ballot, round, line.table(), line.items(), parent.environment().now(), replace)),
                    () -> {
                        AntwerpProcess now = EntryLines.now(current, room, tables);
                        new OutcomeTables(console, now).table(now.outcome(), OutcomeViews.Step.projects, false);
                    });
            return ExitCode.OK;
        }
        printer.table(process.outcome(), OutcomeViews.Step.projects, false);
        return ExitCode.OK;
    }
}
