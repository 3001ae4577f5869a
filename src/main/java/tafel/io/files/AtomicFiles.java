package tafel.io.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a
 * half-written file: write a temporary file beside it, force it to disk, rename it over the
 * target, then force the folder so the rename itself survives a power cut. Any failure (a full
 * disk among them) leaves the old file as it was and no temporary file behind.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            keepPermissions(absolute, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(channel, ByteBuffer.wrap(content));
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes every byte or throws: a channel may accept fewer bytes than offered (a disk that is
     * filling up does), and one unchecked short write is how half a file gets called written.
     */
    static void writeFully(WritableByteChannel channel, ByteBuffer content) throws IOException {
        int stalled = 0;
        while (content.hasRemaining()) {
            if (channel.write(content) > 0) {
                stalled = 0;
            } else if (++stalled > 100) {
                throw new IOException("No space left on device");
            }
        }
    }

    /** Makes a finished rename durable; file systems that cannot open a folder for this are left as they are. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupportedHere) {
            // Windows and some network file systems refuse to open a folder; the data itself is on disk
        }
    }

    /** Temporary files are private (rw-------); the result should be as readable as the file it replaces or any new file. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        try {
            Files.setPosixFilePermissions(temporary, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the default permissions are fine
        }
    }
}
