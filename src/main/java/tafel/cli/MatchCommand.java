package tafel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import tafel.matching.PairMatcher;
import tafel.matching.Person;
import tafel.matching.Sizes;

/** {@code tafel match}: optimal 1-on-1 matches between two roles, over one or more rounds. */
@Command(name = "match", mixinStandardHelpOptions = true, sortOptions = false)
final class MatchCommand implements Callable<Integer> {

    @ParentCommand
    TafelCommand root;

    @Option(names = "--participants", required = true, paramLabel = "FILE", descriptionKey = "match.participants")
    Path participants;

    @Option(names = "--left", required = true, paramLabel = "ROLE", descriptionKey = "match.left")
    String left;

    @Option(names = "--right", required = true, paramLabel = "ROLE", descriptionKey = "match.right")
    String right;

    @Option(names = "--rounds", defaultValue = "1", paramLabel = "R", descriptionKey = "match.rounds")
    int rounds;

    @Option(names = "--surplus", defaultValue = "trio", paramLabel = "trio|sit-out", converter = SurplusConverter.class,
            descriptionKey = "match.surplus")
    PairMatcher.Surplus surplus;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "NUMBER", descriptionKey = "match.seed")
    long seed;

    @Mixin
    ListOutputOptions listOutput;

    @Override
    public Integer call() {
        Console console = root.console();
        listOutput.check(participants);
        if (rounds < 1 || rounds > Sizes.MAX_ROUNDS) {
            throw TafelException.of(ExitCode.USAGE, "match.rounds.invalid", Sizes.MAX_ROUNDS);
        }
        List<Person> people = ParticipantsInput.read(console, participants);
        List<Person> leftPeople = ParticipantsInput.withRole(people, left);
        List<Person> rightPeople = ParticipantsInput.withRole(people, right);
        if (Math.max(leftPeople.size(), rightPeople.size()) > Sizes.MAX_MATCH_SIDE) {
            throw TafelException.of(ExitCode.BAD_DATA, "match.tooMany", participants.toString(),
                    Math.max(leftPeople.size(), rightPeople.size()), Sizes.MAX_MATCH_SIDE);
        }
        PairMatcher.Plan plan;
        try {
            plan = PairMatcher.match(leftPeople, rightPeople, rounds, surplus, seed);
        } catch (PairMatcher.Infeasible infeasible) {
            infeasible.reasons().forEach(reason -> console.err().println("tafel: " + console.messages().get(reason)));
            throw TafelException.of(ExitCode.BAD_DATA, "match.infeasible").withHint("match.infeasible.hint");
        }
        listOutput.write(console, (out, forExcel) -> csv(out, plan, forExcel), out -> json(out, plan),
                out -> table(console, out, plan), participants);
        summary(console, plan);
        return ExitCode.OK;
    }

    static void csv(PrintWriter out, PairMatcher.Plan plan, boolean excel) {
        try (CsvOutput csv = CsvOutput.of(excel, out, "round", "left_id", "left_name", "right_id", "right_name", "score",
                "shared_tags")) {
            for (PairMatcher.Meeting meeting : plan.meetings()) {
                csv.row(meeting.round(), meeting.left().id(), meeting.left().name(), meeting.right().id(),
                        meeting.right().name(), meeting.score(), String.join(";", meeting.sharedTags()));
            }
        }
    }

    private static void json(PrintWriter out, PairMatcher.Plan plan) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json.object().put("seed", plan.seed()).put("total_score", plan.totalScore());
        ArrayNode meetings = root.putArray("meetings");
        for (PairMatcher.Meeting meeting : plan.meetings()) {
            ObjectNode node = meetings.addObject().put("round", meeting.round()).put("left_id", meeting.left().id())
                    .put("left_name", meeting.left().name()).put("right_id", meeting.right().id())
                    .put("right_name", meeting.right().name()).put("score", meeting.score());
            ArrayNode tags = node.putArray("shared_tags");
            meeting.sharedTags().forEach(tags::add);
        }
        ObjectNode out2 = root.putObject("sitting_out");
        plan.sittingOut().forEach((round, people) -> {
            ArrayNode list = out2.putArray(Integer.toString(round));
            people.forEach(person -> list.add(person.id()));
        });
        json.print(out, root);
    }

    private void table(Console console, PrintWriter out, PairMatcher.Plan plan) {
        for (int round = 1; round <= rounds; round++) {
            int current = round;
            out.println(console.style().bold(console.text("match.round", round)));
            TextTable table = new TextTable(List.of(left, right, console.text("match.col.score"),
                    console.text("match.col.shared")), false, false, true, false);
            plan.meetings().stream().filter(meeting -> meeting.round() == current).forEach(meeting -> table.row(
                    meeting.left().name() + " (" + meeting.left().id() + ")",
                    meeting.right().name() + " (" + meeting.right().id() + ")", meeting.score(),
                    String.join(", ", meeting.sharedTags())));
            table.print(out, console.style());
            if (plan.sittingOut().containsKey(round)) {
                out.println(console.text("match.sittingOut", String.join(", ",
                        plan.sittingOut().get(round).stream().map(Person::name).toList())));
            }
            out.println();
        }
    }

    private static void summary(Console console, PairMatcher.Plan plan) {
        Set<String> without = new LinkedHashSet<>();
        for (PairMatcher.Meeting meeting : plan.meetings()) {
            if (meeting.score() == 0) {
                without.add(meeting.left().name() + " (" + meeting.left().id() + ")");
                without.add(meeting.right().name() + " (" + meeting.right().id() + ")");
            }
        }
        console.say("match.summary", plan.totalScore(), plan.meetings().size(), plan.seed());
        if (!without.isEmpty()) {
            console.say("match.noShared", without.size(), String.join(", ", new ArrayList<>(without)));
        }
    }
}
