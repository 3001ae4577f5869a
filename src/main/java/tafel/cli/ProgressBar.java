package tafel.cli;

/** A one-line progress bar on stderr for people at a terminal; silent for pipes and tests. */
final class ProgressBar {

    private final Console console;
    private final boolean enabled;
    private int shown = -1;

    ProgressBar(Console console, boolean terminal) {
        this.console = console;
        this.enabled = terminal;
    }

    void show(double fraction) {
        int percent = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
        if (!enabled || percent == shown) {
            return;
        }
        shown = percent;
        int filled = percent * 30 / 100;
        console.err().print("\r" + console.text("tables.searching") + " [" + "#".repeat(filled) + " ".repeat(30 - filled)
                + "] " + percent + "%");
        console.err().flush();
    }

    void done() {
        if (enabled && shown >= 0) {
            console.err().print("\r" + " ".repeat(60) + "\r");
            console.err().flush();
        }
    }
}
