package tafel.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.AntwerpRules;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.ProcessState;
import tafel.antwerp.Project;
import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.files.AtomicFiles;
import tafel.io.files.IoFailure;
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
        return new ProcessInput(console, folder, checked(console, folder, readRaw(console, folder, Map.of())));
    }

    /**
     * Puts {@code content} in the folder as {@code name} only when the folder, read with it, is as
     * usable as before: every row of every file accepted and every project the journal names still
     * there. Otherwise nothing is written and each conflict is listed (exit 65), so a rejected file
     * can never take the place of a good one.
     */
    static ProcessInput replace(Console console, ProcessFolder folder, String name, String shownAs, byte[] content) {
        ProcessFolder.Contents staged = readRaw(console, folder, Map.of(name, new ProcessFolder.Staged(shownAs, content)));
        try {
            checked(console, folder, staged);
        } catch (TafelException refused) {
            throw refused.withHint("antwerp.replace.refused", shownAs, folder.file(name).toString());
        }
        ProcessState replayed = ProcessState.replay(staged.events());
        Set<String> known = staged.projects().stream().map(Project::id).collect(Collectors.toSet());
        List<String> missing = replayed.projectChoices().stream().flatMap(chosen -> chosen.projects().stream()
                .filter(id -> !known.contains(id)).map(id -> chosen.round() + "/" + chosen.table() + ": " + id)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(conflict -> console.say("antwerp.replace.chosen", shownAs, conflict));
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.replace.conflict", shownAs, missing.size())
                    .withHint("antwerp.replace.refused", shownAs, folder.file(name).toString());
        }
        // Warnings about the new file (a repeated online vote) are shown once, now that it is taken in
        CsvReports.check(console, staged.problems().stream().filter(problem -> problem.file().equals(shownAs)).toList(), 0, 0);
        try {
            AtomicFiles.write(folder.file(name), content);
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.file(name).toString(),
                    IoFailure.reason(failed)).causedBy(failed);
        }
        return new ProcessInput(console, folder, staged);
    }

    /** The folder as it is on disk, not checked: for reading the catalogue when a file is about to replace a broken one. */
    static ProcessFolder.Contents unchecked(Console console, ProcessFolder folder) {
        return readRaw(console, folder, Map.of());
    }

    private static ProcessFolder.Contents readRaw(Console console, ProcessFolder folder, Map<String, ProcessFolder.Staged> staged) {
        if (!folder.exists()) {
            throw TafelException.of(ExitCode.NO_INPUT, "antwerp.missing", folder.dir().toString())
                    .withHint("antwerp.missing.hint", folder.dir().toString());
        }
        try {
            return folder.read(staged);
        } catch (NoSuchFileException missing) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.file.missing", missing.getFile());
        } catch (JournalException broken) {
            throw TafelException.of(ExitCode.BAD_DATA, "session.journal.broken", folder.file(ProcessFolder.JOURNAL).toString(),
                    broken.line(), console.messages().get(broken.messageKey(), broken.args()))
                    .withHint("session.journal.broken.hint");
        } catch (IOException unreadable) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.io", folder.dir() + ": " + unreadable.getMessage());
        }
    }

    private static ProcessFolder.Contents checked(Console console, ProcessFolder folder, ProcessFolder.Contents contents) {
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
        return contents;
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
                    IoFailure.reason(failed)).causedBy(failed);
        }
        events.forEach(state::apply);
    }

    static OffsetDateTime now(Environment environment) {
        return OffsetDateTime.now(environment.clock());
    }
}
