package tafel.terminal;

import java.util.List;

import tafel.session.SessionEvent;

/**
 * What the full-screen UI shows besides the session itself: which panel is open, the text being
 * typed, the last message, the notes of the current block.
 */
record ScreenState(Mode mode, String input, String message, boolean messageIsProblem, List<SessionEvent.Note> notes,
                   int scroll) {

    enum Mode { TIMER, HELP, INSTRUCTIONS, NOTES, NOTE_INPUT, WORD_INPUT, CONFIRM_QUIT }

    ScreenState {
        notes = List.copyOf(notes);
    }

    static ScreenState initial() {
        return new ScreenState(Mode.TIMER, "", "", false, List.of(), 0);
    }

    ScreenState withMode(Mode next) {
        return new ScreenState(next, "", message, messageIsProblem, notes, 0);
    }

    ScreenState withInput(String text) {
        return new ScreenState(mode, text, message, messageIsProblem, notes, scroll);
    }

    ScreenState withMessage(String text, boolean problem) {
        return new ScreenState(mode, input, text, problem, notes, scroll);
    }

    ScreenState withNotes(List<SessionEvent.Note> current) {
        return new ScreenState(mode, input, message, messageIsProblem, current, scroll);
    }

    /** A panel scrolled by {@code lines} (never above its top; the screen keeps it from running past the end). */
    ScreenState scrolled(int lines) {
        return new ScreenState(mode, input, message, messageIsProblem, notes, Math.max(0, scroll + lines));
    }
}
