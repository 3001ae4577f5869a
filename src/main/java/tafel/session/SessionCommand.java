package tafel.session;

/** What the facilitator asks for, by key or by a line of a headless script. */
public sealed interface SessionCommand {

    /** @param plannedStart the clock time the session was planned to start, if known */
    record Start(java.util.Optional<java.time.OffsetDateTime> plannedStart) implements SessionCommand {
        public Start() {
            this(java.util.Optional.empty());
        }
    }

    record Next() implements SessionCommand {
    }

    /** On to the block's next part (sub-block) now. */
    record NextPart() implements SessionCommand {
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

        private static final java.util.regex.Pattern TAGGED = java.util.regex.Pattern.compile("#(\\S+)\\s+(.*)",
                java.util.regex.Pattern.DOTALL);

        /**
         * A note as the facilitator types it: "#actie Bel de wethouder" is an action point, "#besluit …"
         * a decision, "#aanwezig 23" the people present (Dutch or English tag words; any other tag is kept
         * as typed).
         */
        public static AddNote typed(String text) {
            java.util.regex.Matcher tagged = TAGGED.matcher(text.strip());
            return tagged.matches() ? new AddNote(tagged.group(2), SessionEvent.Note.canonicalTag(tagged.group(1)))
                    : new AddNote(text, "");
        }
    }

    /** Ends the session: the running block ends now. */
    /** Opens an ended session again, in the block that ran last. */
    record Reopen() implements SessionCommand {
    }

    record Quit() implements SessionCommand {
    }
}
