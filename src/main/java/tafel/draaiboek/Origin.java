package tafel.draaiboek;

import java.util.Map;

/**
 * Where an element and each of its fields were written, so that a rule about a field
 * (a negative number of minutes, a duplicate code) can point at that field, not just at
 * the element.
 */
public record Origin(Position at, Map<String, Position> fields) {

    public static final Origin NONE = new Origin(Position.UNKNOWN, Map.of());

    public Origin {
        fields = Map.copyOf(fields);
    }

    public Position of(String field) {
        return fields.getOrDefault(field, at);
    }
}
