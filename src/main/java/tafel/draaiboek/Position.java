package tafel.draaiboek;

/**
 * A place in a source file, 1-based, as editors show it. {@link #UNKNOWN} is used for
 * draaiboeken that were not read from a file.
 */
public record Position(int line, int column) implements Comparable<Position> {

    public static final Position UNKNOWN = new Position(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
