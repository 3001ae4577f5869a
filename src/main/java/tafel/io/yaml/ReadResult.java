package tafel.io.yaml;

import java.util.List;
import java.util.Optional;

import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Finding;

/**
 * What reading a draaiboek gave: the draaiboek as far as it could be read (absent only when
 * the YAML itself is broken) and every problem met on the way.
 */
public record ReadResult(Optional<Draaiboek> draaiboek, List<Finding> findings) {

    public ReadResult {
        findings = List.copyOf(findings);
    }
}
