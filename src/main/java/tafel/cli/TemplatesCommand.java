package tafel.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.TemplateSummaries;
import tafel.app.TemplateSummaries.Summary;
import tafel.presentation.TemplateViews;

/** {@code tafel templates}: the built-in draaiboeken, with title and length. */
@Command(name = "templates", mixinStandardHelpOptions = true, sortOptions = false)
final class TemplatesCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Console console = root.console();
        List<Summary> summaries = TemplateSummaries.all();
        switch (format.format()) {
            case csv -> TemplateViews.csv(console.out(), summaries);
            case json -> TemplateViews.json(console.out(), summaries);
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
}
