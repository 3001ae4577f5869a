package tafel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.PlanTables;
import tafel.matching.Person;
import tafel.matching.TablePlan;
import tafel.matching.TablePlanner;
import tafel.presentation.PlanViews;

/** {@code tafel tables}: seats everyone at tables for several rounds so that nobody meets twice where possible. */
@Command(name = "tables", mixinStandardHelpOptions = true, sortOptions = false)
final class TablesCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Option(names = "--participants", paramLabel = "FILE", descriptionKey = "tables.participants")
    Path participants;

    @Option(names = "--people", paramLabel = "N", descriptionKey = "tables.people")
    Integer people;

    @Option(names = "--size", required = true, paramLabel = "K", descriptionKey = "tables.size")
    int size;

    @Option(names = "--rounds", defaultValue = "1", paramLabel = "R", descriptionKey = "tables.rounds")
    int rounds;

    @Option(names = "--mix", paramLabel = "ROLE", descriptionKey = "tables.mix")
    String mix;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "NUMBER", descriptionKey = "match.seed")
    long seed;

    @Option(names = "--time-limit", defaultValue = "10s", paramLabel = "DURATION", converter = DurationConverter.class,
            descriptionKey = "tables.timeLimit")
    Duration timeLimit;

    @Mixin
    ListOutputOptions listOutput;

    @Override
    public Integer call() {
        Console console = root.console();
        listOutput.check(participants);
        ProgressBar bar = new ProgressBar(console, root.environment().terminal());
        TablePlan plan;
        try {
            plan = PlanTables.plan(new ConsoleNotices(console),
                    new PlanTables.Who(Optional.ofNullable(participants), Optional.ofNullable(people)), size, rounds,
                    Optional.ofNullable(mix), seed, new PlanTables.Search(timeLimit, System::nanoTime, bar::show));
        } finally {
            bar.done();
        }
        listOutput.write(console, (out, forExcel) -> PlanViews.tablesCsv(out, plan, forExcel),
                out -> PlanViews.tablesJson(out, plan), out -> table(console, out, plan), participants);
        summary(console, plan, plan.people().size());
        return ExitCode.OK;
    }

    private void table(Console console, PrintWriter out, TablePlan plan) {
        for (int round = 0; round < plan.rounds(); round++) {
            out.println(console.style().bold(console.text("match.round", round + 1)));
            List<List<Integer>> tables = plan.seats().get(round);
            for (int table = 0; table < tables.size(); table++) {
                List<String> names = tables.get(table).stream().map(index -> plan.people().get(index).name()).toList();
                String roles = mix == null ? "" : "  [" + tables.get(table).stream()
                        .filter(index -> plan.people().get(index).role().equalsIgnoreCase(mix)).count() + " " + mix + "]";
                out.println(String.format("  %s %2d: %s%s", console.text("tables.table"), table + 1, String.join(", ", names), roles));
            }
            out.println();
        }
    }

    /** Repeats no plan can avoid: people with the same fixed table sit together every round. */
    private int unavoidable(TablePlan plan) {
        int pairs = 0;
        for (List<Person> together : fixedTables(plan).values()) {
            pairs += together.size() * (together.size() - 1) / 2;
        }
        return pairs * Math.max(0, plan.rounds() - 1);
    }

    private static java.util.Map<Integer, List<Person>> fixedTables(TablePlan plan) {
        java.util.Map<Integer, List<Person>> byTable = new java.util.TreeMap<>();
        for (Person person : plan.people()) {
            person.fixedTable().ifPresent(table -> byTable.computeIfAbsent(table, t -> new java.util.ArrayList<>()).add(person));
        }
        byTable.values().removeIf(together -> together.size() < 2);
        return byTable;
    }

    private static List<String> fixedTogether(TablePlan plan) {
        return fixedTables(plan).entrySet().stream().map(entry -> entry.getKey() + ": " + String.join(", ",
                entry.getValue().stream().map(Person::name).toList())).toList();
    }

    private void summary(Console console, TablePlan plan, int count) {
        int bound = TablePlanner.repeatFreeRoundLimit(count, size);
        List<TablePlan.Repeat> repeats = plan.repeats();
        if (repeats.isEmpty()) {
            console.say("tables.repeatFree", plan.rounds(), plan.seed());
        } else if (rounds > 1 && TablePlanner.fewerTablesThanSeats(count, size)) {
            int tables = plan.seats().get(0).size();
            console.say("tables.repeats.fewTables", plan.repeatCount(), tables, plan.seats().get(0).stream().mapToInt(List::size).max().orElse(0),
                    plan.seed());
        } else if (plan.repeatCount() == unavoidable(plan)) {
            console.say("tables.repeats.fixed", plan.repeatCount(), String.join("; ", fixedTogether(plan)), plan.seed());
        } else if (rounds > bound && TablePlanner.tarry(count, size)) {
            console.say("tables.repeats.tarry", plan.repeatCount(), bound, plan.seed());
        } else {
            console.say(rounds > bound ? "tables.repeats.bound" : "tables.repeats", plan.repeatCount(), bound, plan.seed());
        }
        if (!repeats.isEmpty()) {
            repeats.stream().limit(20).forEach(repeat -> console.err().println("  " + repeat.a().name() + " – "
                    + repeat.b().name() + " (" + repeat.times() + "×)"));
            if (repeats.size() > 20) {
                console.say("tables.repeats.more", repeats.size() - 20);
            }
        }
        if (mix != null) {
            int least = Integer.MAX_VALUE;
            int most = 0;
            for (List<List<Integer>> roundTables : plan.seats()) {
                for (List<Integer> seated : roundTables) {
                    int mixed = (int) seated.stream().filter(index -> plan.people().get(index).role().equalsIgnoreCase(mix)).count();
                    least = Math.min(least, mixed);
                    most = Math.max(most, mixed);
                }
            }
            console.say("tables.mixSummary", mix, least, most);
        }
        int[] met = plan.newPeopleMet();
        if (met.length > 0) {
            String average = String.format(console.messages().locale(), "%.1f", Arrays.stream(met).average().orElse(0));
            console.say("tables.met", Arrays.stream(met).min().getAsInt(), average, Arrays.stream(met).max().getAsInt());
        }
        console.err().flush();
    }
}
