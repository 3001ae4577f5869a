package tafel.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.SessionRecord;
import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.io.SessionFolder;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;
import tafel.session.SessionEvent;
import tafel.session.SessionState;

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
        SessionFolder.Contents contents = SessionRecord.read(new ConsoleNotices(console), new SessionFolder(dir));
        Draaiboek draaiboek = SessionFolder.draaiboekOf(contents).orElseThrow();
        Map<String, List<SessionEvent.Note>> byBlock = new LinkedHashMap<>();
        for (int i = 0; i < draaiboek.blocks().size(); i++) {
            byBlock.put(SessionState.keyOf(draaiboek, i), new ArrayList<>());
        }
        contents.events().stream().filter(SessionEvent.Note.class::isInstance).map(SessionEvent.Note.class::cast)
                .forEach(note -> byBlock.get(note.block()).add(note));
        switch (format.format()) {
            case csv -> {
                try (CsvOutput csv = CsvOutput.machine(console.out(), "block", "part", "at", "tag", "text")) {
                    byBlock.forEach((block, notes) -> notes.forEach(note -> csv.row(block, note.part(),
                            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(note.at()), note.tag(), note.text())));
                }
                console.out().flush();
            }
            case json -> {
                JsonOutput json = new JsonOutput();
                ArrayNode blocks = json.array();
                byBlock.forEach((key, notes) -> {
                    ObjectNode block = blocks.addObject().put("block", key).put("title", title(console, draaiboek, key));
                    ArrayNode list = block.putArray("notes");
                    notes.forEach(note -> list.addObject().put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(note.at()))
                            .put("part", note.part()).put("tag", note.tag()).put("text", note.text()));
                });
                json.print(console.out(), blocks);
            }
            default -> printTable(console, draaiboek, byBlock);
        }
        return ExitCode.OK;
    }

    private static String title(Console console, Draaiboek draaiboek, String key) {
        Block block = draaiboek.blocks().get(SessionState.replay(draaiboek, List.of()).indexOf(key));
        return block.title().isEmpty() ? console.text("show.pause") : block.title();
    }

    private void printTable(Console console, Draaiboek draaiboek, Map<String, List<SessionEvent.Note>> byBlock) {
        var out = console.out();
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
        int total = 0;
        for (Map.Entry<String, List<SessionEvent.Note>> entry : byBlock.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            out.println(console.style().bold(entry.getKey() + "  " + title(console, draaiboek, entry.getKey())));
            for (SessionEvent.Note note : entry.getValue()) {
                String label = (note.part().isEmpty() ? "" : note.part() + " ")
                        + (note.tag().isEmpty() ? "" : "[" + note.tag() + "] ");
                out.println("  " + clock.format(note.at()) + "  " + label + note.text());
                total++;
            }
            out.println();
        }
        out.println(console.text("notes.total", total));
        out.flush();
    }
}
