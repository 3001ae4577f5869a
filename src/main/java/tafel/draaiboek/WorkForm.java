package tafel.draaiboek;

import java.util.Optional;

/**
 * A reusable way of working (werkvorm): a check-in, a 1-on-1 talk, a round-table talk.
 * Blocks refer to it by {@link #id()} and inherit its instructions and default length.
 */
public record WorkForm(String id, String name, String description, String instructions,
                       Optional<Integer> defaultMinutes, Optional<GroupSize> groupSize,
                       Origin origin) {

    public String displayName() {
        return name.isBlank() ? id : name;
    }
}
