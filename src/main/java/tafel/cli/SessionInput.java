package tafel.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

import com.fasterxml.jackson.databind.ObjectMapper;

import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.io.SessionFolder;
import tafel.journal.JournalException;

/** Reading a session folder the way every command does: located errors, exit codes 65 and 66. */
final class SessionInput {

    private SessionInput() {
    }

    static SessionFolder.Contents read(Console console, SessionFolder folder, ObjectMapper mapper) {
        SessionFolder.Contents contents;
        try {
            contents = folder.read(mapper);
        } catch (NoSuchFileException missing) {
            throw TafelException.of(ExitCode.NO_INPUT, "session.missing", missing.getFile())
                    .withHint("session.missing.hint");
        } catch (JournalException broken) {
            throw TafelException.of(ExitCode.BAD_DATA, "session.journal.broken", folder.journalFile().toString(),
                    broken.line(), console.messages().get(broken.messageKey(), broken.args()))
                    .withHint("session.journal.broken.hint");
        } catch (IOException unreadable) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.io", folder.dir() + ": " + unreadable.getMessage())
                    .causedBy(unreadable);
        }
        new Diagnostics(console).print(folder.draaiboekFile().toString(), contents.draaiboek().findings());
        if (SessionFolder.draaiboekOf(contents).isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "session.draaiboek.invalid", folder.draaiboekFile().toString());
        }
        return contents;
    }
}
