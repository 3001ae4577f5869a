package tafel.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import tafel.io.files.FolderLock;
import tafel.io.files.IoFailure;

/**
 * Use case: the right to write a session or process folder, held by one process at a time for
 * as long as it runs. Two writers would interleave one journal; readers never need it.
 */
public final class WriteAccess {

    /** The right to write, until closed (or until the process ends, whichever comes first). */
    public static final class Claim implements AutoCloseable {

        private final Optional<FolderLock> lock;

        private Claim(Optional<FolderLock> lock) {
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            if (lock.isPresent()) {
                lock.get().close();
            }
        }
    }

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm");

    private WriteAccess() {
    }

    /**
     * A folder that does not exist yet needs no claim: the use case that opens it says what is wrong.
     *
     * @param command what this process is doing, as the user typed it ("antwerp themes")
     * @throws TafelException exit 75 naming the other writer, or 73 when the lock file cannot be made
     */
    public static Claim claim(Path folder, String command, OffsetDateTime since) {
        if (!Files.isDirectory(folder)) {
            return new Claim(Optional.empty());
        }
        String holder = ProcessHandle.current().pid() + "\t" + command + "\t" + since.format(SINCE);
        try {
            return new Claim(Optional.of(FolderLock.take(folder, holder)));
        } catch (FolderLock.Held held) {
            String[] parts = held.holder().split("\t");
            TafelException inUse = parts.length == 3
                    ? TafelException.of(ExitCode.FOLDER_IN_USE, "folder.inUse", folder.toString(), parts[1], parts[0], parts[2])
                    : TafelException.of(ExitCode.FOLDER_IN_USE, "folder.inUse.unknown", folder.toString());
            throw inUse.withHint("folder.inUse.hint");
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.resolve(FolderLock.FILE).toString(),
                    IoFailure.reason(failed)).causedBy(failed);
        }
    }
}
