package tafel.session;

import java.util.List;
import java.util.Optional;

import tafel.text.Phrase;

/** The outcome of a command: the events to journal, or why it cannot be done now. */
public record Decision(List<SessionEvent> events, Optional<Phrase> refusal) {

    public Decision {
        events = List.copyOf(events);
    }

    static Decision accept(List<SessionEvent> events) {
        return new Decision(events, Optional.empty());
    }

    static Decision refuse(String key, Object... args) {
        return new Decision(List.of(), Optional.of(Phrase.of(key, args)));
    }

    public boolean accepted() {
        return refusal.isEmpty();
    }
}
