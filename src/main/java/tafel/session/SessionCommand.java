package tafel.session;

/** What the facilitator asks for, by key or by a line of a headless script. */
public sealed interface SessionCommand {

    record Start() implements SessionCommand {
    }

    record Next() implements SessionCommand {
    }

    record Back() implements SessionCommand {
    }

    record Pause() implements SessionCommand {
    }

    record Resume() implements SessionCommand {
    }

    record Adjust(int minutes) implements SessionCommand {
    }

    record AddNote(String text, String tag) implements SessionCommand {
    }

    /** Ends the session: the running block ends now. */
    record Quit() implements SessionCommand {
    }
}
