package tafel.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The links that let a journal prove its own order: every line carries its sequence number
 * ({@code seq}, 1 for the first line) and the hash of the line before it ({@code prev}, the first
 * 16 hex digits of SHA-256 over that line's bytes). A copied, lost, moved or foreign line breaks
 * a link, and the reader names the line where it breaks. It guards against accidents — an editor,
 * a copy between folders, a bad merge — not against someone who recomputes the hashes.
 */
public final class JournalChain {

    /** Where a journal stands: how many lines it has and the text of the last one ("" for none). */
    public record Position(long lines, String lastLine) {
        public static final Position START = new Position(0, "");

        public Position next(String line) {
            return new Position(lines + 1, line);
        }
    }

    private JournalChain() {
    }

    public static String hash(String line) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible); // every Java platform has SHA-256
        }
    }

    /** The line with {@code seq} and {@code prev} put first, after the position it is appended at. */
    public static String link(String jsonObject, Position after) {
        if (!jsonObject.startsWith("{")) {
            throw new IllegalArgumentException("a journal line is a JSON object");
        }
        String rest = jsonObject.substring(1);
        String fields = "\"seq\":" + (after.lines() + 1)
                + (after.lines() == 0 ? "" : ",\"prev\":\"" + hash(after.lastLine()) + "\"");
        return "{" + fields + (rest.startsWith("}") ? "" : ",") + rest;
    }
}
