package tafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tafel.app.ExitCode;

class ValidateCommandTest {

    private static final String BROKEN = "src/test/resources/broken/";

    /** One fixture per kind of error, with the line:column and the words the user must see. */
    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("unknown-key.yaml", "5:5", "Unknown key \"mintues\" in a block. Did you mean \"minutes\"?"),
                Arguments.of("wrong-type.yaml", "5:14", "\"minutes\" must be a whole number, but is \"vijf\""),
                Arguments.of("missing-title.yaml", "1:1", "The draaiboek has no title."),
                Arguments.of("missing-minutes.yaml", "3:5", "Block A has no length."),
                Arguments.of("negative-minutes.yaml", "5:14", "must be more than 0 minutes, but is -5"),
                Arguments.of("minutes-too-large.yaml", "7:42", "a block lasts at most 1440 minutes"),
                Arguments.of("duplicate-codes.yaml", "6:11", "The code A is already used on line 3."),
                Arguments.of("subblocks-too-long.yaml", "5:14", "The sub-blocks of C take 15 minutes, more than the 10"),
                Arguments.of("unknown-method.yaml", "9:13", "The work form \"one-wrod\" is not defined. Did you mean \"one-word\"?"),
                Arguments.of("yaml-syntax.yaml", "4:", "The YAML is not well-formed"),
                Arguments.of("participants-missing.yaml", "2:15", "The participants file \"niemand.csv\" does not exist."),
                Arguments.of("matches-missing.yaml", "6:14", "The matches file \"matches-b.csv\" does not exist."),
                Arguments.of("repeated-key.yaml", "2:1", "\"titel\" is given twice here (first on line 1)."),
                Arguments.of("empty.yaml", "1:1", "The file is empty."),
                Arguments.of("not-a-mapping.yaml", "1:1", "Expected the draaiboek here as key: value lines, but found a list."),
                Arguments.of("code-missing.yaml", "3:5", "Block \"Welkom\" has no code."),
                Arguments.of("bad-flag.yaml", "6:12", "\"pause\" must be yes or no, but is \"misschien\"."),
                Arguments.of("bad-start.yaml", "2:8", "\"half acht\" is not a clock time."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void everyKindOfErrorIsReportedWithItsPositionAndExit65(String file, String position, String words) {
        CommandRun run = CommandRun.english("validate", BROKEN + file);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_DATA);
        assertThat(run.err()).contains(BROKEN + file + ":" + position).contains(": error: ").contains(words);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).contains(file + ": errors: ");
    }

    @Test
    void everyBrokenFixtureIsCoveredByTheTable() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(BROKEN))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(brokenFiles().map(arguments -> (String) arguments.get()[0]).toList());
        }
    }

    @Test
    void theIssuesExampleNamesEachProblemWithItsLine() {
        CommandRun run = CommandRun.english("validate", "src/test/resources/issue-example.yaml");
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err().lines()).hasSize(3);
        assertThat(run.err()).contains("issue-example.yaml:6:5: error: Unknown key \"duur\"")
                .contains("issue-example.yaml:9:14: error: The length must be more than 0 minutes, but is -5.")
                .contains("issue-example.yaml:12:14: error: The sub-blocks of C take 15 minutes");
    }

    @Test
    void warningsArePrintedButDoNotFail() {
        CommandRun run = CommandRun.english("validate", "src/test/resources/warnings/out-of-sequence.yaml",
                "src/test/resources/warnings/subblocks-too-short.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("out-of-sequence.yaml:6:11: warning: Block D comes where B was expected.")
                .contains("out-of-sequence.yaml:10:11: warning: Block F comes where E was expected.")
                .contains("subblocks-too-short.yaml:5:14: warning: The sub-blocks of C take 8 minutes, less than the 20");
        assertThat(run.out()).contains("out-of-sequence.yaml: ok (warnings: 2)");
    }

    @Test
    void allTemplatesAreValid() {
        CommandRun run = CommandRun.english("validate", "templates/leersessie-ambtenaren.yaml",
                "templates/leersessie-bewoners.yaml", "templates/leersessie-bewoners-ambtenaren.yaml",
                "templates/antwerpen-startmoment.yaml", "templates/antwerpen-districtsforum.yaml",
                "templates/antwerpen-festival.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aMissingFileGivesExit66AndTheOthersAreStillChecked() {
        CommandRun run = CommandRun.english("validate", "nowhere.yaml", BROKEN + "negative-minutes.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.err()).contains("nowhere.yaml: error: Cannot find the file nowhere.yaml.")
                .contains("negative-minutes.yaml:5:14: error:");
    }

    @Test
    void speaksDutch() {
        CommandRun run = CommandRun.dutch("validate", BROKEN + "unknown-key.yaml");
        assertThat(run.err()).contains("Onbekende sleutel \"mintues\" in een blok. Bedoel je \"minutes\"?");
        assertThat(run.out()).contains("fouten: 2, waarschuwingen: 0");
        CommandRun english = CommandRun.dutch("validate", "--lang", "en", BROKEN + "unknown-key.yaml");
        assertThat(english.err()).contains("Unknown key");
    }

    @Test
    void printsFindingsAsCsvAndJson() {
        CommandRun csv = CommandRun.english("validate", "--format", "csv", BROKEN + "negative-minutes.yaml");
        assertThat(csv.exitCode()).isEqualTo(65);
        assertThat(csv.out().lines()).containsExactly(
                "file,line,column,severity,rule,message,hint",
                BROKEN + "negative-minutes.yaml,5,14,error,rule.minutes.notPositive,"
                        + "\"The length must be more than 0 minutes, but is -5.\",\"Write the number of minutes, e.g. minutes: 10.\"");
        CommandRun json = CommandRun.english("validate", "--format=json", BROKEN + "negative-minutes.yaml");
        assertThat(json.out()).contains("\"rule\" : \"rule.minutes.notPositive\"").contains("\"line\" : 5")
                .contains("\"valid\" : false");
    }

    @Test
    void readsUtf8WithBomAndWarnsAboutWindowsEncoding(@TempDir Path folder) throws Exception {
        Path bom = folder.resolve("bom.yaml");
        Files.write(bom, ("\uFEFFtitle: Avond met Zoë\nblocks:\n  - {code: A, title: Ünver, minutes: 5}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(CommandRun.english("validate", bom.toString()).exitCode()).isZero();

        Path legacy = folder.resolve("legacy.yaml");
        Files.write(legacy, "title: Avond met Zoë\nblocks:\n  - {code: A, title: Welkom, minutes: 5}\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        CommandRun run = CommandRun.english("show", legacy.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: The file is not UTF-8");
        assertThat(run.out()).contains("Avond met Zoë");
    }

    @Test
    void participantsFileNextToTheDraaiboekIsFound(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("deelnemers.csv"), "id,name,role\nb1,Zoë,bewoner\n");
        Files.createDirectories(folder.resolve("plans"));
        Files.writeString(folder.resolve("plans/matches.csv"), "round,left_id,right_id\n");
        Path draaiboek = folder.resolve("avond.yaml");
        Files.writeString(draaiboek, """
                title: Avond
                participants: deelnemers.csv
                blocks:
                  - {code: A, title: 1-op-1, minutes: 10, matches: plans/matches.csv}
                """);
        CommandRun run = CommandRun.english("validate", draaiboek.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }
}
