package tafel.io.participants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.matching.Person;
import tafel.text.ClosestMatch;
import tafel.text.Phrase;

/**
 * Reads a participants CSV: {@code id,name,role} and optionally {@code organisation},
 * {@code tags} (separated by ; or |), {@code project}, {@code avoid} (ids), {@code fixed_table}.
 * Dutch headers work too. Every rejected row is reported with its line.
 */
public final class ParticipantRows {

    private ParticipantRows() {
    }

    public record Read(List<Person> people, int rows, int rejected) {
        public Read {
            people = List.copyOf(people);
        }
    }

    public static Read read(CsvInput table, List<CsvProblem> problems) {
        Optional<Integer> id = column(table, problems, true, ID);
        Optional<Integer> name = column(table, problems, true, NAME);
        Optional<Integer> role = column(table, problems, true, ROLE);
        Optional<Integer> organisation = column(table, problems, false, ORGANISATION);
        Optional<Integer> tags = column(table, problems, false, TAGS);
        Optional<Integer> project = column(table, problems, false, PROJECT);
        Optional<Integer> avoid = column(table, problems, false, AVOID);
        Optional<Integer> fixed = column(table, problems, false, FIXED);
        unknownColumns(table, problems);
        if (id.isEmpty() || name.isEmpty() || role.isEmpty()) {
            return new Read(List.of(), table.rows().size(), table.rows().size());
        }
        List<Person> people = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int rejected = 0;
        for (CsvInput.Row row : table.rows()) {
            String personId = row.cell(id.get());
            Phrase problem = null;
            Optional<Integer> table1 = Optional.empty();
            if (personId.isEmpty()) {
                problem = Phrase.of("csv.id.missing");
            } else if (!ids.add(personId)) {
                problem = Phrase.of("csv.id.duplicate", personId);
            } else if (row.cell(name.get()).isEmpty()) {
                problem = Phrase.of("participants.name.missing", personId);
            } else if (row.cell(role.get()).isEmpty()) {
                problem = Phrase.of("participants.role.missing", personId);
            } else if (fixed.isPresent() && !row.cell(fixed.get()).isEmpty()) {
                try {
                    int number = Integer.parseInt(row.cell(fixed.get()));
                    if (number < 1) {
                        throw new NumberFormatException();
                    }
                    table1 = Optional.of(number);
                } catch (NumberFormatException invalid) {
                    problem = Phrase.of("participants.fixed.invalid", row.cell(fixed.get()));
                }
            }
            if (problem != null) {
                rejected++;
                problems.add(new CsvProblem(table.name(), row.line(), problem));
                continue;
            }
            people.add(new Person(personId, row.cell(name.get()), row.cell(role.get()),
                    organisation.map(row::cell).orElse(""), list(tags.map(row::cell).orElse("")),
                    project.map(row::cell).orElse(""), ids(avoid.map(row::cell).orElse("")), table1));
            lines.add(row.line());
        }
        for (int i = 0; i < people.size(); i++) {
            for (String other : people.get(i).avoid()) {
                if (!ids.contains(other)) {
                    rejected++;
                    problems.add(new CsvProblem(table.name(), lines.get(i), Phrase.of("participants.avoid.unknown",
                            people.get(i).id(), other)));
                }
            }
        }
        return new Read(people, table.rows().size(), rejected);
    }

    /** "groen; spelen | buurt" → [groen, spelen, buurt], lower-cased so "Groen" and "groen" match. */
    static Set<String> list(String cell) {
        Set<String> items = new LinkedHashSet<>();
        Arrays.stream(cell.split("[;|,]")).map(String::strip).filter(item -> !item.isEmpty())
                .forEach(item -> items.add(item.toLowerCase(Locale.ROOT)));
        return items;
    }

    /** Ids keep their case: "B01" is not "b01". */
    static Set<String> ids(String cell) {
        Set<String> items = new LinkedHashSet<>();
        Arrays.stream(cell.split("[;|,\\s]")).map(String::strip).filter(item -> !item.isEmpty()).forEach(items::add);
        return items;
    }

    private static final String[] ID = {"id", "nr", "nummer"};
    private static final String[] NAME = {"name", "naam"};
    private static final String[] ROLE = {"role", "rol"};
    private static final String[] ORGANISATION = {"organisation", "organisatie", "organization", "organisaties"};
    private static final String[] TAGS = {"tags", "expertise", "trefwoorden", "themas", "thema", "interesses", "interests",
        "themes"};
    private static final String[] PROJECT = {"project", "buurtproject"};
    private static final String[] AVOID = {"avoid", "vermijd", "vermijden", "niet met", "not with"};
    private static final String[] FIXED = {"fixed table", "vaste tafel", "tafel"};
    private static final List<String[]> KNOWN = List.of(ID, NAME, ROLE, ORGANISATION, TAGS, PROJECT, AVOID, FIXED);

    /** A column none of the known names matches is said, with the closest known name: it is not used. */
    private static void unknownColumns(CsvInput table, List<CsvProblem> problems) {
        List<String> known = new ArrayList<>();
        KNOWN.forEach(names -> known.addAll(List.of(names)));
        for (String header : table.headers()) {
            if (header.isBlank() || known.stream().anyMatch(name -> CsvInput.normalHeader(name).equals(CsvInput.normalHeader(header)))) {
                continue;
            }
            problems.add(new CsvProblem(table.name(), 1, ClosestMatch.among(CsvInput.normalHeader(header), known)
                    .map(close -> Phrase.of("participants.column.unknown.closest", header, close))
                    .orElse(Phrase.of("participants.column.unknown", header, String.join(", ", List.of(ID[0], NAME[0], ROLE[0],
                            ORGANISATION[0], TAGS[0], PROJECT[0], AVOID[0], "fixed_table"))))));
        }
    }

    private static Optional<Integer> column(CsvInput table, List<CsvProblem> problems, boolean required, String... names) {
        Optional<Integer> column = table.columnLike(names);
        if (column.isEmpty() && required) {
            problems.add(new CsvProblem(table.name(), 1, Phrase.of("csv.column.missing", names[0], table.foundColumns())));
        }
        return column;
    }
}
