package tafel.draaiboek;

import java.util.List;
import java.util.Optional;

import tafel.io.DraaiboekLoader;
import tafel.io.DraaiboekSource;
import tafel.io.LoadedDraaiboek;

/** Builds draaiboeken for tests from YAML text, the way users write them. */
public final class Drafts {

    private Drafts() {
    }

    public static LoadedDraaiboek load(String yaml) {
        return DraaiboekLoader.load(new DraaiboekSource("test.yaml", yaml, Optional.empty(), false));
    }

    public static Draaiboek valid(String yaml) {
        LoadedDraaiboek loaded = load(yaml);
        List<Finding> errors = loaded.findings().stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("expected no errors, got " + errors);
        }
        return loaded.draaiboek().orElseThrow();
    }

    /** "rule.key@line:column" per finding, for compact assertions. */
    public static List<String> keysAt(LoadedDraaiboek loaded) {
        return loaded.findings().stream()
                .map(finding -> finding.messageKey() + "@" + finding.position().line() + ":" + finding.position().column())
                .toList();
    }
}
