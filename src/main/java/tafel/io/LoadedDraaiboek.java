package tafel.io;

import java.util.List;
import java.util.Optional;

import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Finding;

/** A draaiboek read and checked: the draaiboek (if its YAML could be read) and every finding in file order. */
public record LoadedDraaiboek(DraaiboekSource source, Optional<Draaiboek> draaiboek, List<Finding> findings) {

    public LoadedDraaiboek {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
