package tafel.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.LongSupplier;

import tafel.matching.Person;
import tafel.matching.Sizes;
import tafel.matching.TablePlan;
import tafel.matching.TablePlanner;
import tafel.text.ClosestMatch;

/** Use case: seat people at tables for several rounds so that nobody meets twice where possible. */
public final class PlanTables {

    /**
     * Who sits: the people of a participants file, or a number of people known by number only.
     */
    public record Who(Optional<Path> participants, Optional<Integer> count) {
    }

    /**
     * How long the search may take, the clock it reads and where it reports how far it is.
     */
    public record Search(Duration timeLimit, LongSupplier nanoClock, DoubleConsumer progress) {
    }

    private PlanTables() {
    }

    /**
     * @throws TafelException exit 2 for numbers out of range or both or neither of file and count;
     *                        exit 65 for too many people, an unknown role to mix, or no plan
     */
    public static TablePlan plan(Notices notices, Who who, int size, int rounds, Optional<String> mix, long seed,
                                 Search search) {
        if (who.participants().isPresent() == who.count().isPresent()) {
            throw TafelException.of(ExitCode.USAGE, "tables.oneInput");
        }
        int count = who.count().orElse(1);
        if (rounds < 1 || size < 2 || count < 1) {
            throw TafelException.of(ExitCode.USAGE, "tables.numbers");
        }
        if (rounds > Sizes.MAX_ROUNDS || size > Sizes.MAX_TABLE_SIZE || count > Sizes.MAX_PEOPLE) {
            throw TafelException.of(ExitCode.USAGE, "tables.tooLarge", Sizes.MAX_PEOPLE, Sizes.MAX_TABLE_SIZE, Sizes.MAX_ROUNDS);
        }
        List<Person> people = who.participants().isPresent()
                ? ParticipantsFile.read(notices, who.participants().get()) : numbered(count);
        if (people.size() > Sizes.MAX_PEOPLE) {
            throw TafelException.of(ExitCode.BAD_DATA, "tables.tooMany", who.participants().orElseThrow().toString(),
                    people.size(), Sizes.MAX_PEOPLE);
        }
        if (!Sizes.searchFits(people.size(), size, rounds)) {
            throw TafelException.of(ExitCode.USAGE, "tables.tooBig", people.size(), size, rounds, Sizes.MAX_SEARCH_CELLS);
        }
        mix.ifPresent(role -> {
            ParticipantsFile.withRole(people, role);
            ParticipantsFile.sayOtherRoles(notices, people.stream().filter(person -> ClosestMatch.among(person.role(),
                    List.of(role)).isPresent()).toList(), List.of(role), "tables.role.notMixed");
        });
        try {
            return TablePlanner.plan(people, size, rounds, mix, seed,
                    new TablePlanner.Limits(search.timeLimit().toNanos(), search.nanoClock(), search.progress()));
        } catch (TablePlanner.Infeasible infeasible) {
            throw TafelException.of(ExitCode.BAD_DATA, "tables.infeasible", infeasible.reason());
        }
    }

    private static List<Person> numbered(int count) {
        List<Person> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(new Person(Integer.toString(i), Integer.toString(i), "", "", Set.of(), "", Set.of(), Optional.empty()));
        }
        return list;
    }
}
