package tafel.session;

import java.time.OffsetDateTime;

/**
 * Something that happened during a live session. Everything the facilitator does becomes one
 * or more events, appended to the journal before the screen confirms it; the state on screen is
 * a fold over them ({@link SessionState#apply}).
 */
public sealed interface SessionEvent {

    OffsetDateTime at();

    /** The name used in the journal's {@code type} field. */
    String type();

    /** @param plannedStart when the draaiboek said it would start; the agenda's planned times count from it */
    record SessionStarted(OffsetDateTime at, String title, java.util.Optional<OffsetDateTime> plannedStart)
            implements SessionEvent {
        public SessionStarted(OffsetDateTime at, String title) {
            this(at, title, java.util.Optional.empty());
        }

        public String type() {
            return "session_started";
        }
    }

    record BlockStarted(OffsetDateTime at, String block) implements SessionEvent {
        public String type() {
            return "block_started";
        }
    }

    record BlockEnded(OffsetDateTime at, String block) implements SessionEvent {
        public String type() {
            return "block_ended";
        }
    }

    record Paused(OffsetDateTime at, String block) implements SessionEvent {
        public String type() {
            return "paused";
        }
    }

    record Resumed(OffsetDateTime at, String block) implements SessionEvent {
        public String type() {
            return "resumed";
        }
    }

    /** The facilitator gave the running block {@code minutes} more (or, when negative, fewer) minutes. */
    record Adjusted(OffsetDateTime at, String block, int minutes) implements SessionEvent {
        public String type() {
            return "adjusted";
        }
    }

    /**
     * A post-it: a note for a block. {@code part} is the sub-block that was planned at that
     * moment (empty when the block has none); {@code tag} marks e.g. one-word check-in entries.
     */
    record Note(OffsetDateTime at, String block, String part, String text, String tag) implements SessionEvent {
        public static final String WORD = "word";
        /** Who came: a number or names ("#aanwezig 23"), for the report's first page. */
        public static final String PRESENT = "present";
        /** An action point ("#actie …"), listed on the report's first page. */
        public static final String ACTION = "action";
        /** A decision ("#besluit …"), listed on the report's first page. */
        public static final String DECISION = "decision";

        private static final java.util.Map<String, String> TAG_WORDS = java.util.Map.of("aanwezig", PRESENT, "present", PRESENT,
                "actie", ACTION, "actiepunt", ACTION, "action", ACTION, "besluit", DECISION, "decision", DECISION);

        /** The stored tag for a typed one: the Dutch and English words for the known tags are one tag. */
        public static String canonicalTag(String typed) {
            String lower = typed.toLowerCase(java.util.Locale.ROOT);
            return TAG_WORDS.getOrDefault(lower, typed);
        }

        public String type() {
            return "note";
        }
    }

    /** The facilitator moved the room on from this part of the block to the next one, before its time was up. */
    record PartSkipped(OffsetDateTime at, String block, String part) implements SessionEvent {
        public String type() {
            return "part_skipped";
        }
    }

    record SessionEnded(OffsetDateTime at) implements SessionEvent {
        public String type() {
            return "session_ended";
        }
    }

    /** An ended session was opened again (run --resume --reopen); a block_started follows. */
    record SessionReopened(OffsetDateTime at) implements SessionEvent {
        public String type() {
            return "session_reopened";
        }
    }
}
