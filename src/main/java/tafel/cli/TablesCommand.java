package tafel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;
import tafel.matching.Person;
import tafel.matching.Sizes;
import tafel.matching.TablePlan;
import tafel.matching.TablePlanner;

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
        if ((participants == null) == (people == null)) {
            throw TafelException.of(ExitCode.USAGE, "tables.oneInput");
        }
        if (rounds < 1 || size < 2 || (people != null && people < 1)) {
            throw TafelException.of(ExitCode.USAGE, "tables.numbers");
        }
        if (rounds > Sizes.MAX_ROUNDS || size > Sizes.MAX_TABLE_SIZE || (people != null && people > Sizes.MAX_PEOPLE)) {
            throw TafelException.of(ExitCode.USAGE, "tables.tooLarge", Sizes.MAX_PEOPLE, Sizes.MAX_TABLE_SIZE, Sizes.MAX_ROUNDS);
        }
        List<Person> list = participants != null ? ParticipantsInput.read(console, participants) : numbered(people);
        if (list.size() > Sizes.MAX_PEOPLE) {
            throw TafelException.of(ExitCode.BAD_DATA, "tables.tooMany", participants.toString(), list.size(), Sizes.MAX_PEOPLE);
        }
        if (!Sizes.searchFits(list.size(), size, rounds)) {
            throw TafelException.of(ExitCode.USAGE, "tables.tooBig", list.size(), size, rounds, Sizes.MAX_SEARCH_CELLS);
        }
        if (mix != null) {
            ParticipantsInput.withRole(list, mix);
        }
        ProgressBar bar = new ProgressBar(console, root.environment().terminal());
        TablePlan plan;
        try {
            plan = TablePlanner.plan(list, size, rounds, Optional.ofNullable(mix), seed,
                    new TablePlanner.Limits(timeLimit.toNanos(), System::nanoTime, bar::show));
        } catch (TablePlanner.Infeasible infeasible) {
            throw TafelException.of(ExitCode.BAD_DATA, "tables.infeasible", console.messages().get(infeasible.reason()));
        } finally {
            bar.done();
        }
        listOutput.write(console, (out, forExcel) -> csv(out, plan, forExcel), out -> json(out, plan),
                out -> table(console, out, plan), participants);
        summary(console, plan, list.size());
        return ExitCode.OK;
    }

    private static List<Person> numbered(int count) {
        List<Person> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(new Person(Integer.toString(i), Integer.toString(i), "", "", Set.of(), "", Set.of(), Optional.empty()));
        }
        return list;
    }

    static void csv(PrintWriter out, TablePlan plan, boolean excel) {
        try (CsvOutput csv = CsvOutput.of(excel, out, "round", "table", "participant_id", "participant_name")) {
            for (int round = 0; round < plan.rounds(); round++) {
                List<List<Integer>> tables = plan.seats().get(round);
                for (int table = 0; table < tables.size(); table++) {
                    for (int index : tables.get(table)) {
                        Person person = plan.people().get(index);
                        csv.row(round + 1, table + 1, person.id(), person.name());
                    }
                }
            }
        }
    }

    private void json(PrintWriter out, TablePlan plan) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json.object().put("seed", plan.seed()).put("repeats", plan.repeatCount())
                .put("repeat_free", plan.repeatCount() == 0);
        ArrayNode roundsNode = root.putArray("rounds");
        for (List<List<Integer>> round : plan.seats()) {
            ArrayNode tables = roundsNode.addArray();
            for (List<Integer> table : round) {
                ArrayNode seats = tables.addArray();
                table.forEach(index -> seats.add(plan.people().get(index).id()));
            }
        }
        json.print(out, root);
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

    private void summary(Console console, TablePlan plan, int count) {
        int bound = TablePlanner.repeatFreeRoundLimit(count, size);
        List<TablePlan.Repeat> repeats = plan.repeats();
        if (repeats.isEmpty()) {
            console.say("tables.repeatFree", plan.rounds(), plan.seed());
        } else if (rounds > 1 && TablePlanner.fewerTablesThanSeats(count, size)) {
            int tables = plan.seats().get(0).size();
            console.say("tables.repeats.fewTables", plan.repeatCount(), tables, plan.seats().get(0).stream().mapToInt(List::size).max().orElse(0),
                    plan.seed());
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
            console.say("tables.met", Arrays.stream(met).min().getAsInt(), String.format(java.util.Locale.ROOT, "%.1f",
                    Arrays.stream(met).average().orElse(0)), Arrays.stream(met).max().getAsInt());
        }
        console.err().flush();
    }
}
