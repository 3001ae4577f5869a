package tafel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.DraaiboekFiles;
import tafel.app.DraaiboekFiles.Checked;
import tafel.app.ExitCode;
import tafel.draaiboek.Finding;
import tafel.io.LoadedDraaiboek;
import tafel.presentation.FindingViews;

/** {@code tafel validate FILE...}: every problem of every file, at once, with its position. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    List<String> files = new ArrayList<>();

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Console console = root.console();
        List<Checked> checked = DraaiboekFiles.check(files);
        switch (format.format()) {
            case csv -> FindingViews.csv(console.out(), checked, console.messages());
            case json -> FindingViews.json(console.out(), checked, console.messages());
            default -> printForPeople(console, checked);
        }
        if (checked.stream().anyMatch(item -> item.unreadable().isPresent())) {
            return ExitCode.NO_INPUT;
        }
        return checked.stream().allMatch(Checked::valid) ? ExitCode.OK : ExitCode.BAD_DATA;
    }

    private void printForPeople(Console console, List<Checked> checked) {
        Diagnostics diagnostics = new Diagnostics(console);
        for (Checked item : checked) {
            if (item.unreadable().isPresent()) {
                console.err().println(item.file() + ": " + console.style().error("error") + ": "
                        + console.messages().get(item.unreadable().get().phrase()));
                continue;
            }
            LoadedDraaiboek loaded = item.loaded().orElseThrow();
            diagnostics.print(item.file(), loaded.findings());
            long errors = loaded.findings().stream().filter(Finding::isError).count();
            long warnings = loaded.findings().size() - errors;
            String summary = console.text(errors == 0 ? "validate.ok" : "validate.failed", item.file(), errors, warnings);
            console.out().println(errors == 0 ? summary : console.style().error(summary));
        }
        console.out().flush();
        console.err().flush();
    }
}
