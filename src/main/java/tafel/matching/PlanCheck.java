package tafel.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import tafel.draaiboek.GroupSize;
import tafel.text.Phrase;

/**
 * Checks a table plan someone made or edited against the people who come: everyone exactly once
 * per round, nobody unknown, fixed tables kept, avoid pairs apart, tables of the work form's size
 * (or, without one, no table two or more bigger than another in its round). The plan may come
 * from {@code tafel tables} or from a spreadsheet; the people list may have grown since.
 */
public final class PlanCheck {

    /** One line of the plan: person {@code personId} ({@code name} as the plan writes it) sits at {@code table} in {@code round}. */
    public record Seat(int round, String table, String personId, String name, int line) {
    }

    /** What is wrong, on which line of the plan (0: the plan as a whole); errors make the plan unusable. */
    public record Problem(boolean error, int line, Phrase what) {
    }

    private PlanCheck() {
    }

    /** @param people everyone on the participants list, in its order (an empty list checks nothing against it) */
    public static List<Problem> check(List<Seat> seats, List<Person> people, Optional<GroupSize> size) {
        Map<String, Person> byId = new HashMap<>();
        people.forEach(person -> byId.put(person.id(), person));
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Map<String, Seat>> placed = new TreeMap<>();
        Map<Integer, Map<String, List<Seat>>> tables = new TreeMap<>();
        for (Seat seat : seats) {
            Map<String, Seat> round = placed.computeIfAbsent(seat.round(), r -> new HashMap<>());
            Seat earlier = round.putIfAbsent(seat.personId(), seat);
            if (earlier != null) {
                problems.add(new Problem(true, seat.line(), earlier.table().equals(seat.table())
                        ? Phrase.of("plan.check.twiceSameTable", name(byId, seat), seat.personId(), seat.round(),
                                seat.table(), earlier.line())
                        : Phrase.of("plan.check.twice", name(byId, seat), seat.personId(), seat.round(),
                                earlier.table(), seat.table(), earlier.line())));
                continue;
            }
            tables.computeIfAbsent(seat.round(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(seat.table(), t -> new ArrayList<>()).add(seat);
            Person person = byId.get(seat.personId());
            if (person != null && person.fixedTable().isPresent() && !sameTable(person.fixedTable().get(), seat.table())) {
                problems.add(new Problem(false, seat.line(), Phrase.of("plan.check.fixedMoved", person.name(), person.id(),
                        person.fixedTable().get(), seat.round(), seat.table())));
            }
        }
        if (!people.isEmpty() && !placed.isEmpty()) {
            missing(people, placed, problems);
        }
        tables.forEach((round, atTables) -> {
            avoidPairs(round, atTables, byId, problems);
            sizes(round, atTables, size, problems);
        });
        return problems;
    }

    /** Someone absent in some rounds is an error (the plan is broken); absent in all, a warning (signed up later?). */
    private static void missing(List<Person> people, Map<Integer, Map<String, Seat>> placed, List<Problem> problems) {
        for (Person person : people) {
            List<Integer> absent = placed.entrySet().stream().filter(round -> !round.getValue().containsKey(person.id()))
                    .map(Map.Entry::getKey).toList();
            if (absent.isEmpty()) {
                continue;
            }
            if (absent.size() == placed.size()) {
                problems.add(new Problem(false, 0, Phrase.of("plan.check.inNoRound", person.name(), person.id())));
            } else if (absent.size() == 1) {
                problems.add(new Problem(true, 0, Phrase.of("plan.check.missingOne", person.name(), person.id(), absent.get(0))));
            } else {
                problems.add(new Problem(true, 0, Phrase.of("plan.check.missingSome", person.name(), person.id(),
                        absent.stream().map(String::valueOf).collect(Collectors.joining(", ")))));
            }
        }
    }

    private static void avoidPairs(int round, Map<String, List<Seat>> atTables, Map<String, Person> byId, List<Problem> problems) {
        atTables.forEach((table, seated) -> {
            for (int a = 0; a < seated.size(); a++) {
                for (int b = a + 1; b < seated.size(); b++) {
                    Person first = byId.get(seated.get(a).personId());
                    Person second = byId.get(seated.get(b).personId());
                    if (first == null || second == null) {
                        continue;
                    }
                    Person avoider = first.avoid().contains(second.id()) ? first : second.avoid().contains(first.id()) ? second : null;
                    if (avoider != null) {
                        Person other = avoider == first ? second : first;
                        problems.add(new Problem(false, seated.get(b).line(), Phrase.of("plan.check.avoid", round, table,
                                avoider.name(), avoider.id(), other.name(), other.id())));
                    }
                }
            }
        });
    }

    private static void sizes(int round, Map<String, List<Seat>> atTables, Optional<GroupSize> size, List<Problem> problems) {
        if (size.isPresent()) {
            GroupSize range = size.get();
            atTables.forEach((table, seated) -> {
                if (seated.size() < range.min() || seated.size() > range.max()) {
                    problems.add(new Problem(false, seated.get(0).line(), Phrase.of("plan.check.size", round, table,
                            seated.size(), range.toString())));
                }
            });
            return;
        }
        String smallest = null;
        String largest = null;
        for (Map.Entry<String, List<Seat>> table : atTables.entrySet()) {
            if (smallest == null || table.getValue().size() < atTables.get(smallest).size()) {
                smallest = table.getKey();
            }
            if (largest == null || table.getValue().size() > atTables.get(largest).size()) {
                largest = table.getKey();
            }
        }
        if (largest != null && atTables.get(largest).size() - atTables.get(smallest).size() > 1) {
            problems.add(new Problem(false, atTables.get(largest).get(0).line(), Phrase.of("plan.check.spread", round,
                    largest, atTables.get(largest).size(), smallest, atTables.get(smallest).size())));
        }
    }

    private static boolean sameTable(int fixed, String label) {
        try {
            return Integer.parseInt(label.strip()) == fixed;
        } catch (NumberFormatException named) {
            return false;
        }
    }

    private static String name(Map<String, Person> byId, Seat seat) {
        Person person = byId.get(seat.personId());
        return person != null ? person.name() : seat.name().isBlank() ? seat.personId() : seat.name();
    }
}
