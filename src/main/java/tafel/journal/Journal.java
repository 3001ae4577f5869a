package tafel.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * An append-only journal of JSON lines. {@link #append} returns only when the lines are on
 * disk (fdatasync), so whatever the screen confirms after it survives a crash or a dead
 * battery. Several lines written together go in one write and one sync, so that a crash cuts
 * at most the last line, which {@link JournalReader} detects.
 */
public final class Journal implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens the journal for appending, creating it if needed. */
    public static Journal open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return new Journal(file, channel);
    }

    public Path file() {
        return file;
    }

    public void append(List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a journal line must not contain a line break");
            }
            text.append(line).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        // Data only (fdatasync): the file size is part of what it flushes, the mtime is not needed.
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
