package tafel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import tafel.io.files.AtomicFiles;

/** Data goes to stdout, or with {@code -o FILE} to a file written atomically (never half a file). */
final class OutputTarget {

    private OutputTarget() {
    }

    static void write(Console console, Path output, String text) {
        if (output == null || output.toString().equals("-")) {
            console.out().print(text);
            console.out().flush();
            return;
        }
        try {
            AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", output.toString(), String.valueOf(failed.getMessage()));
        }
        console.say("output.written", output.toString());
    }
}
