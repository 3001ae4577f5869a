package tafel.antwerp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables of an evening: only these can enter, and every tally says which are in and which are
 * still missing. Labels are compared as people write them: "Tafel 5", "table 5", "05" and "5" are
 * table 5; anything else is no table of this evening (a typo must not become a phantom table).
 */
public record TableRoster(List<Table> entries) {

    /** Rosters larger than any hall: the labels are kept in memory and listed in messages. */
    public static final int MAX_TABLES = 500;
    /** Most people one table seats: a bigger number given for a table is a typo (a table number, an amount). */
    public static final int MOST_AT_A_TABLE = 50;

    /**
     * One table of the evening.
     *
     * @param host   who leads the table ("" when not known)
     * @param people how many sit at it (0 when not known)
     */
    public record Table(String label, String host, int people) {
    }

    public TableRoster {
        entries = List.copyOf(entries);
    }

    /** Tables 1 to {@code count}. */
    public static TableRoster numbered(int count) {
        List<String> labels = new ArrayList<>();
        for (int table = 1; table <= count; table++) {
            labels.add(Integer.toString(table));
        }
        return of(labels);
    }

    /** Tables with these labels, hosts and sizes not known. */
    public static TableRoster of(List<String> labels) {
        return new TableRoster(labels.stream().map(label -> new Table(label, "", 0)).toList());
    }

    /** The labels, in the roster's order. */
    public List<String> tables() {
        return entries.stream().map(Table::label).toList();
    }

    /** Whether two labels name the same table ("Tafel 05" and "5"). */
    public static boolean sameTable(String one, String other) {
        return normal(one).equals(normal(other));
    }

    /** The roster's own label for what was written, or empty when it names no table of the roster. */
    public Optional<String> find(String written) {
        String label = normal(written);
        return tables().stream().filter(table -> normal(table).equals(label)).findFirst();
    }

    /** How the roster is named in a message: "1–12" when numbered through, else the labels. */
    public String describe() {
        List<String> tables = tables();
        if (tables.equals(numbered(tables.size()).tables()) && tables.size() > 2) {
            return "1–" + tables.size();
        }
        return String.join(", ", tables);
    }

    /** Which tables have entered a step (or round) and which not yet, in roster order. */
    public Presence presence(Collection<String> entered) {
        Set<String> in = new TreeSet<>();
        entered.forEach(label -> find(label).ifPresent(in::add));
        List<String> tables = tables();
        List<String> missing = tables.stream().filter(table -> !in.contains(table)).toList();
        return new Presence(tables.size(), tables.size() - missing.size(), missing);
    }

    /** @param in how many roster tables have entered */
    public record Presence(int expected, int in, List<String> missing) {

        public Presence {
            missing = List.copyOf(missing);
        }
    }

    private static String normal(String written) {
        String label = written.strip().toLowerCase(Locale.ROOT).replaceFirst("^(tafel|table)\\s*", "").strip();
        if (!label.isEmpty() && label.chars().allMatch(Character::isDigit)) {
            label = label.replaceFirst("^0+(?=.)", "");
        }
        return label;
    }
}
