package tafel.cli;

/** How a command prints its data: a table for people, CSV or JSON for programs. */
public enum OutputFormat {
    table, csv, json
}
