package tafel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tafel.matching.Person;
import tafel.matching.TablePlan;
import tafel.matching.TablePlanner;

/** Social Golfer figures for docs/BENCHMARKS.md; arguments: people size rounds [seconds] [mixEvery]. */
public final class TablesBench {

    private TablesBench() {
    }

    public static void main(String[] args) {
        int people = Integer.parseInt(args[0]);
        int size = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 10;
        int mixEvery = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String role = mixEvery > 0 && i % mixEvery == 0 ? "ambtenaar" : "bewoner";
            list.add(new Person(Integer.toString(i + 1), "P" + (i + 1), role, "", Set.of(), "", Set.of(), Optional.empty()));
        }
        Optional<String> mix = mixEvery > 0 ? Optional.of("ambtenaar") : Optional.empty();
        long start = System.nanoTime();
        TablePlan greedy = TablePlanner.greedy(list, size, rounds, mix, 1);
        double greedyMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        TablePlan plan = TablePlanner.plan(list, size, rounds, mix, 1,
                new TablePlanner.Limits((long) (seconds * 1e9), System::nanoTime, fraction -> { }));
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("%d people, tables of %d, %d rounds: greedy %d repeats in %.1f ms; tafel %d repeats in %.1f ms%n",
                people, size, rounds, greedy.repeatCount(), greedyMs, plan.repeatCount(), ms);
    }
}
