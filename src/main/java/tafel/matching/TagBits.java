package tafel.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags of two groups of people as bit sets over the tags they use, so that the number two
 * people share is a few AND and bit counts instead of a set intersection.
 */
final class TagBits {

    private final long[][] rows;
    private final long[][] columns;

    TagBits(List<Person> rowPeople, List<Person> columnPeople) {
        Map<String, Integer> numbers = new HashMap<>();
        for (List<Person> group : List.of(rowPeople, columnPeople)) {
            for (Person person : group) {
                // sorted, so that the numbering does not depend on a set's order
                person.tags().stream().sorted().forEach(tag -> numbers.computeIfAbsent(tag, key -> numbers.size()));
            }
        }
        int words = Math.max(1, (numbers.size() + 63) / 64);
        rows = bits(rowPeople, numbers, words);
        columns = bits(columnPeople, numbers, words);
    }

    private static long[][] bits(List<Person> people, Map<String, Integer> numbers, int words) {
        long[][] result = new long[people.size()][words];
        for (int p = 0; p < people.size(); p++) {
            for (String tag : people.get(p).tags()) {
                int number = numbers.get(tag);
                result[p][number >>> 6] |= 1L << (number & 63);
            }
        }
        return result;
    }

    /** How many tags row person {@code row} and column person {@code column} have in common. */
    int shared(int row, int column) {
        long[] a = rows[row];
        long[] b = columns[column];
        int count = 0;
        for (int w = 0; w < a.length; w++) {
            count += Long.bitCount(a[w] & b[w]);
        }
        return count;
    }
}
