package tafel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.io.files.IoFailure;
import tafel.io.files.OutputFiles;
import tafel.text.Phrase;

/**
 * Data goes to stdout, or with {@code -o FILE} to a file written atomically (never half a file,
 * never over one of the command's inputs or into a session or process folder, never replacing
 * a device). Every {@code -o} of every command goes through here.
 */
final class OutputTarget {

    private OutputTarget() {
    }

    static void write(Console console, Path output, String text, Path... inputs) {
        if (toStandardOutput(output)) {
            console.out().print(text);
            console.out().flush();
            return;
        }
        write(console, output, text.getBytes(StandardCharsets.UTF_8), inputs);
    }

    static void write(Console console, Path output, byte[] content, Path... inputs) {
        if (toStandardOutput(output)) {
            console.out().flush();
            try {
                console.bytes().write(content);
                console.bytes().flush();
            } catch (IOException failed) {
                throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write.stdout", IoFailure.reason(failed));
            }
            return;
        }
        store(output, content, inputs);
        console.say("output.written", output.toString());
    }

    /** Writes a file (never stdout) without saying so, for commands that say it in their own words. */
    static void store(Path output, byte[] content, Path... inputs) {
        check(output, inputs);
        try {
            OutputFiles.write(output, content);
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", output.toString(), IoFailure.reason(failed))
                    .withHint("error.write.kept").causedBy(failed);
        }
    }

    /** Refuses an output before any work is spent on it (exit 73, with what to do instead). */
    static void check(Path output, Path... inputs) {
        if (toStandardOutput(output)) {
            return;
        }
        List<Path> given = Arrays.stream(inputs).filter(Objects::nonNull).toList();
        OutputFiles.refusal(output, given).ifPresent(reason -> {
            throw new TafelException(ExitCode.CANNOT_WRITE, reason, Phrase.of(reason.key() + ".hint", reason.args().toArray()), null);
        });
    }

    private static boolean toStandardOutput(Path output) {
        return output == null || output.toString().equals("-");
    }
}
