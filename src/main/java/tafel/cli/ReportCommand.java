package tafel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.SessionRecord;
import tafel.draaiboek.Draaiboek;
import tafel.io.SessionFolder;
import tafel.io.antwerp.ProcessFolder;
import tafel.report.Anonymiser;
import tafel.report.AntwerpReport;
import tafel.report.SessionReport;

/** {@code tafel report DIR -o report.pdf}: the PDF report of a session folder or an Antwerp process folder. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "report.dir")
    Path dir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf", descriptionKey = "report.output")
    Path output;

    @Option(names = "--anonymise", descriptionKey = "report.anonymise")
    boolean anonymise;

    @Override
    public Integer call() throws IOException {
        Console console = root.console();
        OutputTarget.check(output, dir);
        OffsetDateTime now = OffsetDateTime.now(root.environment().clock());
        byte[] pdf;
        if (new ProcessFolder(dir).exists()) {
            AntwerpProcess process = AntwerpProcess.open(new ConsoleNotices(console), new ProcessFolder(dir));
            Map<String, String> names = new LinkedHashMap<>();
            process.contents().catalogue().themes().forEach(theme -> names.put(theme.id(), theme.name()));
            pdf = AntwerpReport.render(process.contents().title(), process.rules(), process.outcome(), names,
                    process.state(), console.messages(), now);
        } else {
            SessionFolder folder = new SessionFolder(dir);
            SessionFolder.Contents contents = SessionRecord.read(new ConsoleNotices(console), folder);
            Draaiboek draaiboek = SessionFolder.draaiboekOf(contents).orElseThrow();
            List<SessionReport.Attendee> attendees = SessionParticipants.of(console, draaiboek, dir);
            Anonymiser anonymiser = SessionParticipants.anonymiser(console, draaiboek, dir, anonymise);
            pdf = SessionReport.render(draaiboek, contents.events(), attendees, console.messages(), anonymiser, now);
        }
        OutputTarget.write(console, output, pdf, dir);
        return ExitCode.OK;
    }
}
