package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.antwerp.Theme;
import tafel.app.AntwerpProcess;
import tafel.app.BudgetEntries;
import tafel.app.ExitCode;
import tafel.app.Notices;
import tafel.app.TableEntry;
import tafel.io.antwerp.ProcessFolder;
import tafel.text.Phrase;

/** Step 2's spelregels in antwerpen.yaml: tables weighed by their participants, rounding half up. */
class SpelregelsTest {

    private static final String EXAMPLES = "examples/antwerpen/";

    private static Path rules(Path folder) {
        return folder.resolve("p").resolve("antwerpen.yaml");
    }

    private static void set(Path folder, String from, String to) throws Exception {
        Files.writeString(rules(folder), Files.readString(rules(folder)).replace(from, to));
    }

    /**
     * By hand: budget € 1.100.000 in units of € 1.000; table 1 (6 people) puts all on Speelpleinen,
     * table 2 (3 people) all on Fietspaden. By participants Speelpleinen gets 6/9 = € 733.333,33 and
     * Fietspaden € 366.666,67: 733 and 366 units, the unit left to the larger remainder (Fietspaden).
     */
    @Test
    void tablesWeighByTheirParticipants(@TempDir Path folder) throws Exception {
        String dir = ExampleProcess.init(folder, "Groningen");
        ExampleProcess.ok("antwerp", "themes", dir, "--input", EXAMPLES + "themas.csv");
        set(folder, "budget_weighting: table", "budget_weighting: participants");
        Path missing = Files.writeString(folder.resolve("zonder.csv"),
                "tafel;deelnemers;thema;bedrag\n1;6;Speelpleinen;€ 1.100.000\n2;;Fietspaden;€ 1.100.000\n");
        CommandRun refused = CommandRun.dutch("antwerp", "budget", dir, "--input", missing.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(refused.err()).contains(missing + ":3:", "Hoeveel mensen zaten aan tafel 2?");
        Path wrong = Files.writeString(folder.resolve("fout.csv"),
                "tafel;deelnemers;thema;bedrag\n1;zes;Speelpleinen;€ 1.100.000\n");
        assertThat(CommandRun.dutch("antwerp", "budget", dir, "--input", wrong.toString()).err())
                .contains("\"zes\" is geen aantal deelnemers (1 tot 50)");
        Path splits = Files.writeString(folder.resolve("verdeling.csv"),
                "tafel;deelnemers;thema;bedrag\n1;6;Speelpleinen;€ 1.100.000\n2;3;Fietspaden;€ 1.100.000\n");
        ExampleProcess.ok("antwerp", "budget", dir, "--input", splits.toString());
        CommandRun results = CommandRun.dutch("antwerp", "results", dir, "--step", "budget");
        assertThat(results.out()).containsPattern("Speelpleinen +€ 733\\.000").containsPattern("Fietspaden +€ 367\\.000")
                .contains("9 deelnemers samen");
        // the journal keeps who sat at the table, so the same entries count alike under the other rule
        assertThat(Files.readString(folder.resolve("p").resolve("events.jsonl"))).contains("\"participants\":6");
        set(folder, "budget_weighting: participants", "budget_weighting: table");
        assertThat(CommandRun.dutch("antwerp", "results", dir, "--step", "budget").out())
                .containsPattern("Speelpleinen +€ 550\\.000").containsPattern("Fietspaden +€ 550\\.000");
    }

    /**
     * At the prompt and on the phone a table's people come from the roster, or are given with the
     * amounts ("deelnemers=5"); both are journaled with the split.
     */
    @Test
    void theRosterGivesTheParticipantsOrTheEntrySaysHowMany(@TempDir Path folder) throws Exception {
        Path roster = Files.writeString(folder.resolve("tafels.csv"), "tafel;tafelleider;deelnemers\nZaal A;Fatima;8\nTerras;;\n");
        Path dir = folder.resolve("p");
        ExampleProcess.ok("antwerp", "init", dir.toString(), "--budget", "€ 1.100.000", "--themes", EXAMPLES + "catalogus.csv",
                "--unit", "1000", "--roster", roster.toString());
        set(folder, "budget_weighting: table", "budget_weighting: participants");
        StringBuilder chosen = new StringBuilder("avond,tafel,thema\n");
        for (String table : List.of("Zaal A", "Terras")) {
            for (String theme : List.of("Fietspaden", "Speelpleinen", "Sport voor iedereen", "Jeugdwerking", "Buurtfeesten")) {
                chosen.append("1,").append(table).append(',').append(theme).append('\n');
            }
        }
        Path themes = Files.writeString(folder.resolve("themas.csv"), chosen);
        ExampleProcess.ok("antwerp", "themes", dir.toString(), "--input", themes.toString());
        AntwerpProcess process = AntwerpProcess.open(Notices.quiet(), new ProcessFolder(dir));
        List<String> selected = process.outcome().themes().selected().stream().map(Theme::id).toList();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-24T20:00:00+01:00");
        TableEntry fromRoster = BudgetEntries.enter(process, selected, "zaal a", List.of("Fietspaden=1100000"), at,
                Locale.forLanguageTag("nl"), false);
        assertThat(fromRoster.saved()).isTrue();
        assertThat(process.state().budgetSplit("Zaal A").orElseThrow().participants()).contains(8);
        TableEntry unknown = BudgetEntries.enter(process, selected, "Terras", List.of("Speelpleinen=1100000"), at,
                Locale.forLanguageTag("nl"), false);
        assertThat(unknown.problems()).containsExactly(Phrase.of("entry.participants.missing", "Terras"));
        TableEntry told = BudgetEntries.enter(process, selected, "Terras", List.of("deelnemers=4", "Speelpleinen=1100000"),
                at, Locale.forLanguageTag("nl"), false);
        assertThat(told.saved()).isTrue();
        assertThat(process.state().budgetSplit("Terras").orElseThrow().participants()).contains(4);
        // 8 people on Fietspaden, 4 on Speelpleinen: two thirds and one third
        assertThat(CommandRun.dutch("antwerp", "results", dir.toString(), "--step", "budget").out())
                .containsPattern("Fietspaden +€ 733\\.000").containsPattern("Speelpleinen +€ 367\\.000");
    }

    /**
     * By hand (Emmen-like): 2 chips of € 5.000 per participant. Table 1 (3 people, 6 chips) puts 4 on
     * Speelpleinen and 2 on Fietspaden; table 2 (2 people, 4 chips) puts 3 on Fietspaden and keeps
     * one. All 5 participants have 10 chips: Speelpleinen gets € 100.000 × 4/10 = € 40.000,
     * Fietspaden × 5/10 = € 50.000, and the unplaced chip's tenth, € 10.000, stays unspent.
     */
    @Test
    void chipsPerParticipantDecideTheThemeBudgetsAndUnplacedChipsStayUnspent(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("p");
        ExampleProcess.ok("antwerp", "init", dir.toString(), "--budget", "€ 100.000", "--themes", EXAMPLES + "catalogus.csv",
                "--unit", "1000", "--tie-rule", "lot", "--seed", "2026");
        ExampleProcess.ok("antwerp", "themes", dir.toString(), "--input", EXAMPLES + "themas.csv");
        Files.writeString(rules(folder), Files.readString(rules(folder)) + "chips_per_participant: 2\nchip_value: 5000\n");
        Path kept = Files.writeString(folder.resolve("fiches.csv"), "tafel;deelnemers;thema;fiches\n"
                + "1;3;Speelpleinen;4\n1;3;Fietspaden;2\n2;2;Fietspaden;3\n");
        CommandRun all = CommandRun.dutch("antwerp", "budget", dir.toString(), "--input", kept.toString());
        assertThat(all.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(all.err()).contains(kept + ":4: ", "de tafel plaatst 3 van de 4 fiches (2 deelnemers × 2)");
        Path over = Files.writeString(folder.resolve("teveel.csv"), "tafel;deelnemers;thema;fiches\n1;3;Speelpleinen;7\n");
        assertThat(CommandRun.dutch("antwerp", "budget", dir.toString(), "--input", over.toString()).err())
                .contains("de tafel plaatst 7 fiches, maar haar 3 deelnemers hebben er samen 6 (2 per persoon)");
        set(folder, "unspent: refuse", "unspent: allow");
        ExampleProcess.ok("antwerp", "budget", dir.toString(), "--input", kept.toString());
        CommandRun results = CommandRun.dutch("antwerp", "results", dir.toString(), "--step", "budget");
        assertThat(results.out()).containsPattern("Speelpleinen +€ 40\\.000").containsPattern("Fietspaden +€ 50\\.000")
                .contains("€ 10.000 blijft onbesteed");
        // themes nobody put chips on have no money: their projects are not on the tables' ballot
        ExampleProcess.ok("antwerp", "projects", dir.toString(), "--projects", EXAMPLES + "projecten.csv");
        assertThat(tafel.app.ProjectEntries.ballot(AntwerpProcess.open(Notices.quiet(), new ProcessFolder(dir)).outcome()).values())
                .isNotEmpty().allMatch(project -> project.theme().equals("3") || project.theme().equals("2"));
        assertThat(CommandRun.english("antwerp", "results", dir.toString(), "--format", "json").out())
                .contains("\"unspent\" : 10000");
        // the report says what the rules did: the chips of every table, what stays unspent
        Path report = folder.resolve("rapport.pdf");
        ExampleProcess.ok("--lang", "nl", "report", dir.toString(), "-o", report.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("De tafels in stap 2",
                    "3 van 4 fiches", "6 van 6 fiches", "€ 10.000 blijft onbesteed",
                    "elke deelnemer krijgt 2 fiches van € 5.000");
        }
        // an amount is taken as whole chips: € 10.000 is two chips of € 5.000, € 7.500 is not a number of chips
        Path amounts = Files.writeString(folder.resolve("bedragen.csv"), "tafel;deelnemers;thema;bedrag\n"
                + "3;1;Speelpleinen;€ 10.000\n4;1;Speelpleinen;€ 7.500\n");
        assertThat(CommandRun.dutch("antwerp", "budget", dir.toString(), "--input", amounts.toString()).err())
                .contains(amounts + ":3:").doesNotContain(amounts + ":2:");
    }

    /**
     * On the example: Speelpleinen has € 121.000; by score P103 (€ 4.500), P104 (€ 45.000), P105
     * (€ 22.000) and P101 (€ 30.000) fit, € 19.500 is left and P102 (€ 30.000) no longer fits: with
     * partial_award: next it gets the € 19.500. A maximum of € 50.000 per plan keeps P107 (€ 80.000)
     * out of Fietspaden; a least share of 20 % keeps P105 (19,4 %), P101 and P102 out of Speelpleinen.
     */
    @Test
    void plansAboveTheMaximumOrBelowTheLeastShareTakeNoPartAndTheNextPlanGetsWhatIsLeft(@TempDir Path folder)
            throws Exception {
        String dir = ExampleProcess.init(folder, "Zwolle");
        ExampleProcess.enterAllSteps(dir);
        Files.writeString(rules(folder), Files.readString(rules(folder)) + "max_per_plan: 50000\n");
        set(folder, "partial_award: none", "partial_award: next");
        CommandRun results = CommandRun.dutch("antwerp", "results", dir, "--step", "projects");
        assertThat(results.out()).contains(
                "P102 krijgt wat over is: € 19.500 van de € 30.000 die het kost (gedeeltelijk toegekend, partial_award: next).",
                "P107 doet niet mee: het kost € 80.000, meer dan het maximum per plan (max_per_plan).")
                .containsPattern("P101 +Speeltuin Kiel .* ja ");
        Files.writeString(rules(folder), Files.readString(rules(folder)) + "min_votes: 25\n");
        // P102 has 5 + 19 = 24 votes: one short of 25
        assertThat(CommandRun.dutch("antwerp", "results", dir, "--step", "projects").out())
                .contains("P102 doet niet mee: 5 + 19 stemmen (tafels + online), minder dan de spelregels vragen (min_votes).");
        Files.writeString(rules(folder), Files.readString(rules(folder)).replace("min_votes: 25\n", "") + "min_score_share: 0.2\n");
        CommandRun least = CommandRun.dutch("antwerp", "results", dir, "--step", "projects");
        assertThat(least.out()).contains("P105 doet niet mee: 19.4% van de stemmen van het thema",
                "P101 doet niet mee", "P102 doet niet mee").doesNotContain("P102 krijgt wat over is");
    }

    /** {@code antwerp rules} says every rule that changes an outcome, as it will be applied. */
    @Test
    void theRulesAreSaidInPlainWordsAsTheyWillBeApplied(@TempDir Path folder) throws Exception {
        String dir = ExampleProcess.init(folder, "Emmen");
        CommandRun antwerp = CommandRun.dutch("antwerp", "rules", dir);
        assertThat(antwerp.exitCode()).as(antwerp.err()).isZero();
        assertThat(antwerp.out()).contains("Spelregels van Emmen", "Het budget is € 1.100.000",
                "elke tafel even zwaar", "80% zijn aandeel in de keuzes van de tafels plus 20%", "wordt overgeslagen",
                "beslist het lot").doesNotContain("fiches");
        set(folder, "unspent: refuse", "unspent: allow");
        set(folder, "score: weighted-share", "score: borda");
        set(folder, "partial_award: none", "partial_award: next");
        Files.writeString(rules(folder), Files.readString(rules(folder))
                + "chips_per_participant: 8\nchip_value: 2000\nmin_score_share: 0.1\nmax_per_plan: 25000\n");
        CommandRun emmen = CommandRun.dutch("antwerp", "rules", dir);
        assertThat(emmen.out()).contains("elke deelnemer krijgt 8 fiches van € 2.000", "dat geld blijft onbesteed",
                "5 voor de eerste", "minder dan 10% van de stemmen", "meer kost dan € 25.000", "gedeeltelijke toekenning");
        assertThat(CommandRun.english("antwerp", "rules", dir).out()).contains("every participant gets 8 chips of €2,000");
    }

    /** Every preset starts a process that runs end to end: themes, budget (amounts or chips), projects, results. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"antwerpen-2019", "antwerpen-2021", "amsterdam-noord",
            "groningen", "emmen"})
    void everyPresetRunsAProcessEndToEnd(String preset, @TempDir Path folder) throws Exception {
        String dir = folder.resolve("p").toString();
        ExampleProcess.ok("antwerp", "init", dir, "--budget", "€ 1.100.000", "--themes", EXAMPLES + "catalogus.csv",
                "--unit", "1000", "--tie-rule", "lot", "--seed", "2026", "--preset", preset);
        assertThat(Files.readString(rules(folder))).contains("Preset " + preset, "source: ");
        ExampleProcess.ok("antwerp", "themes", dir, "--input", EXAMPLES + "themas.csv");
        boolean chips = preset.equals("groningen") || preset.equals("emmen");
        Path splits = chips ? Files.writeString(folder.resolve("fiches.csv"), "tafel;deelnemers;thema;fiches\n"
                + "1;6;Speelpleinen;" + (preset.equals("emmen") ? "48/6" : "60") + "\n2;5;Fietspaden;"
                + (preset.equals("emmen") ? "40/5" : "50") + "\n") : Path.of(EXAMPLES + "verdeling.csv");
        ExampleProcess.ok("antwerp", "budget", dir, "--input", splits.toString());
        ExampleProcess.ok("antwerp", "projects", dir, "--projects", EXAMPLES + "projecten.csv", "--online-votes",
                EXAMPLES + "online-stemmen.csv");
        if (!chips) {
            ExampleProcess.ok("antwerp", "projects", dir, "--input", EXAMPLES + "festival.csv");
        }
        CommandRun results = CommandRun.dutch("antwerp", "results", dir);
        assertThat(results.exitCode()).as(results.err()).isZero();
        assertThat(results.out()).contains("3. Projecten").containsPattern("gefinancierd");
        assertThat(CommandRun.dutch("antwerp", "rules", dir).exitCode()).isZero();
    }

    @Test
    void aPresetThatAnOptionContradictsIsRefused(@TempDir Path folder) {
        CommandRun run = CommandRun.english("antwerp", "init", folder.resolve("p").toString(), "--budget", "1000",
                "--themes", EXAMPLES + "catalogus.csv", "--preset", "amsterdam-noord", "--within-theme", "skip");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("The preset amsterdam-noord sets within_theme to stop; an option says otherwise.");
        assertThat(folder.resolve("p")).doesNotExist();
        CommandRun unknown = CommandRun.english("antwerp", "init", folder.resolve("q").toString(), "--budget", "1000",
                "--themes", EXAMPLES + "catalogus.csv", "--preset", "utrecht");
        assertThat(unknown.err()).contains("\"utrecht\" is not a preset; choose from: antwerpen-2019, antwerpen-2021, "
                + "amsterdam-noord, groningen, emmen, emmen-2023.");
    }

    /**
     * A jury at 30 % (Gent), by hand: in Speelpleinen the votes give P102 a score of 0.1617; the jury
     * gives P102 all its points, so P102 = 0.7 × 0.1617 + 0.3 × 1 = 0.413 and goes first; P103 (0.2374
     * by the votes, no jury points) becomes 0.7 × 0.2374 = 0.166.
     */
    @Test
    void aJuryWeighsInAtItsShare(@TempDir Path folder) throws Exception {
        String dir = ExampleProcess.init(folder, "Gent");
        ExampleProcess.enterAllSteps(dir);
        set(folder, "# jury_weight: 0.3", "jury_weight: 0.3");
        Path wrong = Files.writeString(folder.resolve("fout.csv"), "project;punten\nP102;100\nP999;5\nP103;veel\n");
        CommandRun refused = CommandRun.dutch("antwerp", "projects", dir, "--jury", wrong.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(refused.err()).contains(wrong + ":3: de jury geeft punten aan \"P999\"", wrong + ":4: \"veel\" is geen aantal punten");
        Path jury = Files.writeString(folder.resolve("jury.csv"), "project;punten\nP102;100\n");
        CommandRun taken = CommandRun.dutch("antwerp", "projects", dir, "--jury", jury.toString());
        assertThat(taken.err()).contains("De jury gaf 1 projecten punten; zij tellen voor 30% van de score.");
        CommandRun results = CommandRun.dutch("antwerp", "results", dir, "--step", "projects");
        assertThat(results.out()).containsPattern("1 +P102 +Klimrek Luchtbal .* 0,413\\d? ")
                .containsPattern("P103 +Waterspeelplein Park Spoor Noord .* 0,166\\d? ");
        assertThat(CommandRun.dutch("antwerp", "rules", dir).out()).contains("Een jury geeft punten aan de projecten");
    }

    /**
     * project_votes: participants (Groningen), by hand: tables 1 (6 people) and 2 (3 people) split in
     * step 2; in step 3 table 1 chooses P101, table 2 P102 (both Speelpleinen, which needs a vote). Per
     * table each gets one vote; by people P101 has 6 votes and P102 3, so P101's share is 2/3.
     */
    @Test
    void aTablesChoiceCountsItsPeopleWhenTheRulesSaySo(@TempDir Path folder) throws Exception {
        String dir = ExampleProcess.init(folder, "Groningen");
        ExampleProcess.ok("antwerp", "themes", dir, "--input", EXAMPLES + "themas.csv");
        Path splits = Files.writeString(folder.resolve("verdeling.csv"),
                "tafel;deelnemers;thema;bedrag\n1;6;Speelpleinen;€ 100.000\n1;6;Fietspaden;€ 1.000.000\n"
                        + "2;3;Speelpleinen;€ 100.000\n2;3;Fietspaden;€ 1.000.000\n");
        ExampleProcess.ok("antwerp", "budget", dir, "--input", splits.toString());
        set(folder, "projects_per_table: 5", "projects_per_table: 1");
        ExampleProcess.ok("antwerp", "projects", dir, "--projects", EXAMPLES + "projecten.csv");
        Path choices = Files.writeString(folder.resolve("keuzes.csv"), "ronde;tafel;project\n1;1;P101\n1;2;P102\n");
        ExampleProcess.ok("antwerp", "projects", dir, "--input", choices.toString());
        set(folder, "project_votes: table", "project_votes: participants");
        CommandRun results = CommandRun.english("antwerp", "results", dir, "--step", "projects", "--format", "csv");
        assertThat(results.out().lines()).anyMatch(line -> line.startsWith("P101,") && line.contains(",0.6667,"))
                .anyMatch(line -> line.startsWith("P102,") && line.contains(",0.3333,"));
        set(folder, "leftover: none", "leftover: pool");
        set(folder, "partial_award: none", "partial_award: next");
        CommandRun contradicted = CommandRun.dutch("antwerp", "results", dir);
        assertThat(contradicted.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(contradicted.err()).contains("partial_award: next en leftover: pool spreken elkaar tegen");
    }

    /**
     * Emmen's least support, by hand: 8 chips of € 2.000 per person, at least half a table's people
     * behind a theme. Table 1 (6 people) puts 40 chips from 5 people on Speelpleinen and 8 from 2
     * people on Fietspaden; table 2 (6 people) 48 from all 6 on Fietspaden. Table 1's 8 on Fietspaden
     * do not count (2 of 6): of all 96 chips, Speelpleinen has 40 (€ 40.000 of € 96.000), Fietspaden
     * 48 (€ 48.000), and the 8 that did not count are € 8.000 unspent.
     */
    @Test
    void aThemeWithTooLittleSupportAtATableDoesNotCountThere(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("p");
        ExampleProcess.ok("antwerp", "init", dir.toString(), "--budget", "€ 96.000", "--themes", EXAMPLES + "catalogus.csv",
                "--unit", "1000", "--tie-rule", "lot", "--seed", "2026");
        ExampleProcess.ok("antwerp", "themes", dir.toString(), "--input", EXAMPLES + "themas.csv");
        Files.writeString(rules(folder), Files.readString(rules(folder))
                + "chips_per_participant: 8\nchip_value: 2000\nmin_support_share: 0.5\n");
        Path without = Files.writeString(folder.resolve("zonder.csv"), "tafel;deelnemers;thema;fiches\n1;6;Speelpleinen;48\n");
        assertThat(CommandRun.dutch("antwerp", "budget", dir.toString(), "--input", without.toString()).err())
                .contains("bij Speelpleinen staat niet hoeveel mensen er fiches of geld op legden; schrijf bv. Speelpleinen=12/4");
        Path chips = Files.writeString(folder.resolve("fiches.csv"), "tafel;deelnemers;thema;fiches\n"
                + "1;6;Speelpleinen;40/5\n1;6;Fietspaden;8/2\n2;6;Fietspaden;48/6\n");
        ExampleProcess.ok("antwerp", "budget", dir.toString(), "--input", chips.toString());
        CommandRun results = CommandRun.dutch("antwerp", "results", dir.toString(), "--step", "budget");
        assertThat(results.out()).containsPattern("Speelpleinen +€ 40\\.000").containsPattern("Fietspaden +€ 48\\.000")
                .contains("Tafel 1: thema Fietspaden telt daar niet mee: 2 van de 6 mensen legden er iets op", "€ 8.000 blijft onbesteed");
        assertThat(Files.readString(dir.resolve("events.jsonl"))).contains("\"supporters\":{\"2\":2,\"3\":5}");
    }

    /**
     * By hand: three tables each put all of € 1.100.000 on another theme: € 366.666,67 each. The
     * largest remainder gives 367 + 367 + 366 units (the ranking breaks the tie); half up gives 367
     * units each: € 1.101.000 together, € 1.000 more than the budget — said, not hidden.
     */
    @Test
    void halfUpRoundsEachThemeAndSaysWhenThePartsDoNotAddUp(@TempDir Path folder) throws Exception {
        String dir = ExampleProcess.init(folder, "Maastricht");
        ExampleProcess.ok("antwerp", "themes", dir, "--input", EXAMPLES + "themas.csv");
        Path splits = Files.writeString(folder.resolve("verdeling.csv"), "tafel;thema;bedrag\n1;Speelpleinen;€ 1.100.000\n"
                + "2;Fietspaden;€ 1.100.000\n3;Sport voor iedereen;€ 1.100.000\n");
        ExampleProcess.ok("antwerp", "budget", dir, "--input", splits.toString());
        assertThat(CommandRun.dutch("antwerp", "results", dir, "--step", "budget").out())
                .containsPattern("Speelpleinen +€ 367\\.000").containsPattern("Sport voor iedereen +€ 366\\.000")
                .doesNotContain("apart afgerond");
        set(folder, "rounding: largest-remainder", "rounding: half-up");
        CommandRun halfUp = CommandRun.dutch("antwerp", "results", dir, "--step", "budget");
        assertThat(halfUp.out()).containsPattern("Sport voor iedereen +€ 367\\.000")
                .contains("Elk themabudget is apart afgerond (rounding: half-up): samen € 1.101.000, niet het budget van "
                        + "€ 1.100.000 (€ 1.000 verschil).");
        assertThat(CommandRun.english("antwerp", "results", dir, "--format", "json").out())
                .contains("\"rounding_difference\" : -1000");
    }

    /**
     * Groningen's joker, by hand: budget € 100.000 with a joker of € 15.000, so the one table splits
     * € 85.000: Speelpleinen € 60.000, Fietspaden € 25.000. It chooses P104, P103, P101 (a third of
     * Speelpleinen's votes each) and P106, P110 (half of Fietspaden's each). Speelpleinen funds P103
     * (€ 4.500), P101 (€ 30.000; equal scores go cheapest first), not P104 (€ 45.000), then P105 (€ 22.000);
     * Fietspaden funds P106 (€ 22.000). The joker then goes down the ranking over both themes: P110 and
     * P104 (€ 45.000) and P109 (€ 15.000, no votes, cheapest of the rest) — P109 fits exactly.
     */
    @Test
    void aJokerBudgetOutsideTheThemesFundsTheBestPlanLeftThatFits(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("p");
        ExampleProcess.ok("antwerp", "init", dir.toString(), "--budget", "€ 100.000", "--themes", EXAMPLES + "catalogus.csv",
                "--themes-per-table", "2", "--top", "2", "--unit", "1000");
        set(folder, "# joker_budget: 5000", "joker_budget: 15000");
        ExampleProcess.ok("antwerp", "themes", dir.toString(), "--input", Files.writeString(folder.resolve("t.csv"),
                "avond,tafel,thema\n1,1,Speelpleinen\n1,1,Fietspaden\n").toString());
        Path whole = Files.writeString(folder.resolve("heel.csv"), "tafel;thema;bedrag\n1;Speelpleinen;60000\n1;Fietspaden;40000\n");
        assertThat(CommandRun.dutch("antwerp", "budget", dir.toString(), "--input", whole.toString()).err())
                .contains("15000 meer dan het budget 85000");
        ExampleProcess.ok("antwerp", "budget", dir.toString(), "--input", Files.writeString(folder.resolve("b.csv"),
                "tafel;thema;bedrag\n1;Speelpleinen;60000\n1;Fietspaden;25000\n").toString());
        ExampleProcess.ok("antwerp", "projects", dir.toString(), "--projects", EXAMPLES + "projecten.csv");
        ExampleProcess.ok("antwerp", "projects", dir.toString(), "--input", Files.writeString(folder.resolve("r.csv"),
                "ronde,tafel,project\n1,1,P104\n1,1,P103\n1,1,P101\n1,1,P106\n1,1,P110\n").toString());
        CommandRun results = CommandRun.dutch("antwerp", "results", dir.toString(), "--step", "projects");
        assertThat(results.out()).containsPattern("P109 +Deelfietsen wijk .* ja \\(pot\\)")
                .containsPattern("P104 +Speelbos Hoboken .* nee").containsPattern("P110 +Fietsbrug Kanaal .* nee")
                .contains("Jokerbudget € 15.000 (buiten de thema’s)", "Gefinancierd: € 93.500 voor 5 van 9 projecten");
        assertThat(CommandRun.dutch("antwerp", "rules", dir.toString()).out())
                .contains("Een jokerbudget van € 15.000 blijft buiten de thema’s (de tafels verdelen € 85.000)");
        set(folder, "joker_budget: 15000", "joker_budget: 100000");
        CommandRun tooMuch = CommandRun.english("antwerp", "results", dir.toString());
        assertThat(tooMuch.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(tooMuch.err()).containsPattern("antwerpen\\.yaml:\\d+:\\d+").contains("joker_budget must be less than the budget");
    }
}
