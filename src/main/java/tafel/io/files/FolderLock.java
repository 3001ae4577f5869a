package tafel.io.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The operating system's lock on a folder, held by the one process that writes it. A lock dies
 * with its process, so a crash never leaves the folder blocked. The lock file says who holds it
 * (one line of text), so a refused writer can name the other process; the locked byte lies past
 * the text, so the text stays readable on systems whose locks are mandatory.
 */
public final class FolderLock implements AutoCloseable {

    /** The file in the folder that carries the lock and the holder's description. */
    public static final String FILE = ".tafel-lock";
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another process (or this one, elsewhere) holds the folder. */
    public static final class Held extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient String holder;

        Held(String holder) {
            super(holder);
            this.holder = holder;
        }

        /** The holder's own description of itself, or empty when it wrote none yet. */
        public String holder() {
            return holder;
        }
    }

    /**
     * Takes the folder's lock or says who has it.
     *
     * @param holder one line that describes this process to a refused writer: pid, command, since when
     */
    public static FolderLock take(Path folder, String holder) throws IOException, Held {
        Path file = folder.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(LOCKED_BYTE, 1, false);
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        } catch (IOException | RuntimeException failed) {
            channel.close();
            throw failed;
        }
        if (lock == null) {
            String other = read(channel).orElse("");
            channel.close();
            throw new Held(other);
        }
        byte[] text = (holder.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        ByteBuffer buffer = ByteBuffer.wrap(text);
        while (buffer.hasRemaining()) {
            channel.write(buffer, buffer.position());
        }
        channel.force(false);
        return new FolderLock(channel, lock);
    }

    private static Optional<String> read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        int read = channel.read(buffer, 0);
        if (read <= 0) {
            return Optional.empty();
        }
        String text = new String(buffer.array(), 0, read, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return Optional.of((end < 0 ? text : text.substring(0, end)).strip());
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
