package tafel.draaiboek;

/** How many people a work form is meant for, e.g. 2 for a 1-on-1 talk or 4–6 for a table. */
public record GroupSize(int min, int max) {

    public GroupSize {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("group size " + min + "-" + max);
        }
    }

    public static GroupSize exactly(int size) {
        return new GroupSize(size, size);
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
