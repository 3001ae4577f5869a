package tafel.cli;

import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.draaiboek.Draaiboek;
import tafel.io.DraaiboekLoader;
import tafel.io.DraaiboekSource;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;
import tafel.templates.TemplateCatalog;

/** {@code tafel templates}: the built-in draaiboeken, with title and length. */
@Command(name = "templates", mixinStandardHelpOptions = true, sortOptions = false)
final class TemplatesCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Mixin
    FormatOption format;

    private record Summary(String name, String title, int minutes, int blocks) {
    }

    @Override
    public Integer call() {
        Console console = root.console();
        List<Summary> summaries = TemplateCatalog.NAMES.stream().map(TemplatesCommand::summarise).toList();
        switch (format.format()) {
            case csv -> {
                try (CsvOutput csv = CsvOutput.machine(console.out(), "name", "title", "minutes", "blocks")) {
                    summaries.forEach(item -> csv.row(item.name(), item.title(), item.minutes(), item.blocks()));
                }
                console.out().flush();
            }
            case json -> {
                JsonOutput json = new JsonOutput();
                ArrayNode list = json.array();
                summaries.forEach(item -> list.addObject().put("name", item.name()).put("title", item.title())
                        .put("minutes", item.minutes()).put("blocks", item.blocks()));
                json.print(console.out(), list);
            }
            default -> {
                TextTable table = new TextTable(List.of(console.text("templates.col.name"),
                        console.text("templates.col.minutes"), console.text("templates.col.title")), false, true, false);
                summaries.forEach(item -> table.row(item.name(), item.minutes(), item.title()));
                table.print(console.out(), console.style());
                console.out().println();
                console.out().println(console.text("templates.footer"));
                console.out().flush();
            }
        }
        return ExitCode.OK;
    }

    private static Summary summarise(String name) {
        DraaiboekSource source = new DraaiboekSource(name, TemplateCatalog.text(name), java.util.Optional.empty(), false);
        Draaiboek draaiboek = DraaiboekLoader.load(source).draaiboek()
                .orElseThrow(() -> new IllegalStateException("built-in template does not parse: " + name));
        return new Summary(name, draaiboek.title(), draaiboek.totalMinutes(), draaiboek.blocks().size());
    }
}
