package tafel.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tafel.antwerp.Money;
import tafel.draaiboek.Draaiboek;
import tafel.i18n.GroupNames;
import tafel.i18n.Messages;
import tafel.io.SessionFolder;
import tafel.io.antwerp.ProcessFolder;
import tafel.report.Anonymiser;
import tafel.report.AntwerpReport;
import tafel.report.CompareReport;
import tafel.report.SessionReport;

/** Use case: the PDF report of a folder, an Antwerp process or a session, in the reader's language. */
public final class MakeReport {

    private MakeReport() {
    }

    /**
     * @param anonymise names of participants and facilitators replaced by pseudonyms (sessions)
     * @param now       the moment printed as "made on"
     */
    public static byte[] pdf(Notices notices, Path dir, boolean anonymise, Messages messages, OffsetDateTime now)
            throws IOException {
        if (java.nio.file.Files.exists(new tafel.io.sortition.DrawFolder(dir).file(tafel.io.sortition.DrawFolder.DRAW))) {
            return lot(notices, dir, messages, now);
        }
        if (new ProcessFolder(dir).exists()) {
            AntwerpProcess process = AntwerpProcess.open(notices, new ProcessFolder(dir));
            Map<String, String> names = new LinkedHashMap<>();
            process.contents().catalogue().themes().forEach(theme -> names.put(theme.id(), theme.name()));
            AntwerpReport.Facts facts = new AntwerpReport.Facts(process.contents().about(),
                    process.contents().onlineBallots().size(),
                    process.contents().projects().stream().filter(project -> !project.feasible()).toList(),
                    process.contents().logo());
            return AntwerpReport.render(process.contents().title(), process.rules(), process.outcome(), names,
                    process.state(), facts, messages, now, unprintable(notices));
        }
        SessionFolder.Contents contents = SessionRecord.read(notices, new SessionFolder(dir));
        Draaiboek draaiboek = SessionFolder.draaiboekOf(contents).orElseThrow();
        List<SessionReport.Attendee> attendees = SessionParticipants.of(notices, draaiboek, dir);
        Anonymiser anonymiser = SessionParticipants.anonymiser(notices, draaiboek, dir, anonymise,
                messages.get("report.pseudonym"));
        // copied into the session folder when the session started, next to its draaiboek
        java.util.Optional<byte[]> logo = draaiboek.logo().flatMap(path -> {
            java.util.Optional<byte[]> image = tafel.io.files.LogoImage.read(dir, path);
            if (image.isEmpty()) {
                notices.say("report.logo.unreadable", path);
            }
            return image;
        });
        return SessionReport.render(draaiboek, contents.events(), attendees, messages, anonymiser, now, logo, unprintable(notices));
    }

    /** A text the report could not print in full (a character no embedded font has): said, with the text. */
    private static java.util.function.Consumer<String> unprintable(Notices notices) {
        return text -> notices.problem(tafel.text.Phrase.of("report.unprintable", text));
    }

    /** A kept draw ({@code tafel lot … --save DIR}): how it was drawn, the panel against the quotas, the chances, the replacements. */
    private static byte[] lot(Notices notices, Path dir, Messages messages, OffsetDateTime now) {
        KeepDraw.Kept kept = KeepDraw.open(notices, dir);
        double[] chances = kept.spec().pool().stream().mapToDouble(person -> kept.draw().probabilities().getOrDefault(person.id(), 0.0))
                .toArray();
        List<String> replacements = kept.draw().replacements().stream()
                .map(replacement -> messages.get("lot.report.replacement", replacement.in(), replacement.out(), minutes(replacement.at())))
                .toList();
        return tafel.report.LotReport.render(new tafel.report.LotReport.Facts(kept.spec(), kept.draw().method(), kept.draw().seed(),
                minutes(kept.draw().drawnAt()), kept.draw().witnesses(), kept.panel(), kept.reservesLeft(), replacements, chances,
                kept.draw().lotteryPanels(), kept.draw().interchangeableGroups()), messages, now);
    }

