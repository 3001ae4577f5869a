package tafel.antwerp;

/**
 * A submitted project. Only feasible ones take part; {@code conditions} keeps the "ja, mits"
 * (yes, provided that…) of the feasibility check, shown with the results.
 */
public record Project(String id, String title, String theme, long cost, String submitter, boolean feasible,
                      String conditions) {
}
