package tafel.io.participants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Finding;
import tafel.draaiboek.GroupSize;
import tafel.draaiboek.Participant;
import tafel.draaiboek.ParticipantsSource;
import tafel.draaiboek.Position;
import tafel.draaiboek.WorkForm;
import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.matching.Person;
import tafel.matching.PlanCheck;

/**
 * The match lists and table plans that blocks of a draaiboek point at ({@code matches:},
 * {@code tables:}), read and checked against the participants: who is paired, who sits where,
 * per round. Used by {@code validate} (unknown ids), {@code show} and the live runner.
 */
public final class BlockAssignments {

    /** One conversation or one table in a round: a label (table number, or empty for a pair) and the names. */
    public record Group(int round, String label, List<String> names) {
        public Group {
            names = List.copyOf(names);
        }
    }

    private BlockAssignments() {
    }

    /** Groups per block code; blocks without files, or whose files cannot be read, are left out. */
    public static Map<String, List<Group>> load(Draaiboek draaiboek, Path folder, List<Finding> findings) {
        List<Person> people = participants(draaiboek, folder, findings);
        Map<String, String> names = new HashMap<>();
        people.forEach(person -> names.put(person.id(), person.name()));
        Map<String, List<Group>> result = new LinkedHashMap<>();
        for (Block block : draaiboek.allBlocks()) {
            List<Group> groups = new ArrayList<>();
            block.matches().ifPresent(file -> groups.addAll(read(folder.resolve(file), block.origin().of("matches"), file,
                    names, true, findings).groups()));
            block.tables().ifPresent(file -> {
                Read plan = read(folder.resolve(file), block.origin().of("tables"), file, names, false, findings);
                groups.addAll(plan.groups());
                Optional<GroupSize> size = draaiboek.workFormOf(block).flatMap(WorkForm::groupSize);
                List<PlanCheck.Problem> problems = PlanCheck.check(plan.seats(), people, size);
                for (int p = 0; p < problems.size(); p++) {
                    PlanCheck.Problem problem = problems.get(p);
                    Position at = block.origin().of("tables");
                    Finding finding = problem.line() > 0
                            ? finding(problem.error(), at, "file.assignments.line", file, problem.line(), problem.what())
                            : finding(problem.error(), at, "file.assignments.whole", file, problem.what());
                    // the way out is the same for every problem of a plan: said once
                    findings.add(p == 0 ? finding.withHint("file.assignments.plan.hint") : finding);
                }
            });
            if (!groups.isEmpty()) {
                result.put(block.code(), groups);
            }
        }
        return result;
    }

    private static Finding finding(boolean error, Position at, String key, Object... args) {
        return error ? Finding.error(at, key, args) : Finding.warning(at, key, args);
    }

    /** The participants, or empty when the draaiboek names none (ids and plans are then not checked against them). */
    private static List<Person> participants(Draaiboek draaiboek, Path folder, List<Finding> findings) {
        List<Person> people = new ArrayList<>();
        Optional<ParticipantsSource> source = draaiboek.participants();
        if (source.isEmpty()) {
            return people;
        }
        if (source.get() instanceof ParticipantsSource.Inline inline) {
            for (Participant participant : inline.participants()) {
                people.add(new Person(participant.id(), participant.name(), participant.role(), participant.organisation(),
                        Set.copyOf(participant.tags()), "", Set.of(), Optional.empty()));
            }
        } else if (source.get() instanceof ParticipantsSource.File file) {
            Path path = folder.resolve(file.path());
            if (!Files.isRegularFile(path)) {
                return people;
            }
            try {
                List<CsvProblem> problems = new ArrayList<>();
                ParticipantRows.Read read = ParticipantRows.read(CsvInput.read(path), problems);
                people.addAll(read.people());
                for (CsvProblem problem : problems) {
                    findings.add(Finding.error(file.at(), "file.participants.row", file.path(), problem.line(), problem.message()));
                }
            } catch (IOException | IllegalArgumentException unreadable) {
                findings.add(Finding.error(file.at(), "file.unreadable", file.path()));
            }
        }
        return people;
    }

    /** A file's groups for {@code show} and the timer, and its lines as seats for {@link PlanCheck}. */
    private record Read(List<Group> groups, List<PlanCheck.Seat> seats) {
    }

    private static Read read(Path path, Position at, String written, Map<String, String> names, boolean matches,
                                    List<Finding> findings) {
        if (!Files.isRegularFile(path)) {
            return new Read(List.of(), List.of());
        }
        CsvInput table;
        try {
            table = CsvInput.read(path);
        } catch (IOException | IllegalArgumentException unreadable) {
            findings.add(Finding.error(at, "file.unreadable", written));
            return new Read(List.of(), List.of());
        }
        Optional<Integer> round = table.column("round", "ronde");
        List<Optional<Integer>> ids = matches
                ? List.of(table.column("left_id"), table.column("right_id"))
                : List.of(table.column("participant_id", "id"));
        Optional<Integer> tableColumn = table.column("table", "tafel");
        if (ids.stream().anyMatch(Optional::isEmpty) || (!matches && tableColumn.isEmpty())) {
            findings.add(Finding.error(at, "file.assignments.columns", written, table.foundColumns()));
            return new Read(List.of(), List.of());
        }
        List<Group> groups = new ArrayList<>();
        List<PlanCheck.Seat> seats = new ArrayList<>();
        // tables in numeric order (1, 2, …, 10), not text order (1, 10, 11, 2); named tables after, by name
        Map<String, List<String>> tables = new TreeMap<>(Comparator.comparingInt((String key) -> Integer.parseInt(key.substring(0, 4)))
                .thenComparing(key -> key.substring(5), BlockAssignments::naturally));
        for (CsvInput.Row row : table.rows()) {
            int number = row.round(round);
            List<String> people = new ArrayList<>();
            for (Optional<Integer> column : ids) {
                String id = row.cell(column.get());
                if (!names.isEmpty() && !names.containsKey(id)) {
                    findings.add(Finding.error(at, "file.assignments.unknownId", written, row.line(), id));
                }
                people.add(names.getOrDefault(id, id));
                if (!matches) {
                    seats.add(new PlanCheck.Seat(number, row.cell(tableColumn.get()), id, names.getOrDefault(id, id), row.line()));
                }
            }
            if (matches) {
                groups.add(new Group(number, "", people));
            } else {
                String key = String.format("%04d/%s", number, row.cell(tableColumn.get()));
                tables.computeIfAbsent(key, k -> new ArrayList<>()).addAll(people);
            }
        }
        tables.forEach((key, people) -> groups.add(new Group(Integer.parseInt(key.substring(0, 4)), key.substring(5), people)));
        return new Read(groups, seats);
    }

    /** Table labels as people count them: numbers by value, before labels that are not numbers. */
    static int naturally(String a, String b) {
        Optional<Integer> first = number(a);
        Optional<Integer> second = number(b);
        if (first.isPresent() && second.isPresent()) {
            return Integer.compare(first.get(), second.get());
        }
        if (first.isPresent() != second.isPresent()) {
            return first.isPresent() ? -1 : 1;
        }
        return a.compareToIgnoreCase(b);
    }

    private static Optional<Integer> number(String label) {
        try {
            return Optional.of(Integer.parseInt(label.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
