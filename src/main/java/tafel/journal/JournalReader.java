package tafel.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        Links links = new Links();
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
            // A last line that is whole JSON but lost its line end (an editor strips it) is kept:
            // a crash cannot cut a JSON object so that it still parses
            if (json.isPresent()) {
                links.add(line, text, json.get());
                records.add(new Record(line, json.get()));
            } else if (!complete || stop + 1 >= bytes.length) {
                // Only the last line can be cut off by a crash: everything before it was synced.
                links.verify();
                return new Contents(records, Optional.of(new TornLine(line, start, text)));
            } else {
                throw new JournalException(line, "journal.line.invalid");
            }
            start = stop + 1;
        }
        links.verify();
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
            ByteBuffer bytes = ByteBuffer.wrap(tail);
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        } catch (IOException failed) {
            // A full disk: no empty or half side file, and the journal keeps its torn line for the next try
            Files.deleteIfExists(side);
            throw failed;
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

    /**
     * Follows the chain of {@code seq} and {@code prev} (see {@link JournalChain}). The whole file
     * is seen first, so that a line that was moved is called moved, not missing.
     */
    private static final class Links {
        private record Line(int line, String text, JsonNode seq, JsonNode prev) {
        }

        private final List<Line> lines = new ArrayList<>();

        void add(int line, String text, ObjectNode json) {
            lines.add(new Line(line, text, json.get("seq"), json.get("prev")));
        }

        void verify() {
            Map<String, Integer> seen = new HashMap<>();
            Map<Long, Integer> lineOfEntry = new HashMap<>();
            lines.forEach(line -> {
                if (line.seq() != null && line.seq().isIntegralNumber() && line.seq().canConvertToLong()) {
                    lineOfEntry.putIfAbsent(line.seq().asLong(), line.line());
                }
            });
            int chainedFrom = 0;
            String previous = "";
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                long count = i + 1;
                if (line.seq() == null) {
                    if (chainedFrom > 0) {
                        throw new JournalException(line.line(), "journal.line.unnumbered", chainedFrom);
                    }
                } else {
                    chainedFrom = chainedFrom > 0 ? chainedFrom : line.line();
                    Integer copyOf = seen.get(line.text());
                    if (copyOf != null) {
                        throw new JournalException(line.line(), "journal.line.duplicate", copyOf);
                    }
                    if (!line.seq().isIntegralNumber() || !line.seq().canConvertToLong()) {
                        throw new JournalException(line.line(), "journal.field.missing", "seq");
                    }
                    long number = line.seq().asLong();
                    if (number != count) {
                        boolean moved = number < count || lineOfEntry.getOrDefault(count, 0) > line.line();
                        throw moved ? new JournalException(line.line(), "journal.line.order", number, count)
                                : new JournalException(line.line(), "journal.line.missing", count, number - 1);
                    }
                    String expected = count == 1 ? null : JournalChain.hash(previous);
                    String found = line.prev() == null || !line.prev().isTextual() ? null : line.prev().asText();
                    if (!Objects.equals(expected, found)) {
                        throw i == 0 ? new JournalException(line.line(), "journal.line.foreign.first")
                                : new JournalException(line.line(), "journal.line.foreign", lines.get(i - 1).line());
                    }
                }
                seen.putIfAbsent(line.text(), line.line());
                previous = line.text();
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
