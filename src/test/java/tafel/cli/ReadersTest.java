package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.ExitCode;

/** Readers check what a file says about itself, locate every problem, and never show a parser's own words. */
class ReadersTest {

    /** A small .pb as pabulib publishes them: 15 projects, 30 approval ballots, META that counts both. */
    private static List<String> pabulib() {
        List<String> lines = new ArrayList<>(List.of("META", "key;value", "description;Buurtbudget", "num_projects;15",
                "num_votes;30", "budget;100000", "vote_type;approval", "rule;greedy", "PROJECTS", "project_id;cost;votes;name"));
        for (int project = 1; project <= 15; project++) {
            lines.add((42180 + project) + ";" + (5000 + 1000 * project) + ";" + (30 - project) + ";Project " + project);
        }
        lines.add("VOTES");
        lines.add("voter_id;vote");
        for (int voter = 1; voter <= 30; voter++) {
            lines.add(voter + ";" + (42180 + 1 + voter % 15) + "," + (42180 + 1 + (voter * 7) % 15));
        }
        return lines;
    }
    private static final String PARTICIPANTS = "id,name,role,tags\nb1,Zoë,bewoner,groen\nb2,Jan,bewoner,groen\n"
            + "a1,Şahin,ambtenaar,groen\na2,Els,ambtenaar,groen\n";

    @Test
    void anUnbalancedQuoteInACsvIsLocated(@TempDir Path folder) throws Exception {
        Path csv = Files.writeString(folder.resolve("p.csv"), "id,name,role\nb1,\"Zoë,bewoner\nb2,Jan,bewoner\n");
        CommandRun run = CommandRun.english("tables", "--participants", csv.toString(), "--size", "2");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("p.csv, line 2: a quote (\") opens a cell here but is never closed")
                .doesNotContain("IOException", "EOF", "encapsulated");
        Path after = Files.writeString(folder.resolve("q.csv"), "id,name,role\nb1,\"Zoë\"x,bewoner\n");
        assertThat(CommandRun.english("tables", "--participants", after.toString(), "--size", "2").err())
                .contains("q.csv, line 2: a quoted cell is followed by more text");
    }

    @Test
    void utf16FromExcelIsReadAsText(@TempDir Path folder) throws Exception {
        Path le = folder.resolve("le.csv");
        byte[] text = PARTICIPANTS.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(le, withBom);
        Path be = Files.write(folder.resolve("be.csv"), PARTICIPANTS.getBytes(StandardCharsets.UTF_16BE));
        for (Path file : List.of(le, be)) {
            CommandRun run = CommandRun.english("match", "--participants", file.toString(), "--left", "bewoner", "--right",
                    "ambtenaar", "--format", "csv");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Zoë", "Şahin");
        }
    }

