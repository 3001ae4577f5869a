package tafel.io.pabulib;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tafel.io.csv.CsvInput;
import tafel.io.files.TextFiles;
import tafel.text.Phrase;

/**
 * Reads a pabulib {@code .pb} file: UTF-8, {@code ;}-separated, three sections that each start
 * with a line {@code META}, {@code PROJECTS} or {@code VOTES} followed by a header row. Problems
 * are collected with their line numbers; rows that cannot be used are left out and reported.
 */
public final class PabulibReader {

    private PabulibReader() {
    }

    /** A problem at a line; {@code rejects} when the file cannot be used as it is (only a stray line before the first section does not). */
    public record Problem(int line, Phrase message, boolean rejects) {
        Problem(int line, Phrase message) {
            this(line, message, true);
        }
    }

    public record Read(PabulibFile file, List<Problem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }
    }

    public static Read read(Path path) throws IOException {
        return parse(TextFiles.read(path).text());
    }

    public static Read parse(String text) {
        List<Problem> problems = new ArrayList<>();
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        String current = null;
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            String trimmed = line.strip();
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.equals("META") || upper.equals("PROJECTS") || upper.equals("VOTES")) {
                current = upper;
                sections.put(current, new StringBuilder());
                firstLine.put(current, lineNumber + 1);
                continue;
            }
            if (current == null) {
                if (!trimmed.isEmpty()) {
                    problems.add(new Problem(lineNumber, Phrase.of("pb.beforeSection"), false));
                }
                continue;
            }
            // Keep blank lines so line numbers inside a section stay right.
            sections.get(current).append(line.replace("\r", "")).append('\n');
        }
        for (String section : List.of("META", "PROJECTS")) {
            if (!sections.containsKey(section)) {
                problems.add(new Problem(1, Phrase.of("pb.sectionMissing", section)));
            }
        }
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, Integer> metaLines = new LinkedHashMap<>();
        Optional<CsvInput> metaTable = section(sections, firstLine, "META", problems);
        if (metaTable.isPresent()) {
            int offset = firstLine.get("META") - 1;
            for (CsvInput.Row row : metaTable.get().rows()) {
                int line = offset + row.line();
                String key = row.cell(0).strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty() || row.cells().size() < 2) {
                    problems.add(new Problem(line, Phrase.of("pb.meta.row", String.join(";", row.cells()))));
                } else if (metaLines.containsKey(key)) {
                    problems.add(new Problem(line, Phrase.of("pb.meta.repeated", key, metaLines.get(key))));
                } else {
                    meta.put(key, row.cell(1).strip());
                    metaLines.put(key, line);
                }
            }
        }
        List<PabulibFile.PbProject> projects = section(sections, firstLine, "PROJECTS", problems)
                .map(table -> projects(table, firstLine.get("PROJECTS") - 1, problems)).orElse(List.of());
        List<PabulibFile.PbVote> votes = section(sections, firstLine, "VOTES", problems)
                .map(table -> votes(table, firstLine.get("VOTES") - 1, problems)).orElse(List.of());
        checkCount(meta, metaLines, "num_projects", projects.size(), problems);
        if (sections.containsKey("VOTES")) {
            checkCount(meta, metaLines, "num_votes", votes.size(), problems);
        }
        return new Read(new PabulibFile(meta, projects, votes), problems);
    }

    /** What the file says about itself must hold: a file cut off or pasted together shows here. */
    private static void checkCount(Map<String, String> meta, Map<String, Integer> lines, String key, int found,
                                   List<Problem> problems) {
        if (!meta.containsKey(key)) {
            return;
        }
        Optional<Long> declared = whole(meta.get(key));
        if (declared.isEmpty() || declared.get() < 0) {
            problems.add(new Problem(lines.get(key), Phrase.of("pb.meta.number", key, meta.get(key))));
        } else if (declared.get() != found) {
            problems.add(new Problem(lines.get(key), Phrase.of("pb.meta.count", key, declared.get(), found)));
        }
    }

    private static Optional<CsvInput> section(Map<String, StringBuilder> sections, Map<String, Integer> firstLine,
                                              String name, List<Problem> problems) {
        if (!sections.containsKey(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CsvInput.parse(name, sections.get(name).toString(), false));
        } catch (CsvInput.SyntaxError syntax) {
            problems.add(new Problem(firstLine.get(name) - 1 + syntax.line(), syntax.problem()));
            return Optional.empty();
        }
    }

    private static List<PabulibFile.PbProject> projects(CsvInput table, int offset, List<Problem> problems) {
        List<PabulibFile.PbProject> projects = new ArrayList<>();
        Optional<Integer> id = table.column("project_id");
        Optional<Integer> cost = table.column("cost");
        if (id.isEmpty() || cost.isEmpty()) {
            problems.add(new Problem(offset + 1, Phrase.of("pb.projects.columns", table.foundColumns())));
            return projects;
        }
        Optional<Integer> votes = table.column("votes");
        Optional<Integer> score = table.column("score");
        Optional<Integer> name = table.column("name", "title");
        Optional<Integer> category = table.column("category", "categories");
        Optional<Integer> neighborhood = table.column("neighborhood", "district");
        Optional<Integer> selected = table.column("selected");
        Map<String, Integer> seen = new HashMap<>();
        for (CsvInput.Row row : table.rows()) {
            int line = offset + row.line();
            Integer before = seen.putIfAbsent(row.cell(id.get()), line);
            if (before != null) {
                problems.add(new Problem(line, Phrase.of("pb.project.repeated", row.cell(id.get()), before)));
                continue;
            }
            Optional<Long> cents = machineCents(row.cell(cost.get()));
            if (row.cell(id.get()).isEmpty() || cents.isEmpty()) {
                problems.add(new Problem(line, Phrase.of("pb.project.invalid", row.cell(id.get()), row.cell(cost.get()))));
                continue;
            }
            Optional<Long> count = votes.map(row::cell).filter(text -> !text.isEmpty()).flatMap(PabulibReader::whole);
            List<String> categories = category.map(row::cell).filter(text -> !text.isEmpty())
                    .map(text -> Arrays.stream(text.split(",")).map(String::strip).toList()).orElse(List.of());
            Optional<Integer> chosen = selected.map(row::cell).filter(text -> !text.isEmpty()).map(PabulibReader::selectedCode);
            Optional<java.math.BigDecimal> points = score.map(row::cell).filter(text -> !text.isEmpty())
                    .flatMap(PabulibReader::decimal);
            projects.add(new PabulibFile.PbProject(line, row.cell(id.get()), cents.get(), count, points,
                    name.map(row::cell).orElse(""), categories, neighborhood.map(row::cell).orElse("").strip(), chosen));
        }
        return projects;
    }

    private static List<PabulibFile.PbVote> votes(CsvInput table, int offset, List<Problem> problems) {
        List<PabulibFile.PbVote> votes = new ArrayList<>();
        Optional<Integer> voter = table.column("voter_id");
        Optional<Integer> vote = table.column("vote");
        if (voter.isEmpty() || vote.isEmpty()) {
            problems.add(new Problem(offset + 1, Phrase.of("pb.votes.columns", table.foundColumns())));
            return votes;
        }
        Map<String, Integer> traitColumns = new LinkedHashMap<>();
        for (int column = 0; column < table.headers().size(); column++) {
            String header = table.headers().get(column).strip().toLowerCase(Locale.ROOT);
            if (!header.isEmpty() && !List.of("voter_id", "vote", "points").contains(header)) {
                traitColumns.put(header, column);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        // the same few values (M, F, internet, 34) on every row: one copy of each keeps 100,000 voters small
        Map<String, String> values = new HashMap<>();
        for (CsvInput.Row row : table.rows()) {
            Integer before = seen.putIfAbsent(row.cell(voter.get()), offset + row.line());
            if (before != null) {
                problems.add(new Problem(offset + row.line(), Phrase.of("pb.vote.repeated", row.cell(voter.get()), before)));
                continue;
            }
            List<String> ids = Arrays.stream(row.cell(vote.get()).split(",")).map(String::strip)
                    .filter(text -> !text.isEmpty()).toList();
            Map<String, String> traits = new LinkedHashMap<>();
            traitColumns.forEach((trait, column) -> {
                String value = row.cell(column).strip();
                if (!value.isEmpty()) {
                    traits.put(trait, values.computeIfAbsent(value, same -> same));
                }
            });
            votes.add(new PabulibFile.PbVote(offset + row.line(), row.cell(voter.get()), ids, traits));
        }
        return votes;
    }

    /** pabulib's code, with the yes/no and true/false some files write; -1 for anything else. */
    private static int selectedCode(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")) {
            return 1;
        }
        if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no")) {
            return 0;
        }
        return whole(text).filter(code -> code >= 0 && code < 10).map(Long::intValue).orElse(-1);
    }

    /** A machine-written number ("12", "12.5"), or empty (also for absurd sizes: see {@link tafel.text.PlainNumbers}). */
    public static Optional<java.math.BigDecimal> decimal(String text) {
        try {
            return Optional.of(tafel.text.PlainNumbers.decimal(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * An amount as pabulib writes it — a machine format: dot decimals, never thousands separators —
     * in cents, or empty.
     */
    public static Optional<Long> machineCents(String text) {
        try {
            java.math.BigDecimal value = tafel.text.PlainNumbers.decimal(text.strip());
            return value.signum() < 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2 ? Optional.empty()
                    : Optional.of(value.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact());
        } catch (NumberFormatException | ArithmeticException invalid) {
            return Optional.empty();
        }
    }

    private static Optional<Long> whole(String text) {
        try {
            return Optional.of(tafel.text.PlainNumbers.decimal(text.strip()).longValueExact());
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return Optional.empty();
        }
    }
}
