package tafel.antwerp;

/** A theme from the catalogue (e.g. "groen in straten"); {@code id} as in the catalogue CSV. */
public record Theme(String id, String name, String description) {
}