    @Test
    void aFolderGivenAsAFileIsSaidToBeAFolder(@TempDir Path folder) {
        CommandRun csv = CommandRun.english("tables", "--participants", folder.toString(), "--size", "2");
        assertThat(csv.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(csv.err()).contains(folder + " is a folder; a file is needed here.");
        CommandRun yaml = CommandRun.dutch("validate", folder.toString());
        assertThat(yaml.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(yaml.err()).contains("is een map");
    }

    @Test
    void aPabulibFileIsCheckedAgainstItsOwnMeta(@TempDir Path folder) throws Exception {
        List<String> lines = pabulib();
        int projects = lines.indexOf("PROJECTS");
        int votes = lines.indexOf("VOTES");

        Path cut = Files.write(folder.resolve("cut.pb"), lines.subList(0, votes - 4));
        CommandRun cutRun = CommandRun.english("projects", "allocate", "--pb", cut.toString());
        assertThat(cutRun.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(cutRun.err()).contains("META says num_projects is 15, but the file holds 11");

        List<String> twice = new ArrayList<>(lines);
        twice.add(projects + 3, lines.get(projects + 2));
        Path dup = Files.write(folder.resolve("dup.pb"), twice);
        CommandRun dupRun = CommandRun.english("projects", "allocate", "--pb", dup.toString());
        assertThat(dupRun.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(dupRun.err()).containsPattern("dup.pb:\\d+: project \"\\d+\" is listed again \\(first on line \\d+\\)");

        List<String> quoted = new ArrayList<>(lines);
        quoted.set(projects + 2, lines.get(projects + 2).replaceFirst(";", ";\""));
        Path quote = Files.write(folder.resolve("quote.pb"), quoted);
        CommandRun quoteRun = CommandRun.english("projects", "allocate", "--pb", quote.toString());
        assertThat(quoteRun.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(quoteRun.err()).contains("quote.pb:" + (projects + 3) + ": a quote (\") opens a cell here")
                .doesNotContain("unknown project");

        List<String> meta = new ArrayList<>(lines);
        meta.add(2, "budget");
        Path badMeta = Files.write(folder.resolve("meta.pb"), meta);
        assertThat(CommandRun.english("projects", "allocate", "--pb", badMeta.toString()).err())
                .contains("meta.pb:3: a META line needs a key and a value");
    }

    @Test
    void protectedCellsAreDataAgainWhenTafelReadsItsOwnCsv(@TempDir Path folder) throws Exception {
        Path people = Files.writeString(folder.resolve("p.csv"),
                "id,name,role,tags\nb1,=Zoë,bewoner,groen\nb2,'t Hart,bewoner,groen\na1,-Els,ambtenaar,groen\na2,@Piet,ambtenaar,groen\n");
        Path matches = folder.resolve("m.csv");
        CommandRun match = CommandRun.english("match", "--participants", people.toString(), "--left", "bewoner", "--right",
                "ambtenaar", "--format", "csv", "-o", matches.toString());
        assertThat(match.exitCode()).as(match.err()).isZero();
        assertThat(Files.readString(matches)).contains("'=Zoë", "'t Hart");
        Path pdf = folder.resolve("k.pdf");
        CommandRun cards = CommandRun.english("cards", "--matches", matches.toString(), "-o", pdf.toString());
        assertThat(cards.exitCode()).as(cards.err()).isZero();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("=Zoë", "'t Hart", "-Els", "@Piet").doesNotContain("'=Zoë", "'-Els", "'@Piet");
        }
    }

    @Test
    void projectIdsThatLookLikeFormulasCanBeVotedFor(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("proces");
        Path catalogue = Files.writeString(folder.resolve("cat.csv"), "id,name\nA,Groen\nB,Spelen\n");
        Path themes = Files.writeString(folder.resolve("t.csv"), "evening,table,theme\n1,1,Groen\n1,1,Spelen\n");
        Path split = Files.writeString(folder.resolve("s.csv"), "table,theme,amount\n1,Groen,6000\n1,Spelen,4000\n");
        Path projects = Files.writeString(folder.resolve("p.csv"),
                "id,title,theme,cost\n-P1,Bomen,Groen,5000\n@P2,Bankjes,Groen,4000\n=P3,Schommel,Spelen,3000\nP4,Glijbaan,Spelen,3000\n");
        Path votes = Files.writeString(folder.resolve("v.csv"), "round,table,project\n1,1,-P1\n1,1,@P2\n");
        for (String[] step : new String[][] {
                {"antwerp", "init", dir.toString(), "--budget", "10000", "--themes", catalogue.toString(), "--top", "2",
                        "--themes-per-table", "2", "--projects-per-table", "2"},
                {"antwerp", "themes", dir.toString(), "--input", themes.toString()},
                {"antwerp", "budget", dir.toString(), "--input", split.toString()},
                {"antwerp", "projects", dir.toString(), "--projects", projects.toString()},
                {"antwerp", "projects", dir.toString(), "--input", votes.toString()}}) {
            CommandRun run = CommandRun.english(step);
            assertThat(run.exitCode()).as(String.join(" ", step) + "\n" + run.err()).isZero();
        }
        CommandRun results = CommandRun.english("antwerp", "results", dir.toString(), "--step", "projects", "--format", "json");
        assertThat(results.out()).contains("\"-P1\"", "\"@P2\"").doesNotContain("'-P1", "'@P2");
    }

    @Test
    void aCatalogueWithTwoIdsForOneNameIsRefused(@TempDir Path folder) throws Exception {
        Path catalogue = Files.writeString(folder.resolve("cat.csv"), "id,name\nA,Groen in de straat\nB,Spelen\nC,groen in de  straat\n");
        CommandRun run = CommandRun.english("antwerp", "init", folder.resolve("p").toString(), "--budget", "10000",
                "--themes", catalogue.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("cat.csv:4: the name \"groen in de  straat\" is already the theme with id A");
    }

    @Test
    void anAmountThatCanBeReadTwoWaysIsALocatedError(@TempDir Path folder) throws Exception {
        Path projects = Files.writeString(folder.resolve("p.csv"),
                "id,title,theme,cost,votes\nP1,Bankjes,,1.234.56,10\nP2,Bomen,,\"12,34,56\",5\nP3,Lampen,,\"0,001\",3\n");
        CommandRun run = CommandRun.english("projects", "allocate", "--projects", projects.toString(), "--budget", "100000");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains("p.csv:2: the cost \"1.234.56\" is not an amount that can be read one way only",
                "p.csv:3: the cost \"12,34,56\"", "p.csv:4: the cost \"0,001\"", "25.000");
    }
}
