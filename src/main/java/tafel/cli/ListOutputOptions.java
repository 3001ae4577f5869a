package tafel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where and how {@code match} and {@code tables} write their lists: --format, --excel, -o. */
public final class ListOutputOptions {

    @Mixin
    FormatOption format;

    @Option(names = "--excel", descriptionKey = "output.excel")
    boolean excel;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "match.output")
    Path output;

    /** --excel means CSV, whatever --format says. */
    OutputFormat format() {
        return excel ? OutputFormat.csv : format.format();
    }

    /** Refuses an -o that would destroy an input or land in a journal folder, before the lists are made. */
    void check(Path... inputs) {
        OutputTarget.check(output, inputs);
    }

    /** Renders the list in the chosen format and writes it to the screen or, atomically, to -o. */
    void write(Console console, BiConsumer<PrintWriter, Boolean> csv, Consumer<PrintWriter> json, Consumer<PrintWriter> table,
               Path... inputs) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        switch (format()) {
            case csv -> csv.accept(out, excel);
            case json -> json.accept(out);
            default -> table.accept(out);
        }
        out.flush();
        OutputTarget.write(console, output, text.toString(), inputs);
    }
}
