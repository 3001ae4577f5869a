package tafel.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.OffsetDateTime;
import java.util.List;

import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.AntwerpRules;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.ProcessState;
import tafel.io.antwerp.ProcessFolder;
import tafel.journal.Journal;
import tafel.journal.JournalException;
import tafel.journal.JournalReader;
import tafel.journal.ProcessEventCodec;

/**
 * Opening a process folder the way every {@code antwerp} command does: rules and files read and
 * checked (located messages, exit 65/66), the journal replayed; and appending new entries to it
 * with the same crash-safety as live sessions.
 */
final class ProcessInput {

    private final Console console;
    private final ProcessFolder folder;
    private final ProcessFolder.Contents contents;
    private final AntwerpRules rules;
    private final ProcessState state;
    private boolean tornSetAside;

    private ProcessInput(Console console, ProcessFolder folder, ProcessFolder.Contents contents) {
        this.console = console;
        this.folder = folder;
        this.contents = contents;
        this.rules = contents.rules().orElseThrow();
        this.state = ProcessState.replay(contents.events());
    }

    static ProcessInput open(Console console, ProcessFolder folder) {
        if (!folder.exists()) {
            throw TafelException.of(ExitCode.NO_INPUT, "antwerp.missing", folder.dir().toString())
                    .withHint("antwerp.missing.hint", folder.dir().toString());
        }
        ProcessFolder.Contents contents;
        try {
            contents = folder.read();
        } catch (NoSuchFileException missing) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.file.missing", missing.getFile());
        } catch (JournalException broken) {
            throw TafelException.of(ExitCode.BAD_DATA, "session.journal.broken", folder.file(ProcessFolder.JOURNAL).toString(),
                    broken.line(), console.messages().get(broken.messageKey(), broken.args()))
                    .withHint("session.journal.broken.hint");
        } catch (IOException unreadable) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.io", folder.dir() + ": " + unreadable.getMessage());
        }
        new Diagnostics(console).print(folder.file(ProcessFolder.RULES).toString(), contents.ruleFindings());
        if (contents.rules().isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.rules.invalid", folder.file(ProcessFolder.RULES).toString());
        }
        // Warnings about stored files (a repeated online vote) were shown when the file was added;
        // only rows that cannot be used are worth repeating on every command.
        if (contents.rejected() > 0) {
            CsvReports.check(console, contents.problems(), 0, contents.rejected());
        }
        contents.torn().ifPresent(torn -> console.say("status.torn", torn.line()));
        return new ProcessInput(console, folder, contents);
    }

    ProcessFolder folder() {
        return folder;
    }

    ProcessFolder.Contents contents() {
        return contents;
    }

    AntwerpRules rules() {
        return rules;
    }

    ProcessState state() {
        return state;
    }

    AntwerpOutcome outcome() {
        return AntwerpOutcome.compute(contents.catalogue(), rules, state, contents.onlineSplits(), contents.projects(),
                contents.onlineVotes());
    }

    /** Appends entries (one write, one sync), after setting a torn last line aside. */
    void append(List<ProcessEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            if (contents.torn().isPresent() && !tornSetAside) {
                JournalReader.setAside(folder.file(ProcessFolder.JOURNAL), contents.torn().get());
                tornSetAside = true;
            }
            ProcessEventCodec codec = new ProcessEventCodec(ProcessFolder.journalMapper());
            try (Journal journal = Journal.open(folder.file(ProcessFolder.JOURNAL))) {
                journal.append(events.stream().map(codec::encode).toList());
            }
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.file(ProcessFolder.JOURNAL).toString(),
                    String.valueOf(failed.getMessage()));
        }
        events.forEach(state::apply);
    }

    static OffsetDateTime now(Environment environment) {
        return OffsetDateTime.now(environment.clock());
    }
}
