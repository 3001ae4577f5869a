package tafel.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import tafel.antwerp.TableRoster;
import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.i18n.Messages;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.csv.CsvInput;
import tafel.report.Anonymiser;
import tafel.report.MatchCards;
import tafel.report.TableCards;
import tafel.report.TablePlanPdf;

/** Use cases: the printed match cards of a match list, and the printed table plan of a seating list. */
public final class MakeCards {

    private MakeCards() {
    }

    /**
     * Match cards as PDF; with a draaiboek, its block's questions on every card and its title above.
     *
     * @param block the block whose questions to print; without it the first block with matches or questions
     */
    public static byte[] matchCards(Notices notices, Path matches, Optional<String> draaiboek, Optional<String> block,
                                    boolean anonymise, Messages messages) {
        String heading = messages.get("cards.heading");
        List<String> questions = List.of();
        String time = "";
        if (draaiboek.isPresent()) {
            Draaiboek loaded = DraaiboekFiles.openUsable(notices, draaiboek.get());
            heading = loaded.title();
            Optional<Block> chosen = block.isPresent() ? loaded.block(block.get())
                    : loaded.allBlocks().stream().filter(b -> b.matches().isPresent() || !b.questions().isEmpty()).findFirst();
            if (block.isPresent() && chosen.isEmpty()) {
                throw TafelException.of(ExitCode.USAGE, "cards.block.unknown", block.get(), draaiboek.get());
            }
            if (chosen.isPresent()) {
                questions = chosen.get().questions();
                heading = loaded.title() + " · " + chosen.get().code() + " " + chosen.get().title();
                Block cardsBlock = chosen.get();
                time = loaded.start().flatMap(start -> tafel.draaiboek.Agenda.of(loaded, start).entries().stream()
                                .filter(entry -> entry.block().equals(cardsBlock)).findFirst())
                        .map(entry -> entry.start() + " – " + entry.end()).orElse("");
            }
        }
        CsvInput table = InputFiles.csv(matches);
        Optional<Integer> round = table.column("round", "ronde");
        Optional<Integer> leftName = table.column("left_name");
        Optional<Integer> rightName = table.column("right_name");
        Optional<Integer> shared = table.column("shared_tags");
        if (leftName.isEmpty() || rightName.isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "cards.columns", matches.toString(), table.foundColumns());
        }
        Optional<Integer> leftId = table.column("left_id");
        Optional<Integer> rightId = table.column("right_id");
        List<Anonymiser.Named> people = new ArrayList<>();
        table.rows().forEach(row -> {
            people.add(named(row, leftId, leftName.get()));
            people.add(named(row, rightId, rightName.get()));
        });
        Anonymiser anonymiser = anonymise ? Anonymiser.of(people, messages.get("report.pseudonym")) : Anonymiser.off();
        // the rows of one round that share a person are one conversation: a trio is one card with three names
        Map<Integer, List<List<CsvInput.Row>>> rounds = new java.util.TreeMap<>();
        Map<String, List<CsvInput.Row>> groupOf = new java.util.HashMap<>();
        for (CsvInput.Row row : table.rows()) {
            int number = row.round(round);
            String leftKey = number + "\u0000" + named(row, leftId, leftName.get()).id();
            String rightKey = number + "\u0000" + named(row, rightId, rightName.get()).id();
            List<CsvInput.Row> group = groupOf.getOrDefault(leftKey, groupOf.get(rightKey));
            if (group == null) {
                group = new ArrayList<>();
                rounds.computeIfAbsent(number, r -> new ArrayList<>()).add(group);
            }
            group.add(row);
            groupOf.put(leftKey, group);
            groupOf.put(rightKey, group);
        }
        List<MatchCards.Card> cards = new ArrayList<>();
        for (Map.Entry<Integer, List<List<CsvInput.Row>>> entry : rounds.entrySet()) {
            int spot = 0;
            for (List<CsvInput.Row> group : entry.getValue()) {
                cards.add(card(entry.getKey(), group, ++spot, time, leftId, leftName.get(), rightId, rightName.get(), shared,
                        anonymiser));
            }
        }
        return MatchCards.render(cards, heading, questions, anonymiser.enabled(), messages);
    }

    /** One conversation's card: the person every row has in common first (the trio's host), then the others. */
    private static MatchCards.Card card(int round, List<CsvInput.Row> rows, int spot, String time, Optional<Integer> leftId,
                                        int leftName, Optional<Integer> rightId, int rightName, Optional<Integer> shared,
                                        Anonymiser anonymiser) {
        List<Anonymiser.Named> people = new ArrayList<>();
        java.util.Set<String> tags = new java.util.LinkedHashSet<>();
        for (CsvInput.Row row : rows) {
            for (Anonymiser.Named person : List.of(named(row, leftId, leftName), named(row, rightId, rightName))) {
                if (people.stream().noneMatch(known -> known.id().equals(person.id()))) {
                    people.add(person);
                }
            }
            shared.map(row::cell).filter(text -> !text.isBlank())
                    .ifPresent(text -> Arrays.stream(text.split("[;|]")).map(String::strip).forEach(tags::add));
        }
        // in a trio the person on every row is the one the others join; in a pair, the left one
        Map<String, Integer> rowsWith = new java.util.HashMap<>();
        for (CsvInput.Row row : rows) {
            rowsWith.merge(named(row, leftId, leftName).id(), 1, Integer::sum);
            rowsWith.merge(named(row, rightId, rightName).id(), 1, Integer::sum);
        }
        Anonymiser.Named host = people.stream().filter(person -> rowsWith.get(person.id()) == rows.size()).findFirst()
                .orElse(people.get(0));
        Anonymiser.Named chosen = host;
        List<String> others = people.stream().filter(person -> !person.id().equals(chosen.id()))
                .map(person -> anonymiser.name(person.name())).toList();
        return new MatchCards.Card(round, anonymiser.name(chosen.name()), others, List.copyOf(tags), spot, time);
    }

    /** A person of a list tafel wrote: their id (the name where a hand-made list has no id column) and name. */
    private static Anonymiser.Named named(CsvInput.Row row, Optional<Integer> id, int name) {
        String written = row.cell(name);
        return new Anonymiser.Named(id.map(row::cell).filter(text -> !text.isBlank()).orElse(written), written);
    }

    /**
     * The cards for the tables of a process: each table's QR code and link for the room's server.
     * Tokens are made for tables that have none; with {@code base} the links are for that address,
     * else for the one the server printed when it last started.
     */
    public static byte[] tableCards(Notices notices, ProcessFolder folder, Optional<String> base, Messages messages,
                                    RandomGenerator random) {
        AntwerpProcess process = AntwerpProcess.open(notices, folder);
        TableRoster roster = process.roster().orElseThrow(() -> TafelException.of(ExitCode.BAD_DATA,
                "antwerp.serve.noRoster").withHint("antwerp.serve.noRoster.hint", folder.dir().toString()));
        RoomAccess access = RoomAccess.open(folder, roster, random);
        if (base.isPresent()) {
            String address = base.get().endsWith("/") ? base.get() : base.get() + "/";
            if (!address.matches("https?://[^\\s/]+/")) {
                throw TafelException.of(ExitCode.USAGE, "tablecards.url.invalid", base.get());
            }
            access = access.withLinks(folder, address);
        }
        List<TableCards.Card> cards = new ArrayList<>();
        for (TableRoster.Table table : roster.entries()) {
            String link = access.link(table.label()).orElseThrow(() -> TafelException.of(ExitCode.USAGE,
                    "tablecards.url.missing").withHint("tablecards.url.missing.hint", folder.dir().toString()));
            cards.add(new TableCards.Card(table.label(), table.host(), link));
        }
        return TableCards.render(cards, process.contents().title(), messages);
    }

    /** A table plan as PDF: per round, who sits at which table. */
    /**
     * @throws TafelException exit 65 when the plan seats someone twice in one round (each said with its line first)
     */
    public static byte[] tablePlan(Notices notices, Path tables, Optional<String> title, boolean anonymise, Messages messages) {
        CsvInput table = InputFiles.csv(tables);
        Optional<Integer> round = table.column("round", "ronde");
        Optional<Integer> number = table.column("table", "tafel");
        Optional<Integer> id = table.column("participant_id", "id");
        Optional<Integer> name = table.column("participant_name", "name", "naam");
        if (number.isEmpty() || id.isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "plan.columns", tables.toString(), table.foundColumns());
        }
        List<Anonymiser.Named> people = new ArrayList<>();
        table.rows().forEach(row -> people.add(new Anonymiser.Named(row.cell(id.get()),
                name.map(row::cell).filter(text -> !text.isBlank()).orElse(row.cell(id.get())))));
        Anonymiser anonymiser = anonymise ? Anonymiser.of(people, messages.get("report.pseudonym")) : Anonymiser.off();
        List<TablePlanPdf.Seat> seats = new ArrayList<>();
        List<tafel.matching.PlanCheck.Seat> checked = new ArrayList<>();
        for (CsvInput.Row row : table.rows()) {
            int r = row.round(round);
            String who = name.map(row::cell).filter(text -> !text.isBlank()).orElse(row.cell(id.get()));
            seats.add(new TablePlanPdf.Seat(r, row.cell(number.get()), row.cell(id.get()), anonymiser.name(who)));
            checked.add(new tafel.matching.PlanCheck.Seat(r, row.cell(number.get()), row.cell(id.get()), who, row.line()));
        }
        // a plan edited by hand is checked before it is printed for the room: nobody twice in a round
        boolean broken = false;
        for (tafel.matching.PlanCheck.Problem problem : tafel.matching.PlanCheck.check(checked, List.of(), Optional.empty())) {
            notices.problem(tafel.text.Phrase.of("file.assignments.line", tables.toString(), problem.line(), problem.what()));
            broken |= problem.error();
        }
        if (broken) {
            throw TafelException.of(ExitCode.BAD_DATA, "plan.broken").withHint("file.assignments.plan.hint");
        }
        return TablePlanPdf.render(title.orElse(messages.get("plan.heading")), seats, anonymiser.enabled(), messages);
    }
}
