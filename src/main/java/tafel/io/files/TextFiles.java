package tafel.io.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the text files people make by hand: UTF-8 with or without a BOM, UTF-16 (what Excel's
 * "Unicode text" saves), or an old Windows encoding. The caller is told which, so it can warn.
 */
public final class TextFiles {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFiles() {
    }

    /** How the bytes were read: as UTF-8 (the normal case), as UTF-16, or as Windows-1252 because they were not UTF-8. */
    public enum Encoding { UTF_8, UTF_16, WINDOWS_1252 }

    /** The decoded text and the encoding it was read in. */
    public record Decoded(String text, Encoding encoding) {
        public boolean legacyEncoding() {
            return encoding == Encoding.WINDOWS_1252;
        }
    }

    /** A folder was given where a file was expected. */
    public static final class FolderNotFile extends FileSystemException {
        private static final long serialVersionUID = 1L;

        public FolderNotFile(Path path) {
            super(path.toString(), null, "is a folder, not a file");
        }
    }

    public static Decoded read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FolderNotFile(file);
        }
        return decode(Files.readAllBytes(file));
    }

    public static Decoded decode(byte[] bytes) {
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            return new Decoded(stripBom(new String(bytes, utf16)), Encoding.UTF_16);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(stripBom(text), Encoding.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(stripBom(new String(bytes, WINDOWS_1252)), Encoding.WINDOWS_1252);
        }
    }

    /**
     * UTF-16 by its byte-order mark, or without one by its zero bytes: text in a Latin script has
     * a zero in every other byte, which no UTF-8 or Windows-1252 file has.
     */
    private static Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int pairs = Math.min(bytes.length / 2, 4096);
        for (int i = 0; i < pairs; i++) {
            evenZeros += bytes[2 * i] == 0 ? 1 : 0;
            oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (evenZeros > pairs * 0.9 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZeros > pairs * 0.9 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
