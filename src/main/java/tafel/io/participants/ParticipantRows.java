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
        Optional<Integer> id = column(table, problems, true, "id", "nr", "nummer");
        Optional<Integer> name = column(table, problems, true, "name", "naam");
        Optional<Integer> role = column(table, problems, true, "role", "rol");
        Optional<Integer> organisation = column(table, problems, false, "organisation", "organisatie", "organization");
        Optional<Integer> tags = column(table, problems, false, "tags", "expertise", "trefwoorden");
        Optional<Integer> project = column(table, problems, false, "project", "buurtproject");
        Optional<Integer> avoid = column(table, problems, false, "avoid", "vermijd", "niet_met");
        Optional<Integer> fixed = column(table, problems, false, "fixed_table", "vaste_tafel", "tafel");
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

    private static Optional<Integer> column(CsvInput table, List<CsvProblem> problems, boolean required, String... names) {
        Optional<Integer> column = table.column(names);
        if (column.isEmpty() && required) {
            problems.add(new CsvProblem(table.name(), 1, Phrase.of("csv.column.missing", names[0], table.foundColumns())));
        }
        return column;
    }
}
