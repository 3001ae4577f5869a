package tafel.app;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

import com.fasterxml.jackson.databind.json.JsonMapper;

import tafel.io.SessionFolder;
import tafel.journal.JournalException;
import tafel.text.Phrase;

/**
 * Use case: read back a session folder (the draaiboek as it was run and its journal) for status,
 * notes, reports, exports and resume: located errors, exit codes 65 and 66.
 */
public final class SessionRecord {

    private SessionRecord() {
    }

    public static SessionFolder.Contents read(Notices notices, SessionFolder folder) {
        SessionFolder.Contents contents;
        try {
            contents = folder.read(JsonMapper.builder().build());
        } catch (NoSuchFileException missing) {
            throw TafelException.of(ExitCode.NO_INPUT, "session.missing", missing.getFile())
                    .withHint("session.missing.hint");
        } catch (JournalException broken) {
            throw TafelException.of(ExitCode.BAD_DATA, "session.journal.broken", folder.journalFile().toString(),
                    broken.line(), Phrase.of(broken.messageKey(), broken.args().toArray()))
                    .withHint("session.journal.broken.hint");
        } catch (IOException unreadable) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.io", folder.dir() + ": "
                    + unreadable.getMessage()).causedBy(unreadable);
        }
        notices.findings(folder.draaiboekFile().toString(), contents.draaiboek().findings());
        if (SessionFolder.draaiboekOf(contents).isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "session.draaiboek.invalid", folder.draaiboekFile().toString());
        }
        return contents;
    }
}
