package tafel.draaiboek;

import java.util.List;

/** Who takes part: written inline in the draaiboek, or kept in a CSV file next to it. */
public sealed interface ParticipantsSource {

    record Inline(List<Participant> participants) implements ParticipantsSource {
        public Inline {
            participants = List.copyOf(participants);
        }
    }

    /** A CSV path exactly as written, relative to the draaiboek's folder. */
    record File(String path, Position at) implements ParticipantsSource {
    }
}
