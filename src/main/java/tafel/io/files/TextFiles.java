package tafel.io.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the text files people make by hand: UTF-8 with or without a BOM, or an old Windows encoding. */
public final class TextFiles {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFiles() {
    }

    /** The decoded text and whether it had to be read as Windows-1252 because it was not UTF-8. */
    public record Decoded(String text, boolean legacyEncoding) {
    }

    public static Decoded read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    public static Decoded decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(stripBom(text), false);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(stripBom(new String(bytes, WINDOWS_1252)), true);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