    /** A moment as a reader writes it, to the minute: 2026-12-02 19:45. */
    private static String minutes(String at) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(OffsetDateTime.parse(at));
        } catch (java.time.format.DateTimeParseException unreadable) {
            return at;
        }
    }

    /**
     * The one-page comparison of rules: a table of the outcomes and charts of who gets the money —
     * per category and per group of voters, each next to its share of the votes; when the file has
     * neither, the share of voters each rule satisfies.
     */
    public static byte[] comparison(CompareRules.Compared compared, Path file, Messages messages, OffsetDateTime now) {
        ProjectsToAllocate.Input input = compared.input();
        String name = file.getFileName().toString().replaceFirst("(?i)\\.pb$", "");
        String title = input.budgets().size() == 1 && !input.names().getOrDefault("", "").isBlank()
                ? input.names().get("") : name;
        long budget = input.budgets().values().stream().mapToLong(Long::longValue).sum();
        String facts = messages.get("compare.pdf.facts", name, Money.display(budget, messages.locale()),
                input.candidates().size(), input.voters().size());
        List<String> rules = compared.outcomes().stream().map(outcome -> messages.get("compare.rule." + outcome.name())).toList();
        List<CompareReport.Rule> rows = compared.outcomes().stream().map(outcome -> new CompareReport.Rule(
                messages.get("compare.rule." + outcome.name()), outcome.funded().size(), outcome.cost(), outcome.satisfied())).toList();
        List<CompareReport.Chart> charts = new ArrayList<>();
        shareChart(charts, compared.categories(), messages.get("compare.pdf.categories"), rules, messages);
        shareChart(charts, compared.neighborhoods(), messages.get("compare.pdf.neighborhoods"), rules, messages);
        if (!compared.groups().isEmpty()) {
            List<List<Double>> values = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            // traits with few groups first: when the page is full, rows are left out of the longest (the neighbourhoods)
            Map<String, Long> groupsPerTrait = compared.groups().stream()
                    .collect(Collectors.groupingBy(share -> share.group().trait(), Collectors.counting()));
            compared.groups().stream().sorted(Comparator.comparing(share -> groupsPerTrait.get(share.group().trait())))
                    .forEach(share -> {
                labels.add(GroupNames.trait(messages, share.group().trait()) + ": "
                        + GroupNames.value(messages, share.group().trait(), share.group().value()));
                List<Double> row = new ArrayList<>(List.of(share.shareOfVoters()));
                row.addAll(share.shareOfMoney());
                values.add(row);
            });
            charts.add(new CompareReport.Chart(messages.get("compare.pdf.groups"), series("compare.col.voters", rules, messages),
                    labels, values));
        }
        if (charts.isEmpty() && compared.outcomes().stream().allMatch(outcome -> outcome.satisfied().isPresent())) {
            charts.add(new CompareReport.Chart(messages.get("compare.pdf.satisfiedChart"), List.of(messages.get("compare.col.voters")),
                    rules, compared.outcomes().stream().map(outcome -> List.of(outcome.satisfied().getAsDouble())).toList()));
        }
        List<CompareReport.Project> projects = input.candidates().stream().map(candidate -> new CompareReport.Project(
                candidate.title().isBlank() ? candidate.id() : candidate.title(), Money.display(candidate.cost(), messages.locale()),
                candidate.votes(), compared.outcomes().stream().map(outcome -> outcome.funded().contains(candidate.id())).toList()))
                .toList();
        return CompareReport.render(title, facts, rows, charts, projects, messages, now);
    }

    private static void shareChart(List<CompareReport.Chart> charts, List<CompareRules.CategoryShare> shares, String caption,
                                   List<String> rules, Messages messages) {
        if (shares.isEmpty()) {
            return;
        }
        List<List<Double>> values = new ArrayList<>();
        shares.forEach(share -> {
            List<Double> row = new ArrayList<>(List.of(share.votes()));
            row.addAll(share.spent());
            values.add(row);
        });
        charts.add(new CompareReport.Chart(caption, series("compare.col.votes", rules, messages),
                shares.stream().map(CompareRules.CategoryShare::category).toList(), values));
    }

    private static List<String> series(String first, List<String> rules, Messages messages) {
        List<String> series = new ArrayList<>(List.of(messages.get(first)));
        series.addAll(rules);
        return series;
    }
}
