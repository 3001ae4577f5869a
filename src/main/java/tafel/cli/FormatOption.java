package tafel.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option shared by every command that prints data. */
public final class FormatOption {

    @Option(names = {"-f", "--format"}, paramLabel = "table|csv|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.table;

    public OutputFormat format() {
        return format;
    }
}
