package tafel.matching;

import java.util.Optional;
import java.util.Set;

/**
 * A participant as the organiser's spreadsheet describes them. {@code tags} are what they offer
 * or need; {@code avoid} the ids they should not be paired or seated with; {@code fixedTable}
 * a table (1-based) they must sit at in every round.
 */
public record Person(String id, String name, String role, String organisation, Set<String> tags, String project,
                     Set<String> avoid, Optional<Integer> fixedTable) {

    public Person {
        tags = Set.copyOf(tags);
        avoid = Set.copyOf(avoid);
    }

    /** Never two people of the same organisation, never a pair one of them wants to avoid. */
    public boolean canMeet(Person other) {
        boolean sameOrganisation = !organisation.isBlank() && organisation.equalsIgnoreCase(other.organisation);
        return !sameOrganisation && !avoid.contains(other.id) && !other.avoid.contains(id) && !id.equals(other.id);
    }
}
