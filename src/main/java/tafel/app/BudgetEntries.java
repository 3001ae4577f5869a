package tafel.app;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tafel.antwerp.BudgetWeighting;
import tafel.antwerp.Chips;
import tafel.antwerp.EntryRules;
import tafel.antwerp.Money;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.TableRoster;
import tafel.antwerp.Theme;
import tafel.antwerp.Unspent;
import tafel.io.antwerp.BatchRows;
import tafel.io.antwerp.CsvProblem;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.csv.CsvInput;
import tafel.text.Phrase;

/**
 * Use case, step 2 of the Antwerp model: a table's split of the budget over the selected themes
 * ({@code theme=amount} or {@code theme=25%}) is checked to add up exactly and journaled, one
 * table at a time or a whole file of tables.
 */
public final class BudgetEntries {

    private BudgetEntries() {
    }

    /**
     * One table's split as typed, item by item ("Groen=25000", "Fietspaden=25%").
     *
     * @param selected the ids of the themes that went through step 1
     * @param locale   how the saved amounts are written back ("€ 25.000" or "€25,000")
     */
    public static TableEntry enter(AntwerpProcess process, List<String> selected, String written, List<String> items,
                                   OffsetDateTime at, Locale locale, boolean replace) {
        return enter(process, selected, written, items, at, locale, replace, Optional.empty());
    }

    /** @param client the id a phone gave the entry, journaled with it (the room's server) */
    public static TableEntry enter(AntwerpProcess process, List<String> selected, String written, List<String> items,
                                   OffsetDateTime at, Locale locale, boolean replace, Optional<String> client) {
        return enter(process, selected, written, items, at, locale, replace, client, Optional.empty());
    }

    /** @param participants the people at the table as given with the entry (else the roster's number) */
    public static TableEntry enter(AntwerpProcess process, List<String> selected, String written, List<String> items,
                                   OffsetDateTime at, Locale locale, boolean replace, Optional<String> client,
                                   Optional<String> participants) {
        Optional<String> label = TableLabels.of(process, written);
        if (label.isEmpty()) {
            return TableEntry.refused(List.of(TableLabels.unknown(process, written)));
        }
        String table = label.get();
        // "deelnemers=6" among the amounts says how many sat at the table (the prompt's way to give it)
        List<String> amounts = new ArrayList<>();
        Optional<String> given = participants;
        for (String item : items) {
            int equals = item.indexOf('=');
            if (equals > 0 && PARTICIPANT_WORDS.contains(item.substring(0, equals).strip().toLowerCase(Locale.ROOT))) {
                given = given.or(() -> Optional.of(item.substring(equals + 1).strip()));
            } else {
                amounts.add(item);
            }
        }
        List<Phrase> counted = new ArrayList<>();
        Optional<Integer> people = participants(process, table, given, counted);
        if (!counted.isEmpty()) {
            return TableEntry.refused(counted);
        }
        List<EntryRules.Share> shares = new ArrayList<>();
        List<Phrase> problems = new ArrayList<>();
        Map<String, String> supportWritten = new LinkedHashMap<>();
        for (String item : amounts) {
            int equals = item.lastIndexOf('=');
            Optional<EntryRules.Share> share = Optional.empty();
            if (equals >= 0) {
                String theme = item.substring(0, equals).strip();
                String value = item.substring(equals + 1);
                // "Groen=12/4": 12 chips (or an amount) from 4 of the table's people
                int slash = value.lastIndexOf('/');
                if (slash >= 0) {
                    supportWritten.put(theme, value.substring(slash + 1).strip());
                    value = value.substring(0, slash);
                }
                share = ProcessFolder.share(theme, value, process.rules().chips());
            }
            share.ifPresentOrElse(shares::add, () -> problems.add(Phrase.of("entry.split.item", item)));
        }
        if (!problems.isEmpty()) {
            return TableEntry.refused(problems);
        }
        EntryRules.Checked<Map<String, Long>> checked = split(process, shares, selected, people);
        if (!checked.ok()) {
            return TableEntry.refused(checked.problems());
        }
        Map<String, Integer> supporters = supporters(process, checked.value(), supportWritten, people, problems);
        if (!problems.isEmpty()) {
            return TableEntry.refused(problems);
        }
        Optional<ProcessEvent.BudgetSplit> earlier = process.state().budgetSplit(table);
        if (earlier.isPresent() && !replace) {
            return TableEntry.confirm(List.of(Phrase.of("entry.exists", table,
                    String.join(", ", shown(process, earlier.get().amounts(), locale)), earlier.get().entry())));
        }
        int entry = process.state().nextEntry();
        process.append(List.of(new ProcessEvent.BudgetSplit(at, entry, table, checked.value(),
                earlier.map(ProcessEvent::entry), client, people, supporters)));
        return TableEntry.saved(entry, table, shown(process, checked.value(), locale));
    }

