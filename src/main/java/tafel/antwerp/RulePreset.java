package tafel.antwerp;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Spelregels as a known practice published them, to start a process from: the keys of
 * {@code antwerpen.yaml} they set, and where they come from (see ../shared/FIELD.md). What a
 * practice does that tafel does not model is said in the file (a message per preset).
 */
public enum RulePreset {
    ANTWERPEN_2019("2019-2020.burgerbegroting.be/p/veelgesteldevragen",
            "online_weight", "0.2", "small_project_limit", "5000", "small_project_factor", "2", "within_theme", "skip",
            "leftover", "none"),
    ANTWERPEN_2021("burgerbegroting.be/hoe-kan-ik-stemmen",
            "online_weight", "0.5", "within_theme", "skip", "leftover", "none"),
    AMSTERDAM_NOORD("pabulib: Netherlands_Amsterdam_* (Kleine Wereld 2019, Bloemenbuurt 2020)",
            "online_weight", "0.5", "within_theme", "stop", "leftover", "pool"),
    GRONINGEN("stemvan.groningen.nl/uitslagbudgetSterkHoogkerk2024, stemvan.groningen.nl/toelichtingstemprocessterkhoogkerk",
            "chips_per_participant", "10", "chip_value", "5000", "budget_weighting", "participants",
            "projects_per_table", "3", "score", "mean-of-percentages", "online_weight", "0.5",
            "project_votes", "participants", "joker_budget", "5000"),
    EMMEN("zuidoosthoeker.nl (26 september 2016), wijkbelangenemmerhout.nl (Burgerbegroting)",
            "chips_per_participant", "8", "chip_value", "2000", "unspent", "allow", "min_score_share", "0.10",
            "max_per_plan", "25000", "min_theme_budget", "10000", "min_support_share", "0.5"),
    EMMEN_2023("wijkbelangenemmerhout.nl (Burgerbegroting, Het geld is verdeeld)",
            "project_rule", "chips-on-plans", "chips_per_participant", "6", "chip_value", "1000", "unspent", "allow");

    private final String source;
    private final Map<String, String> settings = new LinkedHashMap<>();

    RulePreset(String source, String... keysAndValues) {
        this.source = source;
        for (int i = 0; i < keysAndValues.length; i += 2) {
            settings.put(keysAndValues[i], keysAndValues[i + 1]);
        }
    }

    /** Whether its tables place chips directly on plans, so the process needs no theme catalogue. */
    public boolean direct() {
        return "chips-on-plans".equals(settings.get("project_rule"));
    }

    /** As people write it: antwerpen-2019. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String source() {
        return source;
    }

    /** The keys of antwerpen.yaml it sets, with their values as written there, in the order it lists them. */
    public Map<String, String> settings() {
        return Collections.unmodifiableMap(settings);
    }

    public static Optional<RulePreset> named(String name) {
        return Arrays.stream(values()).filter(preset -> preset.configName().equalsIgnoreCase(name.strip())).findFirst();
    }
}
