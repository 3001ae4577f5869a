package tafel.cli;

import tafel.app.ExitCode;
import tafel.i18n.Language;
import tafel.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneralCommandTest {

    @Test
    void printsTheVersion() {
        CommandRun run = CommandRun.english("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("tafel \\d+\\.\\d+\\.\\d+\\R");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CommandRun run = CommandRun.english("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate", "show", "templates", "new")
                .contains("Exit codes: 0 ok, 2 wrong command line, 65 bad input data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "show", "templates", "new"})
    void everyCommandHasHelpWithAnExampleInBothLanguages(String command) {
        CommandRun english = CommandRun.english(command, "--help");
        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).contains("Usage: tafel " + command).containsPattern("Examples?:\\R  tafel " + command);
        CommandRun dutch = CommandRun.dutch(command, "--help");
        assertThat(dutch.out()).contains("Gebruik: tafel " + command).containsPattern("Voorbeeld(en)?:\\R  tafel " + command);
    }

    @Test
    void theLanguageFollowsTheSystemLocaleUnlessChosen() {
        assertThat(CommandRun.in(Locale.forLanguageTag("nl-BE"), "--help").out()).contains("Opdrachten:");
        assertThat(CommandRun.in(Locale.forLanguageTag("de-DE"), "--help").out()).contains("Commands:");
        assertThat(CommandRun.in(Locale.forLanguageTag("nl-NL"), "--lang", "en", "--help").out()).contains("Commands:");
        assertThat(CommandRun.in(Locale.ENGLISH, "--lang=nl", "--help").out()).contains("Opdrachten:");
    }

    @Test
    void aWrongCommandLineExitsWith2AndSuggests() {
        CommandRun run = CommandRun.english("shwo");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("show");
        CommandRun badLanguage = CommandRun.english("--lang", "fr", "templates");
        assertThat(badLanguage.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CommandRun.english("show", "x.yaml", "--format", "xml").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void listsTemplatesInEveryFormat() {
        CommandRun table = CommandRun.english("templates");
        assertThat(table.out()).contains("leersessie-bewoners-ambtenaren   63  Leersessie met bewoners en ambtenaren");
        CommandRun csv = CommandRun.english("templates", "--format", "csv");
        assertThat(csv.out().lines()).hasSize(7).first().isEqualTo("name,title,minutes,blocks");
        assertThat(csv.out()).contains("leersessie-ambtenaren,Leersessie voor ambtenaren,115,8");
        CommandRun json = CommandRun.english("templates", "--format", "json");
        assertThat(json.out()).contains("\"name\" : \"antwerpen-festival\"");
    }

    @Test
    void writesATemplateAndRefusesToOverwrite(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("avond.yaml");
        CommandRun first = CommandRun.english("new", "leersessie-bewoners", "-o", target.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("Wrote " + target);
        assertThat(Files.readString(target)).contains("titel: Leersessie voor bewoners");
        assertThat(CommandRun.english("validate", target.toString()).exitCode()).isZero();

        Files.writeString(target, "mine");
        CommandRun second = CommandRun.english("new", "leersessie-bewoners", "-o", target.toString());
        assertThat(second.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(second.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(target)).isEqualTo("mine");

        assertThat(CommandRun.english("new", "leersessie-bewoners", "-o", target.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(target)).contains("titel: Leersessie voor bewoners");
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers).as("no temporary files left behind").containsExactly(target);
        }
    }

    @Test
    void newCanPrintToStdoutAndExplainsUnknownTemplates() {
        assertThat(CommandRun.english("new", "antwerpen-festival", "-o", "-").out()).startsWith("# Draaiboek voor het festival");
        CommandRun unknown = CommandRun.english("new", "antwerpen-fest");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("no built-in template called \"antwerpen-fest\"")
                .contains("Did you mean \"antwerpen-festival\"?");
    }

    @Test
    void aFailedWriteExits73(@TempDir Path folder) throws Exception {
        Path blocker = folder.resolve("file");
        Files.writeString(blocker, "x");
        CommandRun run = CommandRun.english("new", "leersessie-bewoners", "-o", blocker.resolve("sub/avond.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(run.err()).startsWith("tafel: Cannot write").doesNotContain("\tat ");
    }

    @Test
    void stackTracesOnlyWithDebug() {
        CommandRun plain = CommandRun.english("new", "leersessie-bewoners", "-o", "/proc/nope/avond.yaml");
        assertThat(plain.err()).doesNotContain("\tat ");
        CommandRun debug = CommandRun.english("--debug", "new", "leersessie-bewoners", "-o", "/proc/nope/avond.yaml");
        assertThat(debug.err()).contains("\tat ");
    }
}
