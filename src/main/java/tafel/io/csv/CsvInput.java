package tafel.io.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tafel.io.files.TextFiles;
import tafel.text.Phrase;

/**
 * A CSV file as organisers make them: Dutch Excel writes {@code ;} and often a BOM, others
 * {@code ,} or tabs; some files are in Windows-1252. The delimiter is detected from the header
 * line; columns are found by name, with aliases, ignoring case; every row keeps its line number
 * for messages.
 */
public final class CsvInput {

    private final String name;
    private final List<String> headers;
    private final List<Row> rows;
    private final char delimiter;
    private final boolean legacyEncoding;

    private CsvInput(String name, List<String> headers, List<Row> rows, char delimiter, boolean legacyEncoding) {
        this.name = name;
        this.headers = List.copyOf(headers);
        this.rows = List.copyOf(rows);
        this.delimiter = delimiter;
        this.legacyEncoding = legacyEncoding;
    }

    /** One data row: its line in the file and its cells by column index. */
    public record Row(int line, List<String> cells) {
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
        }

        /** The round number in this column; 1 when the file has no round column or the cell is not a number. */
        public int round(Optional<Integer> column) {
            return column.map(this::cell).filter(text -> text.matches("\\d{1,6}")).map(Integer::parseInt).orElse(1);
        }
    }

    public static CsvInput read(Path file) throws IOException {
        TextFiles.Decoded decoded = TextFiles.read(file);
        return parse(file.toString(), decoded.text(), decoded.legacyEncoding());
    }

    public static CsvInput parse(String name, String text, boolean legacyEncoding) {
        char delimiter = detectDelimiter(text);
        int[] lineStarts = lineStarts(text);
        List<String> headers = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(CsvOutput.unprotect(cell)));
                if (headers.isEmpty()) {
                    cells.forEach(cell -> headers.add(cell.strip().toLowerCase(Locale.ROOT)));
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                long start = record.getCharacterPosition();
                // After skipped empty lines the position is that of the line break before the record.
                while (start < text.length() && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
                    start++;
                }
                rows.add(new Row(lineOf(start, lineStarts), cells));
            }
        } catch (IOException | UncheckedIOException broken) {
            throw SyntaxError.locate(name, text, delimiter);
        }
        return new CsvInput(name, headers, rows, delimiter, legacyEncoding);
    }

    /** A file that is not CSV as written: where, and what is wrong, in words (never the parser's). */
    public static final class SyntaxError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String file;
        private final int line;
        private final transient Phrase problem;

        SyntaxError(String file, int line, Phrase problem) {
            super(file + ":" + line + ": " + problem.key());
            this.file = file;
            this.line = line;
            this.problem = problem;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        public Phrase problem() {
            return problem;
        }

        /** Follows the quoting line by line to the place the parser gave up. */
        static SyntaxError locate(String name, String text, char delimiter) {
            int line = 1;
            int openedAt = 0;
            boolean quoted = false;
            boolean fieldStart = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
                        if (next != delimiter && next != '\r' && next != '\n') {
                            return new SyntaxError(name, line, Phrase.of("csv.syntax.afterQuote"));
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                    continue;
                }
                if (c == '"' && fieldStart) {
                    quoted = true;
                    openedAt = line;
                }
                fieldStart = c == delimiter || c == '\n' || c == '\r';
                if (c == '\n') {
                    line++;
                }
            }
            return new SyntaxError(name, quoted ? openedAt : line, Phrase.of("csv.syntax.unclosedQuote"));
        }
    }

    public String name() {
        return name;
    }

    public List<String> headers() {
        return headers;
    }

    public List<Row> rows() {
        return rows;
    }

    public char delimiter() {
        return delimiter;
    }

    public boolean legacyEncoding() {
        return legacyEncoding;
    }

    /** The index of the first column with one of these names (case-insensitive), if any. */
    public Optional<Integer> column(String... names) {
        for (String wanted : names) {
            int index = headers.indexOf(wanted.toLowerCase(Locale.ROOT));
            if (index >= 0) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /**
     * The first column whose name is one of these written the way people type headers: any case,
     * accents, apostrophes ("Thema's"), and spaces, underscores and hyphens alike ("Niet met",
     * "niet_met").
     */
    public Optional<Integer> columnLike(String... names) {
        for (String wanted : names) {
            for (int index = 0; index < headers.size(); index++) {
                if (normalHeader(headers.get(index)).equals(normalHeader(wanted))) {
                    return Optional.of(index);
                }
            }
        }
        return Optional.empty();
    }

    /** A header as {@link #columnLike} compares it. */
    public static String normalHeader(String header) {
        String plain = java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[\\s_\\-]+", " ").strip();
    }

    /** Columns found, for "missing column X; found: a, b, c". */
    public String foundColumns() {
        return headers.isEmpty() ? "-" : String.join(", ", headers);
    }

    /** The delimiter that splits the header line into the most fields: {@code ;}, {@code ,} or tab. */
    static char detectDelimiter(String text) {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        Map<Character, Integer> counts = new LinkedHashMap<>();
        for (char candidate : new char[] {';', ',', '\t'}) {
            int count = 0;
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            counts.put(candidate, count);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).filter(entry -> entry.getValue() > 0)
                .map(Map.Entry::getKey).orElse(',');
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(long position, int[] lineStarts) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (lineStarts[middle] <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low + 1;
    }
}
