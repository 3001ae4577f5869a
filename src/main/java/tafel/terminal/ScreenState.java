package tafel.terminal;

import java.util.List;

import tafel.session.SessionEvent;

/**
 * What the full-screen UI shows besides the session itself: which panel is open, the text being
 * typed, the last message, the notes of the current block.
 */
record ScreenState(Mode mode, String input, String message, boolean messageIsProblem, List<SessionEvent.Note> notes) {

    enum Mode { TIMER, HELP, INSTRUCTIONS, NOTES, NOTE_INPUT, WORD_INPUT, CONFIRM_QUIT }

    ScreenState {
        notes = List.copyOf(notes);
    }

    static ScreenState initial() {
        return new ScreenState(Mode.TIMER, "", "", false, List.of());
    }

    ScreenState withMode(Mode next) {
        return new ScreenState(next, "", message, messageIsProblem, notes);
    }

    ScreenState withInput(String text) {
        return new ScreenState(mode, text, message, messageIsProblem, notes);
    }

    ScreenState withMessage(String text, boolean problem) {
        return new ScreenState(mode, input, text, problem, notes);
    }

    ScreenState withNotes(List<SessionEvent.Note> current) {
        return new ScreenState(mode, input, message, messageIsProblem, current);
    }
}
