package tafel.sortition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Someone who answered the invitation letter and may be drawn.
 *
 * @param features  per feature (as the quotas name it, e.g. "leeftijd"), the value that holds for them ("16-29")
 * @param household who lives together (the address, normalised), when at most one per household may sit
 */
public record Respondent(String id, Map<String, String> features, Optional<String> household) {

    public Respondent {
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }

    public String value(String feature) {
        return features.getOrDefault(feature, "");
    }
}
