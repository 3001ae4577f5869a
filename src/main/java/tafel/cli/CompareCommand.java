package tafel.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tafel.antwerp.Candidate;
import tafel.antwerp.Money;
import tafel.app.CompareRules;
import tafel.app.ExitCode;
import tafel.app.MakeReport;
import tafel.app.ProjectsToAllocate;
import tafel.budgeting.VoterGroups;
import tafel.i18n.GroupNames;
import tafel.presentation.CompareViews;

/** {@code tafel projects compare --pb FILE}: greedy, Equal Shares and the official outcome side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false)
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    ProjectsCommand parent;

    @Option(names = "--pb", required = true, paramLabel = "FILE.pb", descriptionKey = "compare.pb")
    Path pbFile;

    @Mixin
    FormatOption format;

    @Option(names = "--pdf", paramLabel = "FILE.pdf", descriptionKey = "compare.pdf")
    Path pdf;

    @Override
    public Integer call() {
        Console console = parent.console();
        if (pdf != null) {
            OutputTarget.check(pdf, pbFile);
        }
        CompareRules.Compared compared = CompareRules.compare(new ConsoleNotices(console),
                ProjectsToAllocate.fromPabulib(pbFile, Optional.empty()));
        if (pdf != null) {
            OutputTarget.write(console, pdf, MakeReport.comparison(compared, pbFile, console.messages(),
                    OffsetDateTime.now(parent.environment().clock())), pbFile);
            return ExitCode.OK;
        }
        switch (format.format()) {
            case csv -> CompareViews.csv(console.out(), compared, false);
            case json -> CompareViews.printJson(console.out(), compared);
            default -> table(console, compared);
        }
        return ExitCode.OK;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** Per category or neighbourhood: its share of the votes and of each rule's money. */
    private static void shares(Console console, CompareRules.Compared compared, List<CompareRules.CategoryShare> list,
                               String captionKey, String columnKey) {
        if (list.isEmpty()) {
            return;
        }
        console.out().println();
        List<String> columns = new ArrayList<>(List.of(console.text(columnKey), console.text("compare.col.votes")));
        compared.outcomes().forEach(outcome -> columns.add(console.text("compare.rule." + outcome.name())));
        boolean[] numbers = new boolean[columns.size()];
        Arrays.fill(numbers, 1, numbers.length, true);
        TextTable shares = new TextTable(columns, numbers);
        for (CompareRules.CategoryShare share : list) {
            List<Object> cells = new ArrayList<>(List.of(share.category(), percent(share.votes())));
            share.spent().forEach(spent -> cells.add(percent(spent)));
            shares.row(cells.toArray());
        }
        console.out().println(console.text(captionKey));
        shares.print(console.out(), console.style());
    }

    private static void table(Console console, CompareRules.Compared compared) {
        var locale = console.messages().locale();
        List<String> headers = new ArrayList<>(List.of(console.text("alloc.col.id"), console.text("alloc.col.title"),
                console.text("alloc.col.cost"), console.text("alloc.col.votes")));
        compared.outcomes().forEach(outcome -> headers.add(console.text("compare.rule." + outcome.name())));
        boolean[] right = new boolean[headers.size()];
        right[2] = true;
        right[3] = true;
        TextTable table = new TextTable(headers, right);
        for (Candidate candidate : compared.input().candidates()) {
            List<Object> cells = new ArrayList<>(List.of(candidate.id(), candidate.title(),
                    Money.display(candidate.cost(), locale), candidate.votes()));
            compared.outcomes().forEach(outcome -> cells.add(outcome.funded().contains(candidate.id())
                    ? console.text("alloc.funded.yes") : ""));
            table.row(cells.toArray());
        }
        table.print(console.out(), console.style());
        console.out().println();
        for (CompareRules.Outcome outcome : compared.outcomes()) {
            String line = console.text("compare.summary", console.text("compare.rule." + outcome.name()),
                    outcome.funded().size(), Money.display(outcome.cost(), locale));
            if (outcome.satisfied().isPresent()) {
                line += " " + console.text("compare.satisfied",
                        Math.round(outcome.satisfied().getAsDouble() * 1000) / 10.0);
            }
            console.out().println(line);
        }
        shares(console, compared, compared.categories(), "compare.categories", "compare.col.category");
        shares(console, compared, compared.neighborhoods(), "compare.neighborhoods", "compare.col.neighborhood");
        if (!compared.groups().isEmpty()) {
            console.out().println();
            List<String> columns = new ArrayList<>(List.of(console.text("compare.col.trait"), console.text("compare.col.group"),
                    console.text("compare.col.voters")));
            compared.outcomes().forEach(outcome -> columns.add(console.text("compare.rule." + outcome.name())));
            boolean[] numbers = new boolean[columns.size()];
            Arrays.fill(numbers, 2, numbers.length, true);
            TextTable groups = new TextTable(columns, numbers);
            String previous = "";
            for (VoterGroups.Share share : compared.groups()) {
                String trait = GroupNames.trait(console.messages(), share.group().trait());
                List<Object> cells = new ArrayList<>(List.of(trait.equals(previous) ? "" : trait,
                        GroupNames.value(console.messages(), share.group().trait(), share.group().value()), percent(share.shareOfVoters())));
                share.shareOfMoney().forEach(money -> cells.add(percent(money)));
                groups.row(cells.toArray());
                previous = trait;
            }
            console.out().println(console.text("compare.groups"));
            groups.print(console.out(), console.style());
        }
        console.out().flush();
    }
}
