package tafel.io.pabulib;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    public record Problem(int line, Phrase message) {
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
                    problems.add(new Problem(lineNumber, Phrase.of("pb.beforeSection")));
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
        if (sections.containsKey("META")) {
            CsvInput table = section(sections, "META");
            for (CsvInput.Row row : table.rows()) {
                meta.put(row.cell(0).toLowerCase(Locale.ROOT), row.cell(1));
            }
        }
        List<PabulibFile.PbProject> projects = sections.containsKey("PROJECTS")
                ? projects(section(sections, "PROJECTS"), firstLine.get("PROJECTS") - 1, problems) : List.of();
        List<PabulibFile.PbVote> votes = sections.containsKey("VOTES")
                ? votes(section(sections, "VOTES"), firstLine.get("VOTES") - 1, problems) : List.of();
        return new Read(new PabulibFile(meta, projects, votes), problems);
    }

    private static CsvInput section(Map<String, StringBuilder> sections, String name) {
        return CsvInput.parse(name, sections.get(name).toString(), false);
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
        Optional<Integer> name = table.column("name", "title");
        Optional<Integer> category = table.column("category", "categories");
        Optional<Integer> selected = table.column("selected");
        for (CsvInput.Row row : table.rows()) {
            int line = offset + row.line();
            Optional<Long> cents = machineCents(row.cell(cost.get()));
            if (row.cell(id.get()).isEmpty() || cents.isEmpty()) {
                problems.add(new Problem(line, Phrase.of("pb.project.invalid", row.cell(id.get()), row.cell(cost.get()))));
                continue;
            }
            Optional<Long> count = votes.map(row::cell).filter(text -> !text.isEmpty()).flatMap(PabulibReader::whole);
            List<String> categories = category.map(row::cell).filter(text -> !text.isEmpty())
                    .map(text -> Arrays.stream(text.split(",")).map(String::strip).toList()).orElse(List.of());
            Optional<Boolean> chosen = selected.map(row::cell).filter(text -> !text.isEmpty())
                    .map(text -> text.equals("1") || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes"));
            projects.add(new PabulibFile.PbProject(line, row.cell(id.get()), cents.get(), count,
                    name.map(row::cell).orElse(""), categories, chosen));
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
        for (CsvInput.Row row : table.rows()) {
            List<String> ids = Arrays.stream(row.cell(vote.get()).split(",")).map(String::strip)
                    .filter(text -> !text.isEmpty()).toList();
            votes.add(new PabulibFile.PbVote(offset + row.line(), row.cell(voter.get()), ids));
        }
        return votes;
    }

    /** pabulib is a machine format: dot decimals, never thousands separators. */
    public static Optional<Long> machineCents(String text) {
        try {
            java.math.BigDecimal value = new java.math.BigDecimal(text.strip());
            return value.signum() < 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2 ? Optional.empty()
                    : Optional.of(value.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact());
        } catch (NumberFormatException | ArithmeticException invalid) {
            return Optional.empty();
        }
    }

    private static Optional<Long> whole(String text) {
        try {
            return Optional.of(new java.math.BigDecimal(text.strip()).longValueExact());
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return Optional.empty();
        }
    }
}
