package tafel.app;

/** The exit codes tafel promises (sysexits.h values, so shell scripts can tell causes apart). */
public final class ExitCode {

    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int BAD_DATA = 65;
    public static final int NO_INPUT = 66;
    public static final int INTERNAL = 70;
    public static final int CANNOT_WRITE = 73;
    /** A folder holds work in progress that this command would otherwise leave behind or disturb. */
    public static final int FOLDER_IN_USE = 75;

    private ExitCode() {
    }
}
