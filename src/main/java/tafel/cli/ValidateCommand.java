package tafel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.draaiboek.Finding;
import tafel.io.LoadedDraaiboek;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;

/** {@code tafel validate FILE...}: every problem of every file, at once, with its position. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    List<String> files = new ArrayList<>();

    @Mixin
    FormatOption format;

    private record Checked(String file, LoadedDraaiboek loaded, TafelException unreadable) {
    }

    @Override
    public Integer call() {
        Console console = root.console();
        List<Checked> checked = new ArrayList<>();
        for (String file : files) {
            try {
                checked.add(new Checked(file, DraaiboekInput.load(file), null));
            } catch (TafelException unreadable) {
                checked.add(new Checked(file, null, unreadable));
            }
        }
        switch (format.format()) {
            case csv -> printCsv(console, checked);
            case json -> printJson(console, checked);
            default -> printForPeople(console, checked);
        }
        if (checked.stream().anyMatch(item -> item.unreadable() != null)) {
            return ExitCode.NO_INPUT;
        }
        return checked.stream().anyMatch(item -> item.loaded().hasErrors()) ? ExitCode.BAD_DATA : ExitCode.OK;
    }

    private void printForPeople(Console console, List<Checked> checked) {
        Diagnostics diagnostics = new Diagnostics(console);
        for (Checked item : checked) {
            if (item.unreadable() != null) {
                console.err().println(item.file() + ": " + console.style().error("error") + ": "
                        + console.messages().get(item.unreadable().phrase()));
                continue;
            }
            diagnostics.print(item.file(), item.loaded().findings());
            long errors = item.loaded().findings().stream().filter(Finding::isError).count();
            long warnings = item.loaded().findings().size() - errors;
            String summary = console.text(errors == 0 ? "validate.ok" : "validate.failed", item.file(), errors, warnings);
            console.out().println(errors == 0 ? summary : console.style().error(summary));
        }
        console.out().flush();
        console.err().flush();
    }

    private void printCsv(Console console, List<Checked> checked) {
        Diagnostics diagnostics = new Diagnostics(console);
        try (CsvOutput csv = CsvOutput.machine(console.out(), "file", "line", "column", "severity", "rule",
                "message", "hint")) {
            for (Checked item : checked) {
                if (item.unreadable() != null) {
                    csv.row(item.file(), 0, 0, "error", item.unreadable().phrase().key(),
                            console.messages().get(item.unreadable().phrase()), "");
                    continue;
                }
                for (Finding finding : item.loaded().findings()) {
                    csv.row(item.file(), finding.position().line(), finding.position().column(),
                            finding.severity().label(), finding.messageKey(), diagnostics.message(finding),
                            diagnostics.hint(finding));
                }
            }
        }
        console.out().flush();
    }

    private void printJson(Console console, List<Checked> checked) {
        Diagnostics diagnostics = new Diagnostics(console);
        JsonOutput json = new JsonOutput();
        ArrayNode results = json.array();
        for (Checked item : checked) {
            ObjectNode result = results.addObject().put("file", item.file());
            ArrayNode findings = result.putArray("findings");
            if (item.unreadable() != null) {
                result.put("readable", false);
                findings.addObject().put("line", 0).put("column", 0).put("severity", "error")
                        .put("rule", item.unreadable().phrase().key())
                        .put("message", console.messages().get(item.unreadable().phrase()));
                continue;
            }
            result.put("readable", true);
            result.put("valid", !item.loaded().hasErrors());
            for (Finding finding : item.loaded().findings()) {
                ObjectNode node = findings.addObject()
                        .put("line", finding.position().line())
                        .put("column", finding.position().column())
                        .put("severity", finding.severity().label())
                        .put("rule", finding.messageKey())
                        .put("message", diagnostics.message(finding));
                if (finding.hintKey() != null) {
                    node.put("hint", diagnostics.hint(finding));
                }
            }
        }
        json.print(console.out(), results);
    }
}
