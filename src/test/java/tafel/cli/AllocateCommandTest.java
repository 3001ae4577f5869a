package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;

class AllocateCommandTest {

    private static final String DIR = "src/test/resources/allocate/";

    @Test
    void readsADutchExcelFileAndNeutralisesFormulasInTheOutput() {
        CommandRun run = CommandRun.english("projects", "allocate", "--projects", DIR + "projecten.csv",
                "--theme-budgets", DIR + "budgetten.csv", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "id,title,theme,cost,votes,rank,funded,remaining",
                "A1,\"'=HYPERLINK(\"\"x\"\")\",groen,60000,50,1,yes,40000",
                "A2,Bankjes voor Zoë,groen,50000,40,2,no,40000",
                "A3,Boomspiegels,groen,30000,30,3,yes,10000",
                "A4,Plantenbakken,groen,10000,20,4,yes,0",
                "B1,Fietsbrug,fiets,80000,45,1,yes,10000",
                "B2,Fietsrekken,fiets,30000,35,2,no,10000");
    }

    @Test
    void stopAndPoolFollowTheirRules() {
        CommandRun stop = CommandRun.english("projects", "allocate", "--projects", DIR + "projecten.csv",
                "--theme-budgets", DIR + "budgetten.csv", "--within-theme", "stop", "--leftover", "pool", "--format", "json");
        assertThat(stop.exitCode()).isZero();
        // groen stops after A1 (40,000 left), fiets funds B1 (10,000 left); the pool of 50,000
        // then funds A2 (next best, 50,000) and nothing else fits.
        assertThat(stop.out()).contains("\"id\" : \"A2\"").contains("\"from_pool\" : true")
                .contains("\"pool\" : {\n    \"start\" : 50000,\n    \"remaining\" : 0\n  }");
        CommandRun people = CommandRun.english("projects", "allocate", "--projects", DIR + "projecten.csv",
                "--theme-budgets", DIR + "budgetten.csv", "--within-theme", "stop", "--leftover", "pool");
        assertThat(people.out()).contains("yes (pool)").contains("Pooled leftovers: €50,000; left after the pool round: €0");
    }

    @Test
    void comparesWithTheOfficialOutcomeOfAPabulibFile() {
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", DIR + "small.pb");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("groen · budget €100,000 · spent €100,000 · left €0");
        assertThat(run.err()).contains("differs from the official outcome in the file for 1 projects")
                .contains("A4 Plantenbakken: funded by tafel, not selected officially");
    }

    @Test
    void readsThePublishedAmsterdamFile() {
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", "../shared/data/pabulib/Netherlands_Amsterdam_588.pb",
                "--format", "csv");
        if (!Files.exists(Path.of("../shared/data/pabulib/Netherlands_Amsterdam_588.pb"))) {
            return; // the shared data set is not part of every checkout
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(16)
                .contains("42192,Containertuintjes tegen zwerfafval en meer groen,,14000,123,1,yes,86000",
                        "42191,Gratis Kunst workshop voor Kinderen 6 tm 12 jaar,,12000,60,10,yes,199",
                        "42184,Voor alle ouderen uit de RBW een behandelpaspoort,,6300,51,14,no,198");
    }

