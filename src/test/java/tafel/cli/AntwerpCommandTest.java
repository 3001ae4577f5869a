package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.AntwerpProcess;
import tafel.app.ExitCode;
import tafel.app.Notices;
import tafel.app.TableEntry;
import tafel.app.ThemeEntries;
import tafel.io.antwerp.ProcessFolder;

/** A whole Antwerp process from the example batch files, and its corrections and bad input. */
class AntwerpCommandTest {

    private static final String EXAMPLES = "examples/antwerpen/";

    private static CommandRun run(String... args) {
        CommandRun run = CommandRun.english(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    static Path wholeProcess(Path folder) {
        Path dir = folder.resolve("proces");
        run("antwerp", "init", dir.toString(), "--budget", "€ 1.100.000", "--themes", EXAMPLES + "catalogus.csv",
                "--unit", "1000", "--tie-rule", "lot", "--seed", "2026", "--title", "Burgerbegroting 2026");
        run("antwerp", "themes", dir.toString(), "--input", EXAMPLES + "themas.csv");
        run("antwerp", "budget", dir.toString(), "--input", EXAMPLES + "verdeling.csv", "--online",
                EXAMPLES + "online-verdeling.csv");
        CommandRun added = run("antwerp", "projects", dir.toString(), "--projects", EXAMPLES + "projecten.csv",
                "--online-votes", EXAMPLES + "online-stemmen.csv");
        assertThat(added.err()).contains("online-stemmen.csv:902: voter o1 voted for P111 again (first on line 2); counted once");
        run("antwerp", "projects", dir.toString(), "--input", EXAMPLES + "festival.csv");
        return dir;
    }

    @Test
    void aWholeProcessFromBatchFilesGivesThemesExactBudgetsAndFundedProjects(@TempDir Path folder) throws Exception {
        Path dir = wholeProcess(folder);
        List<String> themes = run("antwerp", "results", dir.toString(), "--step", "themes", "--format", "csv").out().lines().toList();
        assertThat(themes.get(0)).isEqualTo("theme,name,tables,rank,selected");
        assertThat(themes).hasSize(23).contains("3,Speelpleinen,14,1,yes", "10,Ouderen en zorg,5,12,yes",
                "5,Cultuur in de wijk,5,12,no");
        assertThat(themes.stream().filter(line -> line.endsWith(",yes"))).hasSize(12);

        List<String> budget = run("antwerp", "results", dir.toString(), "--step", "budget", "--format", "csv").out().lines().toList();
        assertThat(budget).hasSize(13);
        long total = budget.stream().skip(1).mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(',') + 1))).sum();
        assertThat(total).isEqualTo(1_100_000);
        assertThat(budget.stream().skip(1)).allMatch(line -> line.endsWith("000"));

        List<String> projects = run("antwerp", "results", dir.toString(), "--step", "projects", "--format", "csv").out().lines().toList();
        // live and online votes and the score in columns of their own, the theme by name too
        assertThat(projects.get(0)).isEqualTo("id,title,theme,theme_name,cost,live_votes,online_votes,score,rank,funded,remaining");
        assertThat(projects).contains("P103,Waterspeelplein Park Spoor Noord,3,Speelpleinen,4500,7,34,0.2374,1,yes,109500");

