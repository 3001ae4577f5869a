package tafel.terminal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
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

    /** What became of a line: saved (with what it was understood as) or refused (with why). */
    public record Entered(boolean saved, List<String> lines) {
        public static Entered saved(List<String> understood) {
            return new Entered(true, understood);
        }

        public static Entered refused(List<String> problems) {
            return new Entered(false, problems);
        }
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
                       Function<TableLine, Entered> enter, Runnable showTally) throws IOException {
        List<String> names = new ArrayList<>();
        catalogue.themes().forEach(theme -> names.add(theme.name()));
        out.println(messages.get("entry.themes.intro", evening, perTable));
        loop(names, messages.get("entry.prompt"), enter, showTally);
    }

    /** Budget split: "TABLE: theme=amount, theme=25%, …" with completion of the selected theme names. */
    public void budget(List<String> themeNames, long budget, Function<TableLine, Entered> enter, Runnable showTally)
            throws IOException {
        out.println(messages.get("entry.budget.intro", tafel.antwerp.Money.display(budget, messages.locale()),
                themeNames.size()));
        loop(themeNames, messages.get("entry.prompt"), enter, showTally);
    }

    /** Project choice in a round; completion offers the ids and titles of the projects on the ballot. */
    public void projects(List<String> ballot, String round, int perTable, Function<TableLine, Entered> enter,
                         Runnable showTally) throws IOException {
        out.println(messages.get("entry.projects.intro", round, perTable));
        loop(ballot, messages.get("entry.prompt"), enter, showTally);
    }

    private void loop(List<String> completions, String prompt, Function<TableLine, Entered> enter, Runnable showTally)
            throws IOException {
        out.flush();
        try (Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build()) {
            run(terminal, completions, prompt, enter, showTally);
        }
    }

    /** The loop on a given terminal (tests pass a virtual one). */
    public void run(Terminal terminal, List<String> completions, String prompt, Function<TableLine, Entered> enter,
                    Runnable showTally) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).parser(new ItemParser())
                .completer(completer(completions)).option(LineReader.Option.AUTO_FRESH_LINE, true).build();
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt);
            } catch (EndOfFileException | UserInterruptException done) {
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
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                out.println(messages.get("entry.format"));
                out.flush();
                continue;
            }
            String table = trimmed.substring(0, colon).strip();
            List<String> items = Arrays.stream(trimmed.substring(colon + 1).split(",")).map(String::strip)
                    .filter(item -> !item.isEmpty()).toList();
            Entered entered = enter.apply(new TableLine(table, items));
            if (entered.saved()) {
                out.println(messages.get("entry.saved", table, String.join(", ", entered.lines())));
                showTally.run();
            } else {
                out.println(messages.get("entry.refused", table));
                entered.lines().forEach(problem -> out.println("  - " + problem));
            }
            out.flush();
        }
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
