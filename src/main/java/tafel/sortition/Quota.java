package tafel.sortition;

/** How many of the panel must have a feature's value: at least {@code min}, at most {@code max}. */
public record Quota(String feature, String value, int min, int max) {

    public Quota {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("a quota needs 0 <= min <= max");
        }
    }

    public boolean holdsFor(Respondent respondent) {
        return respondent.value(feature).equals(value);
    }
}
