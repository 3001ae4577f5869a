package tafel.cli;

import java.nio.file.Path;

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

    boolean excel() {
        return excel;
    }

    Path output() {
        return output;
    }
}
