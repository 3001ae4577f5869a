package tafel.app;

import tafel.text.Phrase;

/**
 * A failure the user can act on: a message in their language, an optional hint, and the exit
 * code that tells scripts what kind of failure it was.
 */
public final class TafelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient Phrase message;
    private final transient Phrase hint;

    public TafelException(int exitCode, Phrase message, Phrase hint, Throwable cause) {
        super(message.key(), cause);
        this.exitCode = exitCode;
        this.message = message;
        this.hint = hint;
    }

    public static TafelException of(int exitCode, String key, Object... args) {
        return new TafelException(exitCode, Phrase.of(key, args), null, null);
    }

    public TafelException withHint(String key, Object... args) {
        return new TafelException(exitCode, message, Phrase.of(key, args), getCause());
    }

    public TafelException causedBy(Throwable cause) {
        return new TafelException(exitCode, message, hint, cause);
    }

    public int exitCode() {
        return exitCode;
    }

    public Phrase phrase() {
        return message;
    }

    public Phrase hint() {
        return hint;
    }
}
