package tafel.io.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** An organisation's logo for a report's first page, read from a path written next to the file that names it. */
public final class LogoImage {

    /** Larger than any logo; a photo of several megabytes would only bloat every report. */
    private static final long MAX_BYTES = 5_000_000;

    private LogoImage() {
    }

    /** The image's bytes when {@code written} names a file the report can draw (PNG, JPEG, GIF, BMP) of at most {@link #MAX_BYTES}. */
    public static Optional<byte[]> read(Path folder, String written) {
        Path file = folder.resolve(written).normalize();
        try {
            if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
                byte[] bytes = Files.readAllBytes(file);
                // an image, not just any file with the right name
                if (javax.imageio.ImageIO.read(new ByteArrayInputStream(bytes)) != null) {
                    return Optional.of(bytes);
                }
            }
        } catch (IOException unreadable) {
            // the same as a missing file: the caller says it
        }
        return Optional.empty();
    }

    public static long maxMegabytes() {
        return MAX_BYTES / 1_000_000;
    }
}
