package tafel.sortition;

/** What LEXIMIN tells while it works: how many chances are settled, and how far the lottery that gives them is. */
@FunctionalInterface
public interface LeximinProgress {

    /** The chances of so many people are settled (level by level, or all at once when they are known first). */
    void settled(int people);

    /**
     * The chances are known and a lottery is being built that gives them: every person has at
     * least {@code share} (0 to 1) of their chance so far, and it only grows.
     */
    default void reached(double share) {
    }
}
