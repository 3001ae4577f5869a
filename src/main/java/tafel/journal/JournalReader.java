package tafel.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a journal back. A last line cut off by a crash (no line end, or not valid JSON) is not
 * an error: it is returned as {@link TornLine} so the caller can say so and set it aside. A
 * broken line before the last one means the file was damaged otherwise, which is reported.
 */
public final class JournalReader {

    private JournalReader() {
    }

    /** A journal line with its 1-based line number, for messages. */
    public record Record(int line, ObjectNode json) {
    }

    /** The cut-off last line: where it starts in the file and what it held. */
    public record TornLine(int line, long offset, String text) {
    }

    public record Contents(List<Record> records, Optional<TornLine> torn) {
        public Contents {
            records = List.copyOf(records);
        }
    }

    public static Contents read(Path file, ObjectMapper mapper) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<Record> records = new ArrayList<>();
        int start = 0;
        int line = 0;
        while (start < bytes.length) {
            line++;
            int end = indexOf(bytes, (byte) '\n', start);
            boolean complete = end >= 0;
            int stop = complete ? end : bytes.length;
            String text = new String(bytes, start, stop - start, StandardCharsets.UTF_8);
            if (complete && text.isBlank()) {
                start = stop + 1;
                continue;
            }
            Optional<ObjectNode> json = parse(text, mapper);
            if (complete && json.isPresent()) {
                records.add(new Record(line, json.get()));
            } else if (!complete || stop + 1 >= bytes.length) {
                // Only the last line can be cut off by a crash: everything before it was synced.
                return new Contents(records, Optional.of(new TornLine(line, start, text)));
            } else {
                throw new JournalException(line, "journal.line.invalid");
            }
            start = stop + 1;
        }
        return new Contents(records, Optional.empty());
    }

    /**
     * Moves a torn last line into a side file next to the journal (never deleted: it may hold
     * the start of a note) and cuts the journal back to the lines before it.
     *
     * @return the side file
     */
    public static Path setAside(Path file, TornLine torn) throws IOException {
        Path side = freeSideFile(file);
        byte[] all = Files.readAllBytes(file);
        byte[] tail = java.util.Arrays.copyOfRange(all, (int) torn.offset(), all.length);
        try (FileChannel out = FileChannel.open(side, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(tail));
            out.force(true);
        }
        try (FileChannel journal = FileChannel.open(file, StandardOpenOption.WRITE)) {
            journal.truncate(torn.offset());
            journal.force(true);
        }
        return side;
    }

    private static Path freeSideFile(Path file) {
        for (int number = 1; ; number++) {
            Path candidate = file.resolveSibling(file.getFileName() + ".torn-" + number);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    private static Optional<ObjectNode> parse(String text, ObjectMapper mapper) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = mapper.readTree(text);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException broken) {
            return Optional.empty();
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
