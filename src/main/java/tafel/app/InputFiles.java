package tafel.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import tafel.io.csv.CsvInput;
import tafel.io.files.TextFiles;
import tafel.io.pabulib.PabulibReader;

/**
 * Opening the files people give a use case, with one answer per way it can fail: missing,
 * unreadable, a folder (exit 66), or not readable as its format (exit 65, with file and line).
 */
public final class InputFiles {

    private InputFiles() {
    }

    public static CsvInput csv(Path file) {
        try {
            return CsvInput.read(file);
        } catch (IOException | IllegalArgumentException failed) {
            throw explained(file, failed);
        }
    }

    /** A plain text file, in whichever encoding people saved it. */
    public static String text(Path file) {
        try {
            return TextFiles.read(file).text();
        } catch (IOException | IllegalArgumentException failed) {
            throw explained(file, failed);
        }
    }

    public static PabulibReader.Read pabulib(Path file) {
        try {
            return PabulibReader.read(file);
        } catch (IOException | IllegalArgumentException failed) {
            throw explained(file, failed);
        }
    }

    private static TafelException explained(Path file, Exception failed) {
        if (failed instanceof NoSuchFileException) {
            return TafelException.of(ExitCode.NO_INPUT, "error.file.missing", file.toString());
        }
        if (failed instanceof AccessDeniedException) {
            return TafelException.of(ExitCode.NO_INPUT, "error.file.unreadable", file.toString());
        }
        if (failed instanceof TextFiles.FolderNotFile) {
            return TafelException.of(ExitCode.NO_INPUT, "error.file.folder", file.toString()).withHint("error.file.folder.hint");
        }
        if (failed instanceof CsvInput.SyntaxError syntax) {
            return TafelException.of(ExitCode.BAD_DATA, "csv.syntax", syntax.file(), syntax.line(), syntax.problem())
                    .withHint("csv.syntax.hint");
        }
        return TafelException.of(ExitCode.BAD_DATA, "csv.unreadable", file.toString(), String.valueOf(failed.getMessage()))
                .causedBy(failed);
    }
}
