package tafel.journal;

import java.util.List;

/** A journal line that cannot be understood, with its line number; the message is a key with arguments. */
public final class JournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final transient List<Object> args;

    public JournalException(int line, String messageKey, Object... args) {
        super(messageKey);
        this.line = line;
        this.args = List.of(args);
    }

    public int line() {
        return line;
    }

    public String messageKey() {
        return getMessage();
    }

    public List<Object> args() {
        return args;
    }
}
