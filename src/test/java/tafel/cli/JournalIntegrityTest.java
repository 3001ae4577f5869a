package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;

/** A journal that was copied, cut, shuffled or mixed with another one says where, instead of being believed. */
class JournalIntegrityTest {

    private static Path session(Path folder, String name, String script) throws Exception {
        Path input = Files.writeString(folder.resolve(name + ".txt"), script);
        Path session = folder.resolve(name);
        CommandRun run = CommandRun.english("run", "leersessie-bewoners", "--headless", "--session", session.toString(),
                "--input", input.toString(), "--start", "19:30", "--date", "2026-11-24");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return session;
    }

    private static CommandRun statusAfter(Path folder, UnaryOperator<List<String>> change) throws Exception {
        Path session = session(folder, "s", "wait 1m\nnext\nnote een\nnote twee\nwait 2m\nnext\nnote drie\n");
        Path journal = session.resolve("events.jsonl");
        Files.write(journal, change.apply(new ArrayList<>(Files.readAllLines(journal))));
        return CommandRun.english("status", session.toString());
    }

    @Test
    void anUntouchedJournalReads(@TempDir Path folder) throws Exception {
        assertThat(statusAfter(folder, lines -> lines).exitCode()).isZero();
    }

    @Test
    void aDuplicatedLineIsNamedAsACopy(@TempDir Path folder) throws Exception {
        CommandRun run = statusAfter(folder, lines -> {
            lines.add(4, lines.get(3));
            return lines;
        });
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("events.jsonl, line 5: a copy of line 4", "Keep a copy before repairing it");
    }

    @Test
    void aRemovedLineIsMissed(@TempDir Path folder) throws Exception {
        CommandRun run = statusAfter(folder, lines -> {
            lines.remove(3);
            return lines;
        });
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("line 4: entries 4 to 4 are missing before this line");
    }

    @Test
    void swappedLinesAreOutOfOrder(@TempDir Path folder) throws Exception {
        CommandRun run = statusAfter(folder, lines -> {
            Collections.swap(lines, 3, 4);
            return lines;
        });
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("line 4: holds entry 5 where entry 4 belongs: the lines are out of order");
        CommandRun back = statusAfter(Files.createDirectory(folder.resolve("b")), lines -> {
            lines.add(lines.remove(2));
            return lines;
        });
        assertThat(back.err()).contains("line 3: holds entry 4 where entry 3 belongs");
    }

    @Test
    void aChangedLineBreaksTheLinkOfTheNext(@TempDir Path folder) throws Exception {
        CommandRun run = statusAfter(folder, lines -> {
            int note = lines.indexOf(lines.stream().filter(line -> line.contains("\"een\"")).findFirst().orElseThrow());
            lines.set(note, lines.get(note).replace("\"een\"", "\"eem\""));
            return lines;
        });
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("line 6: does not follow line 5");
    }

    @Test
    void aLineFromAnotherSessionIsForeign(@TempDir Path folder) throws Exception {
        Path other = session(folder, "other", "wait 5m\nnext\nnote elders\nwait 1m\nnext\nnote nog\nnote meer\nnote nog meer\n");
        List<String> foreign = Files.readAllLines(other.resolve("events.jsonl"));
        CommandRun run = statusAfter(folder, lines -> {
            String borrowed = foreign.stream().filter(line -> line.contains("\"seq\":" + (lines.size() + 1) + ","))
                    .findFirst().orElseThrow();
            lines.add(borrowed);
            return lines;
        });
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("does not follow line", "another journal");
    }

    @Test
    void anOldJournalWithoutNumbersStillReadsAndContinuesNumbered(@TempDir Path folder) throws Exception {
        Path session = session(folder, "s", "wait 1m\nnext\nnote een\n");
        Path journal = session.resolve("events.jsonl");
        List<String> old = Files.readAllLines(journal).stream()
                .map(line -> line.replaceFirst("^\\{\"seq\":\\d+,(\"prev\":\"[0-9a-f]+\",)?", "{")).toList();
        Files.write(journal, old);
        assertThat(CommandRun.english("status", session.toString()).exitCode()).isZero();
        Path script = Files.writeString(folder.resolve("more.txt"), "note twee\n");
        CommandRun resumed = CommandRun.english("run", "--resume", session.toString(), "--headless", "--input", script.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        List<String> now = Files.readAllLines(journal);
        assertThat(now.get(now.size() - 1)).startsWith("{\"seq\":" + now.size() + ",\"prev\":\"");
        assertThat(CommandRun.english("status", session.toString()).exitCode()).isZero();
    }

    /** A process journal with one more line, linked correctly, so only its content can be wrong. */
    private static CommandRun resultsWithExtraLine(Path folder, String json) throws Exception {
        Path dir = AntwerpCommandTest.wholeProcess(folder);
        Path journal = dir.resolve("events.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        lines.add(tafel.journal.JournalChain.link(json,
                new tafel.journal.JournalChain.Position(lines.size(), lines.get(lines.size() - 1))));
        Files.write(journal, lines);
        return CommandRun.english("antwerp", "results", dir.toString());
    }

    @Test
    void processEntriesAreCheckedWhenReadBack(@TempDir Path folder) throws Exception {
        String at = "\"at\":\"2026-11-24T20:00:00+01:00\"";
        String[][] cases = {
                {"{\"type\":\"themes_chosen\"," + at + ",\"entry\":9000,\"evening\":\"1\",\"table\":\"99\",\"themes\":[\"3\",\"zz\"]}",
                        "the field \"themes\" holds \"zz\", which cannot be: no theme in the catalogue has that id"},
                {"{\"type\":\"undone\"," + at + ",\"entry\":9000,\"undoes\":8999}",
                        "the field \"undoes\" holds \"8999\", which cannot be: no earlier entry has that number"},
                {"{\"type\":\"undone\"," + at + ",\"entry\":99999999999,\"undoes\":1}",
                        "the field \"entry\" is missing or has the wrong type"},
                {"{\"type\":\"undone\"," + at + ",\"entry\":2,\"undoes\":1}",
                        "the field \"entry\" holds \"2\", which cannot be: entry numbers only go up"},
                {"{\"type\":\"budget_split\"," + at + ",\"entry\":9000,\"table\":\"99\",\"amounts\":{\"3\":-5}}",
                        "the field \"amounts\" holds \"3=-5\", which cannot be: an amount lies between 0 and the budget"},
                {"{\"type\":\"projects_chosen\"," + at + ",\"entry\":9000,\"round\":\"1\",\"table\":\"99\",\"projects\":[\"P999\"]}",
                        "the field \"projects\" holds \"P999\", which cannot be: no project in the projects file has that id"},
        };
        int number = 0;
        for (String[] wrong : cases) {
            CommandRun run = resultsWithExtraLine(Files.createDirectory(folder.resolve("case" + number++)), wrong[0]);
            assertThat(run.exitCode()).as(wrong[0] + run.err()).isEqualTo(ExitCode.BAD_DATA);
            assertThat(run.err()).as(wrong[0]).contains("events.jsonl, line ", wrong[1]).doesNotContain("Exception");
        }
    }
}
