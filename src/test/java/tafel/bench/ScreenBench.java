package tafel.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;


import tafel.antwerp.Theme;
import tafel.app.AntwerpProcess;
import tafel.app.FollowProcess;
import tafel.app.Notices;
import tafel.app.ThemeEntries;
import tafel.cli.Environment;
import tafel.cli.Tafel;
import tafel.io.antwerp.ProcessFolder;
import tafel.terminal.Board;
import tafel.terminal.ProjectorScreen;
import tafel.testing.VirtualTerminal;

/**
 * The live-entry figures of docs/BENCHMARKS.md: entry to projector redraw over 100 entries (the
 * screen's own poll of 250 ms, on a virtual terminal of 120×40), and the keystrokes to type one
 * table's five themes with Tab completion. Run with scripts/bench-screen.
 */
public final class ScreenBench {

    private ScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("org.jline").setLevel(java.util.logging.Level.OFF);
        Path work = Files.createTempDirectory("screen-bench");
        Path dir = work.resolve("proces");
        run("antwerp", "init", dir.toString(), "--budget", "1100000", "--themes", "examples/antwerpen/catalogus.csv",
                "--unit", "1000", "--tie-rule", "lot", "--seed", "2026", "--tables", "100");
        AntwerpProcess writer = AntwerpProcess.open(Notices.quiet(), new ProcessFolder(dir));
        List<String> names = writer.contents().catalogue().themes().stream().map(Theme::name).toList();

        AtomicLong drawnAt = new AtomicLong();
        AtomicLong draws = new AtomicLong();
        FollowProcess follow = new FollowProcess(new ProcessFolder(dir));
        List<Double> latencies = new ArrayList<>();
        try (VirtualTerminal virtual = new VirtualTerminal(120, 40)) {
            virtual.start(() -> {
                new ProjectorScreen(() -> follow.changed().map(process -> board(process)), false, Duration.ofMillis(250))
                        .onDrawn(board -> {
                            drawnAt.set(System.nanoTime());
                            draws.incrementAndGet();
                        }).run(virtual.terminal());
                return null;
            });
            waitFor(() -> draws.get() >= 1);
            for (int table = 1; table <= 100; table++) {
                List<String> five = new ArrayList<>(names);
                Collections.rotate(five, table);
                long before = draws.get();
                long entered = System.nanoTime();
                ThemeEntries.enter(writer, "1", Integer.toString(table), five.subList(0, 5),
                        OffsetDateTime.parse("2026-11-25T20:00:00+01:00"), true);
                waitFor(() -> draws.get() > before);
                latencies.add((drawnAt.get() - entered) / 1e6);
            }
            virtual.type("q");
            virtual.awaitEnd();
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "entry -> projector redraw over 100 entries (poll 250 ms): median %.0f ms, max %.0f ms%n",
                latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1));
        System.out.printf(Locale.ROOT, "keystrokes for one table's five themes (\"3: \" + shortest unique starts + Tab, "
                + "\", \" between, Enter): %d, against %d typed out in full%n", keystrokes(names, true), keystrokes(names, false));
    }

    private static Board board(AntwerpProcess process) {
        return new Board(process.contents().title(), process.outcome().themes().tablesCounted() + " tables", "",
                List.of(), 0, "", "");
    }

    /** Typing "3: " then, for the five most chosen names of the example, a unique start and Tab (or the whole name). */
    private static int keystrokes(List<String> names, boolean completing) {
        List<String> five = List.of("Speelpleinen", "Fietspaden", "Sport voor iedereen", "Groen in straten",
                "Veiligheid in de buurt");
        int count = 3;
        for (String name : five) {
            count += completing ? uniqueStart(name, names) + 1 : name.length();
        }
        return count + 2 * (five.size() - 1) + 1;
    }

    private static int uniqueStart(String name, List<String> names) {
        for (int length = 1; length <= name.length(); length++) {
            String start = name.substring(0, length).toLowerCase(Locale.ROOT);
            long matching = names.stream().map(other -> other.toLowerCase(Locale.ROOT))
                    .filter(other -> other.startsWith(start) || other.contains(" " + start)).count();
            if (matching == 1) {
                return length;
            }
        }
        return name.length();
    }

    private static void run(String... args) {
        StringWriter err = new StringWriter();
        int code = Tafel.run(new ByteArrayOutputStream(), new PrintWriter(err), Environment.plain(Locale.ENGLISH), args);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": " + err);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
    }
}
