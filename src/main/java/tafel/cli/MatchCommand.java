package tafel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.app.ExitCode;
import tafel.app.MatchPeople;
import tafel.matching.PairMatcher;
import tafel.text.Phrase;
import tafel.matching.Person;
import tafel.presentation.PlanViews;

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

    @Option(names = "--group-max", defaultValue = "3", paramLabel = "N", descriptionKey = "match.groupMax")
    int groupMax;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "NUMBER", descriptionKey = "match.seed")
    long seed;

    @Mixin
    ListOutputOptions listOutput;

    @Override
    public Integer call() {
        Console console = root.console();
        listOutput.check(participants);
        PairMatcher.Plan plan = MatchPeople.plan(new ConsoleNotices(console), participants, left, right, rounds,
                surplus, groupMax, seed);
        listOutput.write(console, (out, forExcel) -> PlanViews.matchCsv(out, plan, forExcel),
                out -> PlanViews.matchJson(out, plan), out -> table(console, out, plan), participants);
        summary(console, plan);
        sayWhatWasOptimised(console, plan);
        return ExitCode.OK;
    }

    private void sayWhatWasOptimised(Console console, PairMatcher.Plan plan) {
        Phrase scope = Phrase.of(rounds == 1 ? "match.scope.one" : plan.wholeEvening() ? "match.scope.evening" : "match.scope.rounds");
        boolean groups = surplus == PairMatcher.Surplus.TRIO && groupMax > 2 && plan.larger() > plan.smaller();
        console.say(groups ? "match.optimised.groups" : "match.optimised.pairs", groupMax, scope);
        if (!plan.exact()) {
            console.say("match.optimised.notExact");
        }
        if (surplus == PairMatcher.Surplus.TRIO && plan.sittingOut().containsKey(1) && plan.smaller() > 0) {
            int needed = 1 + (plan.larger() + plan.smaller() - 1) / plan.smaller();
            console.say("match.groupFull", plan.sittingOut().get(1).size(), groupMax, needed);
        }
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
