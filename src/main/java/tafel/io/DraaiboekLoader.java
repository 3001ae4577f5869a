package tafel.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.DraaiboekRules;
import tafel.draaiboek.Finding;
import tafel.draaiboek.ParticipantsSource;
import tafel.draaiboek.Position;
import tafel.io.yaml.DraaiboekYamlReader;
import tafel.io.yaml.ReadResult;

/**
 * Reads a draaiboek and checks everything that can be checked before the evening: the YAML,
 * the format, the rules, and that the files it points at (participants, matches, table plans)
 * exist.
 */
public final class DraaiboekLoader {

    private DraaiboekLoader() {
    }

    public static LoadedDraaiboek load(DraaiboekSource source) {
        List<Finding> findings = new ArrayList<>();
        if (source.legacyEncoding()) {
            findings.add(Finding.warning(new Position(1, 1), "file.legacyEncoding").withHint("file.legacyEncoding.hint"));
        }
        ReadResult read = DraaiboekYamlReader.read(source.text());
        findings.addAll(read.findings());
        read.draaiboek().ifPresent(draaiboek -> {
            findings.addAll(DraaiboekRules.check(draaiboek));
            source.folder().ifPresent(folder -> {
                findings.addAll(missingFiles(draaiboek, folder));
                tafel.io.participants.BlockAssignments.load(draaiboek, folder, findings);
            });
        });
        findings.sort(Comparator.comparing(Finding::position));
        return new LoadedDraaiboek(source, read.draaiboek(), findings);
    }

    private static List<Finding> missingFiles(Draaiboek draaiboek, Path folder) {
        List<Finding> findings = new ArrayList<>();
        if (draaiboek.participants().orElse(null) instanceof ParticipantsSource.File file) {
            checkExists(folder, file.path(), file.at(), "file.participants.missing", findings);
        }
        for (Block block : draaiboek.allBlocks()) {
            block.matches().ifPresent(path ->
                    checkExists(folder, path, block.origin().of("matches"), "file.matches.missing", findings));
            block.tables().ifPresent(path ->
                    checkExists(folder, path, block.origin().of("tables"), "file.tables.missing", findings));
        }
        // a logo only decorates the report: a warning, and the session can go on
        draaiboek.logo().filter(path -> tafel.io.files.LogoImage.read(folder, path).isEmpty()).ifPresent(path ->
                findings.add(Finding.warning(draaiboek.origin().of("logo"), "file.logo.unreadable", path,
                        tafel.io.files.LogoImage.maxMegabytes())));
        return findings;
    }

    private static void checkExists(Path folder, String written, Position at, String messageKey,
                                    List<Finding> findings) {
        Path resolved = folder.resolve(written).normalize();
        if (!Files.isRegularFile(resolved)) {
            findings.add(Finding.error(at, messageKey, written)
                    .withHint("file.missing.hint", resolved.toString()));
        } else if (!Files.isReadable(resolved)) {
            findings.add(Finding.error(at, "file.unreadable", written));
        }
    }

    /** For callers that only need the draaiboek when it is free of errors. */
    public static Optional<Draaiboek> usable(LoadedDraaiboek loaded) {
        return loaded.hasErrors() ? Optional.empty() : loaded.draaiboek();
    }
}