    private static final List<String> PARTICIPANT_WORDS = List.of("deelnemers", "participants", "personen", "people");

    /**
     * The people at the table: as given with the entry, else the roster's number. Journaled with
     * every split, so the rules may weigh by them later; refused (a problem added) when given but
     * not a number of people, or when the rules weigh by participants and nobody said how many.
     */
    private static Optional<Integer> participants(AntwerpProcess process, String table, Optional<String> given,
                                                  List<Phrase> problems) {
        if (given.isPresent()) {
            try {
                int count = Integer.parseInt(given.get().strip());
                if (count >= 1 && count <= TableRoster.MOST_AT_A_TABLE) {
                    return Optional.of(count);
                }
            } catch (NumberFormatException notANumber) {
                // said below
            }
            problems.add(Phrase.of("entry.participants.invalid", given.get(), TableRoster.MOST_AT_A_TABLE));
            return Optional.empty();
        }
        Optional<Integer> fromRoster = process.rosterPeople(table);
        if (fromRoster.isEmpty() && (process.rules().budgetWeighting() == BudgetWeighting.PARTICIPANTS
                || process.rules().chips().isPresent() || process.rules().minSupportShare().isPresent())) {
            problems.add(Phrase.of("entry.participants.missing", table));
        }
        return fromRoster;
    }

    /**
     * How many of the table's people put money or chips on each theme, by theme id, as written after
     * a "/"; when the rules set a least support, every theme with money needs it, never more than
     * the people at the table.
     */
    private static Map<String, Integer> supporters(AntwerpProcess process, Map<String, Long> amounts,
                                                   Map<String, String> written, Optional<Integer> people,
                                                   List<Phrase> problems) {
        Map<String, Integer> supporters = new LinkedHashMap<>();
        for (Map.Entry<String, String> support : written.entrySet()) {
            String theme = process.budgetCatalogue().find(support.getKey()).map(Theme::id).orElse(support.getKey());
            try {
                int count = Integer.parseInt(support.getValue());
                if (count < 0 || people.isPresent() && count > people.get()) {
                    problems.add(Phrase.of("entry.support.over", support.getKey(), count, people.orElse(0)));
                } else {
                    supporters.put(theme, count);
                }
            } catch (NumberFormatException notACount) {
                problems.add(Phrase.of("entry.support.invalid", support.getValue()));
            }
        }
        if (process.rules().minSupportShare().isPresent()) {
            amounts.forEach((theme, amount) -> {
                if (amount > 0 && !supporters.containsKey(theme)) {
                    problems.add(Phrase.of("entry.support.missing", process.budgetCatalogue().byId(theme).name()));
                }
            });
        }
        return supporters;
    }

