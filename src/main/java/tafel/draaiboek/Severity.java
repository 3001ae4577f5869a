package tafel.draaiboek;

public enum Severity {
    ERROR, WARNING;

    /** The word printed in diagnostics; fixed, so that editors and scripts can parse it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
