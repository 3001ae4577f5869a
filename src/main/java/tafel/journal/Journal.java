package tafel.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    private JournalChain.Position position;
    private boolean needsLineEnd;

    private Journal(Path file, FileChannel channel, JournalChain.Position position, boolean needsLineEnd) {
        this.file = file;
        this.channel = channel;
        this.position = position;
        this.needsLineEnd = needsLineEnd;
    }

    /**
     * Opens the journal for appending, creating it if needed. It is read once to find where the
     * chain stands; a torn last line must have been set aside before (see {@link JournalReader}).
     */
    public static Journal open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        try {
            byte[] bytes = Files.readAllBytes(file);
            JournalChain.Position position = JournalChain.Position.START;
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    position = position.next(line);
                }
            }
            // An editor may have stripped the final line end; the next line must not be glued to the last one
            boolean needsLineEnd = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
            return new Journal(file, channel, position, needsLineEnd);
        } catch (IOException | RuntimeException failed) {
            channel.close();
            throw failed;
        }
    }

    public Path file() {
        return file;
    }

    /** @throws JournalWriteFailed when the lines could not be written and synced; the journal is as before */
    public void append(List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder(needsLineEnd ? "\n" : "");
        JournalChain.Position after = position;
        for (String line : lines) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a journal line must not contain a line break");
            }
            String linked = JournalChain.link(line, after);
            text.append(linked).append('\n');
            after = after.next(linked);
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        long before = channel.size();
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            // Data only (fdatasync): the file size is part of what it flushes, the mtime is not needed.
            channel.force(false);
        } catch (IOException failed) {
            // A full disk may have taken half the lines: cut them off, so nothing unconfirmed stays
            // and the next entry does not land after a fragment
            try {
                channel.truncate(before);
                channel.force(false);
            } catch (IOException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw new JournalWriteFailed(file, failed);
        }
        position = after;
        needsLineEnd = false;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