    /**
     * The split checked against what the table may place: the whole budget, or with chips its
     * people's chips (said in chips when it places too many, or too few where all must be placed).
     */
    private static EntryRules.Checked<Map<String, Long>> split(AntwerpProcess process, List<EntryRules.Share> shares,
                                                               List<String> selected, Optional<Integer> people) {
        Optional<Chips> chips = process.rules().chips();
        if (chips.isEmpty()) {
            return EntryRules.split(shares, process.budgetCatalogue(), selected, process.rules().themesBudget(),
                    process.rules().unspent());
        }
        int count = people.orElseThrow();
        if (shares.stream().anyMatch(share -> share.percent().isPresent())) {
            return new EntryRules.Checked<>(Map.of(), List.of(Phrase.of("entry.chips.percent")));
        }
        long placed = shares.stream().mapToLong(share -> share.cents().orElse(0L)).sum() / chips.get().value();
        long has = chips.get().count(count);
        if (placed > has || placed < has && process.rules().unspent() == Unspent.REFUSE) {
            return new EntryRules.Checked<>(Map.of(), List.of(Phrase.of(placed > has ? "entry.chips.over" : "entry.chips.short",
                    placed, has, count, chips.get().perParticipant())));
        }
        return EntryRules.split(shares, process.budgetCatalogue(), selected, chips.get().capacity(count), Unspent.ALLOW);
    }

    private static List<String> shown(AntwerpProcess process, Map<String, Long> amounts, Locale locale) {
        return amounts.entrySet().stream().map(amount -> process.budgetCatalogue().byId(amount.getKey()).name() + " "
                + Money.display(amount.getValue(), locale)).toList();
    }

    /** Every table of a file ({@code table,theme,amount} rows): all journaled in one write, or none when a row cannot be used. */
    public static TableEntry.Batch enterAll(AntwerpProcess process, Path file, List<String> selected, OffsetDateTime at,
                                            Notices notices) {
        CsvInput table = InputFiles.csv(file);
        List<CsvProblem> problems = new ArrayList<>();
        BatchRows.Read read = BatchRows.budget(table, "table", problems);
        int rejected = read.rejected();
        List<ProcessEvent> events = new ArrayList<>();
        int entry = process.state().nextEntry();
        for (BatchRows.Group group : read.groups()) {
            Optional<String> label = TableLabels.ofRow(process, group.key().get(0), file.toString(), group.line(), problems);
            if (label.isEmpty()) {
                rejected++;
                continue;
            }
            int before = problems.size();
            Map<String, String> supportWritten = new LinkedHashMap<>();
            List<BatchRows.Value> values = new ArrayList<>();
            for (BatchRows.Value value : group.values()) {
                int slash = value.amount().lastIndexOf('/');
                if (slash >= 0) {
                    supportWritten.put(value.item(), value.amount().substring(slash + 1).strip());
                }
                values.add(slash < 0 ? value : new BatchRows.Value(value.line(), value.item(), value.amount().substring(0, slash)));
            }
            BatchRows.Group amounts = new BatchRows.Group(group.key(), group.line(), values, group.participants());
            List<EntryRules.Share> shares = ProcessFolder.shares(amounts, file.toString(), problems, process.rules().chips());
            if (problems.size() > before) {
                rejected++;
                continue;
            }
            List<Phrase> counted = new ArrayList<>();
            Optional<Integer> people = participants(process, label.get(),
                    Optional.of(group.participants()).filter(text -> !text.isEmpty()), counted);
            EntryRules.Checked<Map<String, Long>> checked = counted.isEmpty() ? split(process, shares, selected, people)
                    : new EntryRules.Checked<>(Map.of(), List.of());
            Map<String, Integer> supporters = checked.ok() && counted.isEmpty()
                    ? supporters(process, checked.value(), supportWritten, people, counted) : Map.of();
            if (!checked.ok() || !counted.isEmpty()) {
                rejected++;
                List<Phrase> all = new ArrayList<>(checked.problems());
                all.addAll(counted);
                all.forEach(problem -> problems.add(new CsvProblem(file.toString(), group.line(),
                        Phrase.of("batch.table", group.key().get(0), problem))));
                continue;
            }
            events.add(new ProcessEvent.BudgetSplit(at, entry++, label.get(), checked.value(),
                    process.state().budgetSplit(label.get()).map(ProcessEvent::entry), Optional.empty(), people, supporters));
        }
        notices.requireUsable(problems, read.rows(), rejected);
        process.append(events);
        return new TableEntry.Batch(events.size(), read.rows());
    }
}
