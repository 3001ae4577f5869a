package tafel.draaiboek;

import java.util.List;

/** A person at the session; {@code role} is free text such as "bewoner" or "ambtenaar". */
public record Participant(String id, String name, String role, String organisation,
                          List<String> tags, Origin origin) {

    public Participant {
        tags = List.copyOf(tags);
    }
}
