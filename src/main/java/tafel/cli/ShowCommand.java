package tafel.cli;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.ShowAgenda;
import tafel.app.ShowAgenda.Shown;
import tafel.draaiboek.Agenda;
import tafel.draaiboek.AgendaEntry;
import tafel.draaiboek.Draaiboek;
import tafel.io.participants.BlockAssignments;
import tafel.presentation.AgendaViews;

/** {@code tafel show FILE}: the agenda with real clock times per block and sub-block. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false)
final class ShowCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @ParentCommand
    TafelCommand root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "show.file")
    String file;

    @Option(names = {"-s", "--start"}, paramLabel = "HH:MM", descriptionKey = "show.start")
    LocalTime start;

    @Option(names = {"-i", "--instructions"}, descriptionKey = "show.instructions")
    boolean instructions;

    @Mixin
    FormatOption format;

    private Map<String, List<BlockAssignments.Group>> assignments = Map.of();

    @Override
    public Integer call() {
        Console console = root.console();
        Shown shown = ShowAgenda.open(new ConsoleNotices(console), file, Optional.ofNullable(start));
        assignments = shown.assignments();
        String pause = console.text("show.pause");
        switch (format.format()) {
            case csv -> AgendaViews.csv(console.out(), shown.agenda(), pause);
            case json -> AgendaViews.json(console.out(), shown.draaiboek(), shown.agenda(), pause);
            default -> printForPeople(console, shown.draaiboek(), shown.agenda(), shown.clockKnown());
        }
        return ExitCode.OK;
    }

    private void printForPeople(Console console, Draaiboek draaiboek, Agenda agenda, boolean clockKnown) {
        var out = console.out();
        Style style = console.style();
        out.println(style.bold(draaiboek.title()));
        List<String> facts = new ArrayList<>();
        draaiboek.date().ifPresent(date -> facts.add(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(console.messages().locale()).format(date)));
        if (!draaiboek.location().isEmpty()) {
            facts.add(draaiboek.location());
        }
        if (!draaiboek.facilitators().isEmpty()) {
            facts.add(console.text("show.facilitators", String.join(", ", draaiboek.facilitators())));
        }
        if (!facts.isEmpty()) {
            out.println(String.join(" · ", facts));
        }
        printWrapped(out, console.text("show.audience"), draaiboek.audience());
        printWrapped(out, console.text("show.goal"), draaiboek.goal());
        out.println();

        TextTable table = new TextTable(List.of(console.text("show.col.code"), console.text("show.col.start"),
                console.text("show.col.end"), console.text("show.col.minutes"), console.text("show.col.title"),
                console.text("show.col.method")), false, false, false, true, false, false);
        for (AgendaEntry entry : agenda.entries()) {
            String indent = "  ".repeat(entry.depth());
            table.row(indent + entry.block().code(), CLOCK.format(entry.start()), CLOCK.format(entry.end()),
                    entry.minutes(), indent + title(console, entry), entry.workFormName());
        }
        table.print(out, style);
        out.println();
        out.println(style.bold(console.text("show.total", CLOCK.format(agenda.start()), CLOCK.format(agenda.end()),
                console.messages().minutes(agenda.totalMinutes()))));
        if (!clockKnown) {
            out.println(style.dim(console.text("show.noStart")));
        }
        if (instructions) {
            printInstructions(console, draaiboek, agenda);
        }
        out.flush();
    }

    private void printInstructions(Console console, Draaiboek draaiboek, Agenda agenda) {
        var out = console.out();
        for (AgendaEntry entry : agenda.entries()) {
            String description = entry.block().description();
            String text = draaiboek.instructionsOf(entry.block());
            List<String> grouped = AssignmentLines.of(console.messages(), assignments.getOrDefault(entry.block().code(), List.of()));
            if (description.isEmpty() && text.isEmpty() && entry.block().questions().isEmpty() && grouped.isEmpty()) {
                continue;
            }
            out.println();
            out.println(console.style().bold(entry.block().code() + "  " + title(console, entry)));
            if (!description.isEmpty()) {
                printWrapped(out, "", description);
            }
            if (!text.isEmpty()) {
                printWrapped(out, console.text("show.instructionsLabel"), text);
            }
            for (String question : entry.block().questions()) {
                printWrapped(out, "  ?", question);
            }
            grouped.forEach(out::println);
        }
    }

    private static String title(Console console, AgendaEntry entry) {
        return AgendaViews.title(entry, console.text("show.pause"));
    }

    /** Prints "Label: text" wrapped at 88 columns, continuation lines indented under the text. */
    static void printWrapped(PrintWriter out, String label, String text) {
        if (text.isBlank()) {
            return;
        }
        String prefix = label.isEmpty() ? "" : label + " ";
        String indent = " ".repeat(Math.min(prefix.length(), 12));
        for (String paragraph : text.strip().split("\n")) {
            StringBuilder line = new StringBuilder(prefix);
            boolean lineHasWords = false;
            for (String word : paragraph.strip().split("\\s+")) {
                if (lineHasWords && line.length() + 1 + word.length() > 88) {
                    out.println(line);
                    line = new StringBuilder(indent);
                    lineHasWords = false;
                }
                if (lineHasWords) {
                    line.append(' ');
                }
                line.append(word);
                lineHasWords = true;
            }
            out.println(line);
            prefix = indent;
        }
    }
}
