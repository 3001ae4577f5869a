package tafel.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.SessionOverview;
import tafel.presentation.SessionViews;
import tafel.session.SessionEvent;

/** {@code tafel notes DIR}: every note of a session, grouped by block in the order of the draaiboek. */
@Command(name = "notes", mixinStandardHelpOptions = true, sortOptions = false)
final class NotesCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "status.dir")
    Path dir;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Console console = root.console();
        SessionOverview session = SessionOverview.read(new ConsoleNotices(console), dir, root.environment().clock());
        String pause = console.text("show.pause");
        switch (format.format()) {
            case csv -> SessionViews.notesCsv(console.out(),
                    session.notesByBlock().values().stream().flatMap(List::stream).toList(), text -> text,
                    tafel.presentation.CsvWords.machine());
            case json -> SessionViews.notesJson(console.out(), session, pause);
            default -> printTable(console, session, pause);
        }
        return ExitCode.OK;
    }

    private void printTable(Console console, SessionOverview session, String pause) {
        var out = console.out();
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
        int total = 0;
        for (Map.Entry<String, List<SessionEvent.Note>> entry : session.notesByBlock().entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            out.println(console.style().bold(entry.getKey() + "  " + session.title(entry.getKey(), pause)));
            for (SessionEvent.Note note : entry.getValue()) {
                String label = (note.part().isEmpty() ? "" : note.part() + " ")
                        + (note.tag().isEmpty() ? "" : "[" + console.messages().tag(note.tag()) + "] ");
                out.println("  " + clock.format(note.at()) + "  " + label + note.text());
                total++;
            }
            out.println();
        }
        out.println(console.text("notes.total", total));
        out.flush();
    }
}
