package tafel.io.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tafel.text.Phrase;

/**
 * The keys allowed in one kind of YAML mapping: each canonical English key with the Dutch
 * (and other) aliases a facilitator may write instead.
 */
final class Keys {

    private final Phrase context;
    private final Map<String, String> canonicalByWritten = new LinkedHashMap<>();

    private Keys(Phrase context) {
        this.context = context;
    }

    static Keys of(String contextKey) {
        return new Keys(Phrase.of(contextKey));
    }

    Keys key(String canonical, String... aliases) {
        canonicalByWritten.put(canonical, canonical);
        for (String alias : aliases) {
            canonicalByWritten.put(alias, canonical);
        }
        return this;
    }

    /** A short word for the kind of mapping, used in messages ("block", "work form"). */
    Phrase context() {
        return context;
    }

    Optional<String> canonical(String written) {
        return Optional.ofNullable(canonicalByWritten.get(written));
    }

    List<String> allWritten() {
        return new ArrayList<>(canonicalByWritten.keySet());
    }

    List<String> canonicalKeys() {
        return canonicalByWritten.values().stream().distinct().toList();
    }
}