    @Test
    void rejectedRowsAreListedWithTheirLinesAndNothingIsComputed(@TempDir Path folder) throws Exception {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "id,title,theme,cost,votes\nA,Een,groen,-500,3\nB,Twee,groen,veel,3\nA,Drie,groen,100,x\n"
                + "C,Vier,fiets,100,2\n");
        CommandRun run = CommandRun.english("projects", "allocate", "--projects", bad.toString(), "--budget", "1000");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":2: the cost \"-500\" is negative")
                .contains(bad + ":3: the cost \"veel\" is not an amount")
                .contains(bad + ":4: the id \"A\" was already used on an earlier row");
        Path noVotes = folder.resolve("novotes.csv");
        Files.writeString(noVotes, "id;titel;thema;kosten\nA;Een;groen;100\n");
        CommandRun missing = CommandRun.english("projects", "allocate", "--projects", noVotes.toString(), "--budget", "1000");
        assertThat(missing.err()).contains(noVotes + ":1: missing column \"votes\"; the columns found are: id, titel, thema, kosten");
        CommandRun several = CommandRun.english("projects", "allocate", "--projects", DIR + "projecten.csv", "--budget", "1000");
        assertThat(several.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(several.err()).contains("several themes (groen, fiets)");
    }

    @Test
    void equalSharesWithAdd1ReproducesAssen2024AsTheFileDeclares() {
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", "src/test/resources/pabulib/Netherlands_Assen_2024.pb");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Assen Top Idee · budget €100,000 · spent €76,700 · left €23,300",
                "Funded: €76,700 for 9 of 14 projects");
        assertThat(run.err()).contains("Rule: Method of Equal Shares, completed by Add1 (as the file declares).",
                "agrees with the official outcome in the file (14 projects)");
        CommandRun greedy = CommandRun.english("projects", "allocate", "--pb", "src/test/resources/pabulib/Netherlands_Assen_2024.pb",
                "--rule", "greedy");
        assertThat(greedy.err()).contains("Rule: greedy by votes, skipping a project that does not fit (given with --rule).",
                "differs from the official outcome in the file for 4 projects");
        CommandRun mes = CommandRun.english("projects", "allocate", "--pb", DIR + "small.pb", "--rule", "mes");
        assertThat(mes.exitCode()).as("shared out over one budget, not per category").isEqualTo(ExitCode.BAD_DATA);
        assertThat(mes.err()).contains("needs a pabulib file with vote_type approval and one budget");
    }

    @Test
    void aRuleTafelDoesNotApplyIsSaidOnceAndAnUnknownNameIsAUsageError(@TempDir Path folder) throws Exception {
        Path threshold = Files.writeString(folder.resolve("t.pb"), Files.readString(Path.of(DIR + "small.pb"))
                .replace("rule;greedy", "rule;greedy-custom"));
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", threshold.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsOnlyOnce("The file’s rule \"greedy-custom\" is not one tafel applies yet")
                .contains("Rule: greedy by votes, skipping a project that does not fit (tafel’s default).");
        CommandRun unknown = CommandRun.english("projects", "allocate", "--pb", DIR + "small.pb", "--rule", "borda");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("\"borda\" is not a rule tafel knows; use one of: greedy, greedy-no-skip, "
                + "greedy-threshold, greedy-exclusive, greedy-custom, equalshares, equalshares/add1, equalshares/add1-comparison.");
    }

    /**
     * "11e100000067" is a number to Java; a fuzzed file with it as a cost hung the command for
     * minutes (scaling it to cents built a hundred million digits). Now it is a cost tafel cannot
     * use, said with its line, and so is a score of that size.
     */
    @Test
    void aCostWrittenWithAHugeExponentIsRefusedAtOnce(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("e.pb"), Files.readString(Path.of(DIR + "small.pb"))
                .replace("A2;50000;40;", "A2;11e100000067;40;"));
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("e.pb:12: project \"A2\" has no usable cost (\"11e100000067\")");
        assertThatThrownBy(() -> tafel.text.PlainNumbers.decimal("1e-100000000")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> tafel.text.PlainNumbers.decimal("1e30")).as("31 digits").isInstanceOf(NumberFormatException.class);
        assertThat(tafel.text.PlainNumbers.decimal("1e29")).isEqualByComparingTo("100000000000000000000000000000");
        assertThat(tafel.text.PlainNumbers.decimal("12.5")).isEqualByComparingTo("12.5");
    }

    /** Katowice-style: points (the score column) rank the projects, and a project under the file's least score takes no part. */
    @Test
    void greedyThresholdRanksByPointsAndLeavesOutWhatScoresTooLittle(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("k.pb"), """
                META
                key;value
                description;Punten
                budget;100000
                vote_type;cumulative
                rule;greedy-threshold
                min_project_score_threshold;50
                PROJECTS
                project_id;cost;votes;score;name;selected
                P1;40000;30;90;Speeltuin;1
                P2;30000;40;60;Bankjes;1
                P3;20000;45;49;Fietsrek;0
                P4;10000;10;55;Boom;1
                VOTES
                voter_id;vote;points
                1;P1;3
                """);
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", file.toString(), "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // by points P1 (90), P2 (60), P4 (55) take part and fit; P3 has most voters but 49 points, under 50
        assertThat(run.out().lines()).containsExactly("id,title,theme,cost,votes,rank,funded,remaining",
                "P1,Speeltuin,,40000,30,1,yes,60000", "P2,Bankjes,,30000,40,2,yes,30000", "P4,Boom,,10000,10,3,yes,20000",
                "P3,Fietsrek,,20000,45,4,no,20000");
        assertThat(run.err()).contains("Rule: greedy by score among the projects with at least the file’s least score",
                "agrees with the official outcome in the file (4 projects)");
    }

    /**
     * Outside pabulib: projects and approval ballots as CSVs. Four voters, budget 5: C (cost 3, all
     * four) costs each 0.75, A and B (cost 2, two each) 1 each, so Equal Shares funds C and then
     * nobody can pay A or B; with 2 each all three would follow (7 > 5), so Add1 stays at C.
     * Greedy by the counted ballots funds C and then A, which fits the 2 left.
     */
    @Test
    void equalSharesWorksOnCsvBallotsAndGreedyCountsThem(@TempDir Path folder) throws Exception {
        Path projects = Files.writeString(folder.resolve("p.csv"), "id;titel;thema;kosten\nA;Speeltuin;;2\nB;Bankjes;;2\nC;Park;;3\n");
        Path ballots = Files.writeString(folder.resolve("b.csv"), "stemmer;project\n1;A\n1;C\n2;A\n2;C\n3;B\n3;C\n4;B\n4;C\n");
        CommandRun mes = CommandRun.english("projects", "allocate", "--projects", projects.toString(), "--ballots",
                ballots.toString(), "--budget", "5", "--rule", "mes", "--format", "csv");
        assertThat(mes.exitCode()).as(mes.err()).isZero();
        assertThat(mes.out().lines()).containsExactly("id,title,theme,cost,votes,rank,funded,remaining",
                "C,Park,,3,4,1,yes,2", "A,Speeltuin,,2,2,2,no,2", "B,Bankjes,,2,2,3,no,2");
        CommandRun greedy = CommandRun.english("projects", "allocate", "--projects", projects.toString(), "--ballots",
                ballots.toString(), "--budget", "5", "--format", "csv");
        assertThat(greedy.out().lines()).contains("C,Park,,3,4,1,yes,2", "A,Speeltuin,,2,2,2,yes,0");
        // by cardinality the cheap project goes first (0.20 each for two voters against 1 each for three):
        // three voters each start with 1; by cost X's three payers pay all, by cardinality Y comes first
        Path two = Files.writeString(folder.resolve("xy.csv"), "id,title,theme,cost\nX,Groot,,3\nY,Klein,,0.40\n");
        Path twoBallots = Files.writeString(folder.resolve("xyb.csv"), "voter,project\n1,X\n1,Y\n2,X\n2,Y\n3,X\n");
        CommandRun byCost = CommandRun.english("projects", "allocate", "--projects", two.toString(), "--ballots",
                twoBallots.toString(), "--budget", "3", "--rule", "mes", "--format", "csv");
        assertThat(byCost.out().lines()).contains("X,Groot,,3,3,1,yes,0", "Y,Klein,,0.40,2,2,no,0");
        CommandRun byCount = CommandRun.english("projects", "allocate", "--projects", two.toString(), "--ballots",
                twoBallots.toString(), "--budget", "3", "--rule", "mes", "--utility", "cardinality", "--format", "csv");
        assertThat(byCount.out().lines()).contains("Y,Klein,,0.40,2,1,yes,2.60", "X,Groot,,3,3,2,no,2.60");
        Path pb = folder.resolve("uit.pb");
        CommandRun exported = CommandRun.english("projects", "allocate", "--projects", projects.toString(), "--ballots",
                ballots.toString(), "--budget", "5", "--rule", "mes", "--export-pb", pb.toString(), "--country", "Nederland");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.err()).contains("fill in instance, date_begin and date_end").doesNotContain("country is not given");
        String text = Files.readString(pb);
        assertThat(text).contains("\ncountry;Netherlands\n", "\nrule;equalshares/add1\n", "\nC;3;4;Park;;1\n",
                "\nA;2;2;Speeltuin;;0\n", "\nVOTES\nvoter_id;vote\n1;A,C\n");
        // what pabulib's checker asks beyond it: the vote's dates, which the input does not have
        assertThat(PabulibChecks.problems(text)).containsExactly("META misses instance", "META misses date_begin",
                "META misses date_end");
        CommandRun again = CommandRun.english("projects", "allocate", "--pb", pb.toString());
        assertThat(again.err()).contains("agrees with the official outcome in the file (3 projects)");
        CommandRun overInput = CommandRun.english("projects", "allocate", "--projects", projects.toString(), "--ballots",
                ballots.toString(), "--budget", "5", "--export-pb", ballots.toString());
        assertThat(overInput.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        Path wrong = Files.writeString(folder.resolve("w.csv"), "voter,project\n1;A\n".replace(';', ',') + "2,Z\n");
        CommandRun unknown = CommandRun.english("projects", "allocate", "--projects", projects.toString(), "--ballots",
                wrong.toString(), "--budget", "5", "--rule", "mes");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(unknown.err()).contains(wrong + ":3: a vote for the unknown project \"Z\"");
        CommandRun both = CommandRun.english("projects", "allocate", "--pb", DIR + "small.pb", "--ballots", ballots.toString());
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    /** Two plans for one square: once the better one is funded, the other is passed over and the money goes further down. */
    @Test
    void greedyExclusiveFundsOneOfEachGroupGivenWithExclude(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("x.pb"), Files.readString(Path.of(DIR + "small.pb"))
                .replace("rule;greedy", "rule;greedy-exclusive"));
        CommandRun plain = CommandRun.english("projects", "allocate", "--pb", file.toString(), "--format", "csv");
        assertThat(plain.err()).contains("give them with --exclude A,B");
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", file.toString(), "--exclude", "A1,A3",
                "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // groen (100,000): A1 (60,000) funded, A3 excluded by it, so A4 (10,000) after A2 does not fit
        assertThat(run.out().lines()).contains("A1,Groot park,groen,60000,50,1,yes,40000",
                "A3,Boomspiegels,groen,30000,30,3,no,40000", "A4,Plantenbakken,groen,10000,20,4,yes,30000");
        assertThat(run.err()).doesNotContain("--exclude A,B")
                .contains("greedy by votes, skipping a project that does not fit or excludes one already funded");
        Path groups = Files.writeString(folder.resolve("groepen.txt"), "# twee plannen voor het plein\nA1; A3\n\n");
        CommandRun fromFile = CommandRun.english("projects", "allocate", "--pb", file.toString(), "--exclude-file",
                groups.toString(), "--format", "csv");
        assertThat(fromFile.out()).isEqualTo(run.out());
        CommandRun missing = CommandRun.english("projects", "allocate", "--pb", file.toString(), "--exclude-file",
                folder.resolve("geen.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        CommandRun unknown = CommandRun.english("projects", "allocate", "--pb", file.toString(), "--exclude", "A1,Q9");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("--exclude names \"Q9\"");
    }

    /** A budget per part of the city: each part's projects compete for that part's money only. */
    @Test
    void neighbourhoodBudgetsAreSpentInTheirOwnNeighbourhood(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("n.pb"), """
                META
                key;value
                description;Wijken
                budget;100000
                neighborhoods;Noord,Zuid
                budget_per_neighborhood;60000,40000
                vote_type;approval
                rule;greedy
                PROJECTS
                project_id;cost;votes;name;neighborhood;selected
                N1;50000;90;Park Noord;Noord;1
                N2;20000;80;Plein Noord;Noord;0
                Z1;30000;10;Bank Zuid;Zuid;1
                Z2;20000;5;Boom Zuid;Zuid;0
                VOTES
                voter_id;vote
                1;N1
                """);
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", file.toString(), "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // Noord: N1 (50,000 of 60,000), N2 no longer fits; Zuid: Z1 (30,000 of 40,000), Z2 does not fit
        assertThat(run.out().lines()).containsExactly("id,title,theme,cost,votes,rank,funded,remaining",
                "N1,Park Noord,Noord,50000,90,1,yes,10000", "N2,Plein Noord,Noord,20000,80,2,no,10000",
                "Z1,Bank Zuid,Zuid,30000,10,1,yes,10000", "Z2,Boom Zuid,Zuid,20000,5,2,no,10000");
        assertThat(run.err()).contains("agrees with the official outcome in the file (4 projects)");
    }

    @Test
    void compareShowsGreedyEqualSharesAndTheOfficialOutcomeSideBySide() {
        CommandRun run = CommandRun.english("projects", "compare", "--pb", "src/test/resources/pabulib/Netherlands_Assen_2024.pb");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // Assen: 79 of the 84 voters approved at least one of the nine projects Equal Shares funds
        assertThat(run.out()).contains("greedy: 7 projects, €99,200. 100% of the voters see a project they approved funded.",
                "equal shares: 9 projects, €76,700. 94% of the voters",
                "official: 9 projects, €76,700.");
        CommandRun csv = CommandRun.english("projects", "compare", "--pb", "src/test/resources/pabulib/Netherlands_Assen_2024.pb",
                "--format", "csv");
        assertThat(csv.out().lines()).contains("id,title,cost,votes,greedy,equalshares/add1,official",
                "8,Crossbaan in Peelo,40000,25,yes,no,no", "5,LGBTQ+ bijeenkomsten,5000,13,no,yes,yes");
        CommandRun json = CommandRun.english("projects", "compare", "--pb", "src/test/resources/pabulib/Netherlands_Assen_2024.pb",
                "--format", "json");
        assertThat(json.out()).contains("\"rule\" : \"equalshares/add1\"", "\"cost\" : 76700");
    }

    /**
     * selected 2 marks a project funded outside the regular allocation (Poznań's reserves, Gdynia's
     * turnout award): the rule neither chose nor refused it, so it is left out of the comparison.
     */
    @Test
    void selectedTwoIsLeftOutOfTheComparison(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("s.pb"), Files.readString(Path.of(DIR + "small.pb"))
                .replace("A4;10000;20;Plantenbakken;groen;0", "A4;10000;20;Plantenbakken;groen;2"));
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", file.toString());
        assertThat(run.err()).contains("agrees with the official outcome in the file (5 projects)");
    }

    /** A selected code pabulib does not describe is neither "funded" nor "not funded": left out, and said once. */
    @Test
    void anUnknownSelectedCodeIsLeftOutAndSaid(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("s.pb"), Files.readString(Path.of(DIR + "small.pb"))
                .replace("A4;10000;20;Plantenbakken;groen;0", "A4;10000;20;Plantenbakken;groen;3"));
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("code in selected whose meaning tafel does not know (it knows 0, 1 and 2): 1;",
                "agrees with the official outcome in the file (5 projects)");
    }

    /**
     * Poznań's greedy-custom, recognised from the words of its comment: the walk stops at B, and
     * the 40,000 left is 80 % of B's 50,000, so B is funded on top from reserves; C is not tried.
     */
    @Test
    void greedyCustomAsPoznanDescribesItFundsTheNextProjectFromReserves(@TempDir Path folder) throws Exception {
        String meta = """
                META
                key;value
                description;Poznań
                budget;100000
                vote_type;approval
                rule;greedy-custom
                comment;#1: Finally, if the remaining budget is enough to fund at least 80% of that project, we fund it as well with the external reserve funds.
                PROJECTS
                project_id;cost;votes;name;selected
                A;60000;50;Park;1
                B;50000;40;Plein;2
                C;10000;30;Bank;0
                VOTES
                voter_id;vote
                1;A
                """;
        Path file = Files.writeString(folder.resolve("p.pb"), meta);
        CommandRun run = CommandRun.english("projects", "allocate", "--pb", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // selected 2 is, in Poznań's files, the project funded from reserves under the 80 % rule: compared as funded
        assertThat(run.err()).contains("B Plein is funded partly: with what was left (€40,000) and the rest (€10,000) from "
                + "reserve funds, because what was left covers at least 80% of its cost (€50,000).",
                "agrees with the official outcome in the file (3 projects)");
        assertThat(run.out()).containsPattern("B +Plein +€50,000 +40 +40 +partly \\(reserve\\)");
        CommandRun csv = CommandRun.english("projects", "allocate", "--pb", file.toString(), "--format", "csv");
        assertThat(csv.out().lines()).contains("B,Plein,,50000,40,2,partial,40000", "A,Park,,60000,50,1,yes,40000");
        CommandRun json = CommandRun.english("projects", "allocate", "--pb", file.toString(), "--format", "json");
        assertThat(json.out().replaceAll("\\s+", " ")).contains(
                "\"partly_from_reserve\" : { \"id\" : \"B\", \"from_budget\" : 40000, \"from_reserve\" : 10000 }");
        Path other = Files.writeString(folder.resolve("o.pb"), meta.replaceAll("comment;.*\\n", "comment;#1: our own rule\n"));
        CommandRun unknown = CommandRun.english("projects", "allocate", "--pb", other.toString(), "--rule", "greedy-custom");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(unknown.err()).contains("tafel applies the one Poznań describes");
    }

    /**
     * Per group of voters, by hand: greedy funds A (60, named by v1 v2 v5) and B (40, named by v2 v4),
     * so v1, v5 and v4 each carry 20 and v2 carries 40; women (v1 v3 v5) are 60 % of the voters and get
     * 40 % of the money; v4 gave no age and is counted as "not given".
     */
    @Test
    void compareShowsEachGroupOfVotersShareOfTheMoney(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("groups.pb"), """
                META
                key;value
                description;Groepen
                budget;100
                vote_type;approval
                rule;greedy
                PROJECTS
                project_id;cost;votes;name;selected;neighborhood
                A;60;3;Een;1;noord
                B;40;2;Twee;1;zuid
                C;50;1;Drie;0;zuid
                VOTES
                voter_id;vote;age;sex;voting_method
                v1;A;20;F;internet
                v2;A,B;30;M;internet
                v3;C;70;F;paper
                v4;B;;M;internet
                v5;A;22;F;internet
                """);
        CommandRun run = CommandRun.dutch("projects", "compare", "--pb", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Per groep stemmers")
                .containsPattern("leeftijd +18–29 +40% +40%").containsPattern("\\n +30–44 +20% +40%")
                .containsPattern("\\n +65\\+ +20% +0%").containsPattern("\\n +niet opgegeven +20% +20%")
                .containsPattern("geslacht +vrouw +60% +40%").containsPattern("\\n +man +40% +60%")
                .containsPattern("stemwijze +online +80% +100%").containsPattern("\\n +op papier +20% +0%")
                // per neighbourhood of the projects: noord has 3 of the 6 votes and 60 of greedy's 100
                .contains("Per wijk van de projecten").containsPattern("noord +50% +60%").containsPattern("zuid +50% +40%");
        Path pdf = folder.resolve("vergelijking.pdf");
        CommandRun written = CommandRun.dutch("projects", "compare", "--pb", file.toString(), "--pdf", pdf.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Groepen", "op volgorde", "gelijke delen", "officieel", "Per groep stemmers",
                    "leeftijd: 18–29", "geslacht: vrouw", "leeftijd: niet opgegeven", "De projecten en welke regel ze financiert",
                    "Per wijk: deel van de stemmen en van het geld");
        }
        CommandRun overInput = CommandRun.dutch("projects", "compare", "--pb", file.toString(), "--pdf", file.toString());
        assertThat(overInput.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(Files.readString(file)).startsWith("META");
        CommandRun json = CommandRun.english("projects", "compare", "--pb", file.toString(), "--format", "json");
        assertThat(json.out().replaceAll("\\s+", " ")).contains(
                "\"trait\" : \"sex\", \"group\" : \"F\", \"voters\" : 3, \"share_of_voters\" : 0.6000, "
                        + "\"share_of_money\" : { \"greedy\" : 0.4000,",
                "\"trait\" : \"age\", \"group\" : \"\", \"voters\" : 1",
                "\"neighbourhood\" : \"noord\", \"share_of_votes\" : 0.5000, \"share_of_money\" : { \"greedy\" : 0.6000");
    }

    /** Per category: groen has 140 of the 220 votes (64 %) and gets 100,000 of greedy's 180,000 (56 %). */
    @Test
    void compareShowsEachCategorysShareOfTheVotesAndOfTheMoney() {
        CommandRun run = CommandRun.english("projects", "compare", "--pb", DIR + "small.pb");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("groen +64% +56% +53%").containsPattern("fiets +36% +44% +47%");
        CommandRun json = CommandRun.english("projects", "compare", "--pb", DIR + "small.pb", "--format", "json");
        assertThat(json.out()).contains("\"category\" : \"groen\"", "\"share_of_votes\" : 0.6364", "\"greedy\" : 0.5556");
    }
}
