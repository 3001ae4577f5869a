package tafel.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

import tafel.app.ExitCode;
import tafel.app.TafelException;
import tafel.draaiboek.Draaiboek;
import tafel.io.DraaiboekLoader;
import tafel.io.DraaiboekSources;
import tafel.io.LoadedDraaiboek;
import tafel.io.files.TextFiles;
import tafel.templates.TemplateCatalog;
import tafel.text.ClosestMatch;

/** Opening a draaiboek the way every command does: by path or template name, with located errors. */
final class DraaiboekInput {

    private DraaiboekInput() {
    }

    /** Reads and checks a draaiboek; a file that cannot be read becomes exit code 66. */
    static LoadedDraaiboek load(String written) {
        try {
            return DraaiboekLoader.load(DraaiboekSources.open(written));
        } catch (NoSuchFileException missing) {
            TafelException problem = TafelException.of(ExitCode.NO_INPUT, "error.file.missing", written);
            Optional<String> template = ClosestMatch.among(written, TemplateCatalog.NAMES);
            throw template.isPresent()
                    ? problem.withHint("hint.template", template.get())
                    : problem.withHint("error.file.missing.hint");
        } catch (AccessDeniedException denied) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.file.unreadable", written).causedBy(denied);
        } catch (TextFiles.FolderNotFile folder) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.file.folder", written).withHint("error.file.folder.hint");
        } catch (IOException unreadable) {
            throw TafelException.of(ExitCode.NO_INPUT, "error.io", written + ": " + unreadable.getMessage())
                    .causedBy(unreadable);
        }
    }

    /**
     * For commands that need a usable draaiboek: prints every finding, and stops with exit code
     * 65 when one of them is an error. Warnings are printed and the command goes on.
     */
    static Draaiboek loadUsable(Console console, String written) {
        return loadChecked(console, written).draaiboek().orElseThrow();
    }

    /** Like {@link #loadUsable} but keeps the source text (for the copy in a session folder). */
    static LoadedDraaiboek loadChecked(Console console, String written) {
        LoadedDraaiboek loaded = load(written);
        new Diagnostics(console).print(loaded.source().name(), loaded.findings());
        if (loaded.hasErrors() || loaded.draaiboek().isEmpty()) {
            long errors = loaded.findings().stream().filter(finding -> finding.isError()).count();
            throw TafelException.of(ExitCode.BAD_DATA, "error.draaiboek.invalid", loaded.source().name(), errors)
                    .withHint("error.draaiboek.invalid.hint", written);
        }
        return loaded;
    }
}
