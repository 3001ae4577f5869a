package tafel.terminal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jline.keymap.KeyMap;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import tafel.i18n.Messages;

/**
 * Live entry of table results for the Antwerp model: one line per table, {@code TABLE: item,
 * item, …}, with tab completion of theme names or project ids and titles. Each line is checked
 * and journaled by the caller; refused lines show why, and the facilitator types them again.
 * After every accepted line the tally is shown.
 */
public final class AntwerpEntry {

    /**
     * What became of a line: saved under its entry number (with what it was understood as),
     * refused (with why), or waiting for a yes (with what saving would change).
     */
    public record Entered(Kind kind, int entry, String table, List<String> lines) {

        public enum Kind { SAVED, REFUSED, CONFIRM }

        /** @param table the table as it was saved under (the roster's name for what was typed) */
        public static Entered saved(int entry, String table, List<String> understood) {
            return new Entered(Kind.SAVED, entry, table, understood);
        }

        public static Entered refused(List<String> problems) {
            return new Entered(Kind.REFUSED, 0, "", problems);
        }

        public static Entered confirm(List<String> consequences) {
            return new Entered(Kind.CONFIRM, 0, "", consequences);
        }
    }

    /** Where the lines go: a table's entry (replacing an earlier one only when asked to), and undo. */
    public interface Desk {

        Entered enter(TableLine line, boolean replace);

        /**
         * Withdraws the last entry of this step, or the given table's.
         *
         * @return what to tell the person, in their language
         */
        String undo(Optional<String> table);
    }

    /** A table's line: the table and what it chose, as typed. */
    public record TableLine(String table, List<String> items) {
        public List<String> themes() {
            return items;
        }
    }

    private final Messages messages;
    private final PrintWriter out;

