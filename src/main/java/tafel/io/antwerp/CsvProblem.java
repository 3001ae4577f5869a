package tafel.io.antwerp;

import tafel.text.Phrase;

/** A row (or a whole file) that could not be used, with where it is: {@code file:line: message}. */
public record CsvProblem(String file, int line, Phrase message) {
}