        CommandRun table = CommandRun.dutch("antwerp", "results", dir.toString());
        assertThat(table.out()).contains("1. Thema’s: 12 van 22 gaan door · 25 tafels")
                .contains("Gelijke stand op de grens: 2 thema’s met 5 tafels voor 1 plaats(en): Cultuur in de wijk, Ouderen en zorg")
                .contains("Geloot (startwaarde 2026, bewaard in antwerpen.yaml): Ouderen en zorg")
                .contains("totaal                  € 1.100.000")
                .contains("Het budget dekt alle haalbare projecten van dit thema")
                .contains("P105: ja, mits vergunning stad nodig");
        assertThat(table.err()).doesNotContain("online-votes.csv:902");
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path folder) throws Exception {
        Path first = wholeProcess(folder.resolve("a"));
        Path second = wholeProcess(folder.resolve("b"));
        assertThat(Files.readString(second.resolve("events.jsonl"))).isEqualTo(Files.readString(first.resolve("events.jsonl")));
        for (String format : List.of("json", "table")) {
            assertThat(run("antwerp", "results", second.toString(), "--format", format).out())
                    .isEqualTo(run("antwerp", "results", first.toString(), "--format", format).out());
        }
    }

    @Test
    void correctionsReplaceOrWithdrawAndShowInTheAudit(@TempDir Path folder) throws Exception {
        Path dir = wholeProcess(folder);
        Path again = folder.resolve("opnieuw.csv");
        // The same table typed again (its themes in another order, by name): it replaces entry 1.
        List<String> original = Files.readAllLines(Path.of(EXAMPLES + "themas.csv")).subList(1, 6);
        StringBuilder text = new StringBuilder("evening,table,theme\n");
        for (int i = original.size() - 1; i >= 0; i--) {
            text.append(original.get(i)).append('\n');
        }
        Files.writeString(again, text);
        run("antwerp", "themes", dir.toString(), "--input", again.toString());
        run("antwerp", "projects", dir.toString(), "--undo", "40");
        CommandRun results = run("antwerp", "results", dir.toString());
        assertThat(results.out()).contains("Corrections (audit)")
                .contains("entry 1 (themes, evening noord, table 1: ")
                .contains("was replaced by entry 58")
                .contains("entry 40 (projects, round 1, table 3: ")
                .contains("was withdrawn by entry 59");
        // in Dutch, with the themes' names
        assertThat(CommandRun.dutch("antwerp", "results", dir.toString()).out())
                .containsPattern("invoer 1 \\(thema’s, avond noord, tafel 1: [A-Z][a-z]+")
                .contains("invoer 40 (projecten, ronde 1, tafel 3: ");
        assertThat(Files.readString(dir.resolve("events.jsonl"))).contains("\"replaces\":1").contains("\"undoes\":40");
    }

    @Test
    void undoRefusesAnUnknownEntryAndAnEntryOfAnotherStep(@TempDir Path folder) throws Exception {
        Path dir = wholeProcess(folder);
        byte[] journal = Files.readAllBytes(dir.resolve("events.jsonl"));
        CommandRun unknown = CommandRun.english("antwerp", "projects", dir.toString(), "--undo", "99");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(unknown.err()).contains("Entry 99 does not exist or no longer counts.");
        CommandRun otherStep = CommandRun.english("antwerp", "budget", dir.toString(), "--undo", "15");
        assertThat(otherStep.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(otherStep.err()).contains("Entry 15 (themes ", "belongs to another step",
                "tafel antwerp themes DIR --undo 15");
        assertThat(Files.readAllBytes(dir.resolve("events.jsonl"))).isEqualTo(journal);
    }

    private static final String LATE_TABLE = "Cultuur in de wijk, Speelpleinen, Fietspaden, Sport voor iedereen, Groen in straten";

    @Test
    void aLateThemeChoiceThatChangesTheSelectionUnderTheSplitsAsksFirst(@TempDir Path folder) throws Exception {
        Path dir = wholeProcess(folder);
        AntwerpProcess process = AntwerpProcess.open(Notices.quiet(), new ProcessFolder(dir));
        OffsetDateTime at = OffsetDateTime.parse("2026-11-25T21:00:00+01:00");
        List<String> themes = List.of(LATE_TABLE.split(", "));
        TableEntry asked = ThemeEntries.enter(process, "laat", "1", themes, at, false);
        assertThat(asked.outcome()).isEqualTo(TableEntry.Outcome.CONFIRM);
        assertThat(asked.problems()).hasSize(1);
        assertThat(asked.problems().get(0).key()).isEqualTo("antwerp.selection.changes");
        assertThat(asked.problems().get(0).args()).startsWith("Cultuur in de wijk", "Ouderen en zorg");
        assertThat(process.state().themeChoice("laat", "1")).isEmpty();
        assertThat(ThemeEntries.enter(process, "laat", "1", themes, at, true).saved()).isTrue();
        assertThat(process.outcome().staleSplits()).isPositive();
    }

    @Test
    void aLateFileOfThemeChoicesSaysWhatItChangedUnderTheSplits(@TempDir Path folder) throws Exception {
        Path dir = wholeProcess(folder);
        StringBuilder late = new StringBuilder("evening,table,theme\n");
        for (String theme : LATE_TABLE.split(", ")) {
            late.append("laat,1,").append(theme).append('\n');
        }
        Path file = Files.writeString(folder.resolve("laat.csv"), late);
        CommandRun run = CommandRun.english("antwerp", "themes", dir.toString(), "--input", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("This changes the themes that go on, after tables have split the budget: "
                + "in: Cultuur in de wijk; out: Ouderen en zorg.", "stop counting");
    }

    @Test
    void badTablesAreReportedWithTheirLineAndNothingIsSaved(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("p");
        run("antwerp", "init", dir.toString(), "--budget", "100000", "--themes", EXAMPLES + "catalogus.csv");
        Path bad = folder.resolve("themas.csv");
        Files.writeString(bad, "avond;tafel;thema\n1;1;Groen in straten\n1;1;Fietspaden\n1;1;Groen in straten\n"
                + "1;1;Speelpleinen\n1;1;Zwrfvul\n1;2;1\n1;2;2\n1;2;3\n1;2;4\n1;2;5\n1;3;1\n");
        CommandRun run = CommandRun.english("antwerp", "themes", dir.toString(), "--input", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains(bad + ":2: table 1/1: the theme \"Groen in straten\" is chosen twice")
                .contains(bad + ":2: table 1/1: unknown theme \"Zwrfvul\" (did you mean \"Zwerfvuil\"?)")
                .contains(bad + ":12: table 1/3: 1 themes given; each table chooses exactly 5")
                .contains("Read 11 rows; 2 could not be used");
        assertThat(Files.size(dir.resolve("events.jsonl"))).isZero();

        Path missing = folder.resolve("kolom.csv");
        Files.writeString(missing, "avond,tafel,onderwerp\n1,1,groen\n");
        CommandRun column = CommandRun.english("antwerp", "themes", dir.toString(), "--input", missing.toString());
        assertThat(column.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(column.err()).contains(missing + ":1: missing column \"theme\"; the columns found are: avond, tafel, onderwerp");
    }

    @Test
    void aSplitThatDoesNotAddUpSaysByHowMuch(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("p");
        run("antwerp", "init", dir.toString(), "--budget", "1000", "--themes", EXAMPLES + "catalogus.csv", "--top", "2",
                "--tie-rule", "facilitator");
        Path themes = folder.resolve("t.csv");
        Files.writeString(themes, "evening,table,theme\n1,1,1\n1,1,2\n1,1,3\n1,1,4\n1,1,5\n1,2,1\n1,2,2\n1,2,6\n1,2,7\n1,2,8\n");
        run("antwerp", "themes", dir.toString(), "--input", themes.toString());
        Path split = folder.resolve("b.csv");
        Files.writeString(split, "table,theme,amount\n1,1,600\n1,2,300\n2,1,60%\n2,2,40%\n3,Groen in straten,500\n3,9,500\n");
        CommandRun run = CommandRun.english("antwerp", "budget", dir.toString(), "--input", split.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains(":2: table 1: the split adds up to 900, 100 short of the budget 1000")
                .contains(":6: table 3: the theme \"Jeugdwerking\" did not go on to the budget step");
    }

    @Test
    void theFacilitatorResolvesATieWithPick(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("p");
        run("antwerp", "init", dir.toString(), "--budget", "1000", "--themes", EXAMPLES + "catalogus.csv", "--top", "2");
        Path themes = folder.resolve("t.csv");
        Files.writeString(themes, "evening,table,theme\n1,1,1\n1,1,2\n1,1,3\n1,1,4\n1,1,5\n1,2,1\n1,2,6\n1,2,7\n1,2,8\n1,2,9\n");
        CommandRun tie = run("antwerp", "themes", dir.toString(), "--input", themes.toString());
        assertThat(tie.out()).contains("Tie at the cut: 8 themes with 1 tables for 1 place(s)")
                .contains("The facilitator decides: tafel antwerp themes " + dir + " --pick THEME");
        assertThat(CommandRun.english("antwerp", "budget", dir.toString(), "--input", themes.toString()).exitCode())
                .isEqualTo(ExitCode.BAD_DATA);
        assertThat(CommandRun.english("antwerp", "themes", dir.toString(), "--pick", "Hondenweides").exitCode())
                .isEqualTo(ExitCode.USAGE);
        CommandRun picked = run("antwerp", "themes", dir.toString(), "--pick", "Fietspaden");
        assertThat(picked.err()).contains("Tie resolved by the facilitator: Fietspaden.");
        assertThat(run("antwerp", "results", dir.toString(), "--step", "themes", "--format", "csv").out())
                .contains("2,Fietspaden,1,2,yes").contains("3,Speelpleinen,1,2,no");
    }

    @Test
    void theRulesFileIsCheckedWithLines(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("p");
        run("antwerp", "init", dir.toString(), "--budget", "1000", "--themes", EXAMPLES + "catalogus.csv");
        Path rules = dir.resolve("antwerpen.yaml");
        Files.writeString(rules, Files.readString(rules).replace("within_theme: skip", "within_theme: overslaan")
                .replace("top: 12", "top: nul"));
        CommandRun run = CommandRun.english("antwerp", "results", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("antwerpen.yaml:20:6: error: \"top\" must be a whole number, but is \"nul\".")
                .contains("\"within_theme\" is \"overslaan\"; it must be one of: skip, stop.");
    }

    @Test
    void refusesToInitTwiceAndExplainsAMissingFolder(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("p");
        run("antwerp", "init", dir.toString(), "--budget", "1000", "--themes", EXAMPLES + "catalogus.csv");
        assertThat(CommandRun.english("antwerp", "init", dir.toString(), "--budget", "1000", "--themes",
                EXAMPLES + "catalogus.csv").exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        CommandRun missing = CommandRun.english("antwerp", "results", folder.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(missing.err()).contains("is not a process folder");
        assertThat(Files.readString(dir.resolve("themes.csv"), StandardCharsets.UTF_8))
                .startsWith("id,name,description\n1,Groen in straten,Alles rond groen in straten\n");
    }

    @Test
    void aRoundCoversOneOrTwoThemes(@TempDir Path folder) throws Exception {
        Path dir = wholeProcess(folder);
        Path mixed = folder.resolve("ronde3.csv");
        // round 3: table 1 picks Speelpleinen (3) and Fietspaden (2); table 2 adds Sport (7): three themes
        Files.writeString(mixed, "round,table,project\n3,1,P101\n3,1,P102\n3,1,P103\n3,1,P106\n3,1,P107\n"
                + "3,2,P101\n3,2,P102\n3,2,P103\n3,2,P106\n3,2,P111\n");
        CommandRun run = CommandRun.english("antwerp", "projects", dir.toString(), "--input", mixed.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains(mixed + ":7: table 3/2: a round covers one or two themes, but these projects "
                + "(with the round’s other tables) are in: 2, 3, 7");
    }
}