    public AntwerpEntry(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    /** Theme choice; {@code enter} returns the problems (empty when the table was journaled). */
    public void themes(tafel.antwerp.ThemeCatalogue catalogue, int perTable, String evening,
                       Desk desk, Runnable showTally) throws IOException {
        List<String> names = new ArrayList<>();
        catalogue.themes().forEach(theme -> names.add(theme.name()));
        out.println(messages.get("entry.themes.intro", evening, perTable));
        loop(names, messages.get("entry.prompt"), desk, showTally);
    }

    /** Budget split: "TABLE: theme=amount, theme=25%, …" with completion of the selected theme names. */
    /** @param onPlans the tables place chips directly on plans (the names are the plans'), not on themes */
    public void budget(List<String> themeNames, long budget, boolean onPlans, Desk desk, Runnable showTally)
            throws IOException {
        out.println(messages.get(onPlans ? "entry.budget.intro.plans" : "entry.budget.intro",
                tafel.antwerp.Money.display(budget, messages.locale()), themeNames.size()));
        loop(themeNames, messages.get("entry.prompt"), desk, showTally);
    }

    /** Project choice in a round; completion offers the ids and titles of the projects on the ballot. */
    public void projects(List<String> ballot, String round, int perTable, Desk desk,
                         Runnable showTally) throws IOException {
        out.println(messages.get("entry.projects.intro", round, perTable));
        loop(ballot, messages.get("entry.prompt"), desk, showTally);
    }

    private void loop(List<String> completions, String prompt, Desk desk, Runnable showTally)
            throws IOException {
        out.println(messages.get("entry.choices", String.join(" · ", completions)));
        out.flush();
        try (Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build()) {
            run(terminal, completions, prompt, desk, showTally);
        }
    }

    /** The loop on a given terminal (tests pass a virtual one). */
    public void run(Terminal terminal, List<String> completions, String prompt, Desk desk,
                    Runnable showTally) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).parser(new ItemParser())
                .completer(completer(completions)).option(LineReader.Option.AUTO_FRESH_LINE, true)
                // completion never guesses: a unique start completes, an ambiguous one lists the
                // candidates and inserts none, and no typo-tolerant match is ever put in the line
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.COMPLETE_MATCHER_TYPO, false)
                .option(LineReader.Option.COMPLETE_MATCHER_CAMELCASE, false)
                .option(LineReader.Option.AUTO_MENU, false)
                .option(LineReader.Option.MENU_COMPLETE, false)
                .option(LineReader.Option.AUTO_LIST, true)
                .option(LineReader.Option.LIST_AMBIGUOUS, true)
                .build();
        // Ctrl-C clears the line being typed, as people expect from a prompt, instead of ending the
        // evening's entry: a key, not a signal, so it means the same on every terminal
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(LineReader.KILL_WHOLE_LINE), KeyMap.ctrl('C'));
        Attributes before = terminal.getAttributes();
        Attributes keys = new Attributes(before);
        keys.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(keys);
        try {
            read(reader, desk, showTally, prompt);
        } finally {
            terminal.setAttributes(before);
        }
    }

    private void read(LineReader reader, Desk desk, Runnable showTally, String prompt) {
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt, null, "");
            } catch (UserInterruptException cleared) {
                continue; // Ctrl-C throws away the line being typed, as in a shell; stop or Ctrl-D ends
            } catch (EndOfFileException done) {
                break;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String word = trimmed.toLowerCase(Locale.ROOT);
            if (word.equals("q") || word.equals("quit") || word.equals("stop") || word.equals("klaar")) {
                break;
            }
            if (word.equals("?") || word.equals("help") || word.equals("hulp")) {
                out.println(messages.get("entry.help"));
                out.flush();
                continue;
            }
            if (word.equals("stand") || word.equals("tally") || word.equals("results")) {
                showTally.run();
                continue;
            }
            if (word.equals("undo") || word.startsWith("undo ") || word.equals("herstel") || word.startsWith("herstel ")) {
                String table = trimmed.substring(word.indexOf(' ') < 0 ? trimmed.length() : word.indexOf(' ')).strip();
                out.println(desk.undo(table.isEmpty() ? Optional.empty() : Optional.of(table)));
                showTally.run();
                out.flush();
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                out.println(messages.get("entry.format"));
                out.flush();
                continue;
            }
            String table = trimmed.substring(0, colon).strip();
            List<String> items = items(trimmed.substring(colon + 1));
            TableLine tableLine = new TableLine(table, items);
            Entered entered = desk.enter(tableLine, false);
            if (entered.kind() == Entered.Kind.CONFIRM) {
                entered.lines().forEach(out::println);
                out.flush();
                String answer;
                try {
                    answer = reader.readLine(messages.get("entry.confirm")).strip().toLowerCase(Locale.ROOT);
                } catch (UserInterruptException | EndOfFileException keep) {
                    answer = "";
                }
                if (!(answer.equals("j") || answer.equals("ja") || answer.equals("y") || answer.equals("yes"))) {
                    out.println(messages.get("entry.kept", table));
                    out.flush();
                    continue;
                }
                entered = desk.enter(tableLine, true);
            }
            if (entered.kind() == Entered.Kind.SAVED) {
                out.println(messages.get("entry.saved", entered.table(), String.join(", ", entered.lines()), entered.entry()));
                showTally.run();
            } else {
                out.println(messages.get("entry.refused", table));
                entered.lines().forEach(problem -> out.println("  - " + problem));
            }
            out.flush();
        }
    }

    /**
     * The items of a line, split at commas. A piece without {@code =} right after an item with one
     * is the decimal part of its amount ("Groen=12,5%", "Fietspaden=€ 1.250,50"): theme names and
     * project ids never follow an amount without their own {@code =}.
     */
    static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String piece : text.split(",", -1)) {
            String last = items.isEmpty() ? "" : items.get(items.size() - 1);
            if (last.contains("=") && !piece.contains("=") && piece.strip().matches("\\d[\\d\\s]*%?")
                    && last.substring(last.indexOf('=') + 1).strip().matches(".*\\d")) {
                items.set(items.size() - 1, last + "," + piece.strip());
            } else {
                items.add(piece.strip());
            }
        }
        return items.stream().filter(item -> !item.isEmpty()).toList();
    }

    private static Completer completer(List<String> completions) {
        return (reader, line, candidates) -> {
            String prefix = line.word().toLowerCase(Locale.ROOT);
            for (String completion : completions) {
                if (completion.toLowerCase(Locale.ROOT).startsWith(prefix)
                        || completion.toLowerCase(Locale.ROOT).contains(" " + prefix)) {
                    candidates.add(new Candidate(completion, completion, null, null, null, null, false));
                }
            }
        };
    }

    /**
     * Items contain spaces ("Groen in straten"), so the word being completed is everything after
     * the last ':' or ',' rather than after the last space.
     */
    static final class ItemParser implements Parser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            String before = line.substring(0, Math.min(cursor, line.length()));
            int start = Math.max(before.lastIndexOf(':'), before.lastIndexOf(',')) + 1;
            while (start < before.length() && before.charAt(start) == ' ') {
                start++;
            }
            String word = before.substring(start);
            return new CompletingParsedLine() {
                public CharSequence escape(CharSequence candidate, boolean complete) {
                    return candidate;
                }

                public int rawWordCursor() {
                    return word.length();
                }

                public int rawWordLength() {
                    return word.length();
                }

                public String word() {
                    return word;
                }

                public int wordCursor() {
                    return word.length();
                }

                public int wordIndex() {
                    return 0;
                }

                public List<String> words() {
                    return List.of(word);
                }

                public String line() {
                    return line;
                }

                public int cursor() {
                    return cursor;
                }
            };
        }
    }
}
