package tafel.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;

import tafel.draaiboek.Draaiboek;
import tafel.io.DraaiboekLoader;
import tafel.io.DraaiboekSources;
import tafel.io.LoadedDraaiboek;
import tafel.io.files.TextFiles;
import tafel.templates.TemplateCatalog;
import tafel.text.ClosestMatch;

/** Opening a draaiboek the way every front end does: by path or template name, with located errors. */
public final class DraaiboekFiles {

    /** One file as {@code validate} checked it: read with its findings, or not readable at all. */
    public record Checked(String file, Optional<LoadedDraaiboek> loaded, Optional<TafelException> unreadable) {

        public boolean valid() {
            return loaded.isPresent() && !loaded.get().hasErrors();
        }
    }

    private DraaiboekFiles() {
    }

    /** Every file read and checked, the unreadable ones included, in the order given. */
    public static List<Checked> check(List<String> files) {
        return files.stream().map(file -> {
            try {
                return new Checked(file, Optional.of(open(file)), Optional.empty());
            } catch (TafelException unreadable) {
                return new Checked(file, Optional.empty(), Optional.of(unreadable));
            }
        }).toList();
    }

    /** Reads and checks a draaiboek; a file that cannot be read becomes exit code 66. */
    public static LoadedDraaiboek open(String written) {
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
     * For use cases that need a usable draaiboek: tells every finding, and stops with exit code
     * 65 when one of them is an error. Warnings are told and the work goes on.
     */
    public static Draaiboek openUsable(Notices notices, String written) {
        return openChecked(notices, written).draaiboek().orElseThrow();
    }

    /** Like {@link #openUsable} but keeps the source text (for the copy in a session folder). */
    public static LoadedDraaiboek openChecked(Notices notices, String written) {
        LoadedDraaiboek loaded = open(written);
        notices.findings(loaded.source().name(), loaded.findings());
        if (loaded.hasErrors() || loaded.draaiboek().isEmpty()) {
            long errors = loaded.findings().stream().filter(finding -> finding.isError()).count();
            throw TafelException.of(ExitCode.BAD_DATA, "error.draaiboek.invalid", loaded.source().name(), errors)
                    .withHint("error.draaiboek.invalid.hint", written);
        }
        return loaded;
    }
}
