package tafel.sortition;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The draw anyone can redo: the seed as written (numbers drawn on stage, a lottery result) is
 * hashed with SHA-256; the hash as a number modulo one billion picks the panel whose billionths
 * reach past it (panels in the order of the distribution); the next eight bytes of the hash seed
 * the order in which reserves are considered, the eight after them who of a group of interchangeable
 * people sits ({@link #members}). Same files, same seed: the same panel, byte for byte.
 */
public final class PublicDraw {

    private PublicDraw() {
    }

    /** The seed as the draw uses it: trimmed, runs of white space as one space, lower case. */
    public static String normal(String seed) {
        return seed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static byte[] hash(String seed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normal(seed).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java has SHA-256", missing);
        }
    }

    /** The number in [0, one billion) the seed stands for: the panel drawn is the one whose billionths reach past it. */
    public static long ticket(String seed) {
        return new BigInteger(1, hash(seed)).mod(BigInteger.valueOf(Distribution.SCALE)).longValue();
    }

    /** The index of the panel the seed draws. */
    public static int panel(Distribution distribution, String seed) {
        long ticket = ticket(seed);
        long reached = 0;
        for (int p = 0; p < distribution.chances().length; p++) {
            reached += distribution.chances()[p];
            if (ticket < reached) {
                return p;
            }
        }
        throw new IllegalStateException("the chances add up to one");
    }

    /**
     * The people the seed draws: the panel it picks, with its members of each group of
     * interchangeable people drawn evenly from the whole group — every group is shuffled in turn
     * (whether the panel holds any of it or not, so one group's draw does not hang on another's),
     * and as many of the front of the shuffle sit as the panel has of the group.
     */
    public static int[] members(Distribution distribution, String seed) {
        int[] panel = distribution.panels().get(panel(distribution, seed));
        if (distribution.interchangeable().isEmpty()) {
            return panel.clone();
        }
        java.util.Map<Integer, Integer> groupOf = distribution.groupOf();
        int[] seats = new int[distribution.interchangeable().size()];
        List<Integer> drawn = new ArrayList<>();
        for (int person : panel) {
            Integer group = groupOf.get(person);
            if (group == null) {
                drawn.add(person);
            } else {
                seats[group]++;
            }
        }
        SplittableRandom random = new SplittableRandom(ByteBuffer.wrap(hash(seed), 16, 8).getLong());
        for (int g = 0; g < seats.length; g++) {
            int[] group = shuffled(distribution.interchangeable().get(g), random);
            for (int at = 0; at < seats[g]; at++) {
                drawn.add(group[at]);
            }
        }
        return drawn.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Fisher–Yates from the back, as the reserves' order is. */
    private static int[] shuffled(int[] people, SplittableRandom random) {
        int[] order = people.clone();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /**
     * Up to {@code count} reserves, in the order they are called: respondents not on the panel, in an
     * order the seed shuffles, each taken when it can stand in for at least one panel member with
     * every quota still met.
     */
    public static List<Integer> reserves(PanelSpec spec, int[] panel, int count, String seed) {
        SplittableRandom random = new SplittableRandom(ByteBuffer.wrap(hash(seed), 8, 8).getLong());
        int people = spec.pool().size();
        int[] order = shuffled(java.util.stream.IntStream.range(0, people).toArray(), random);
        List<Integer> reserves = new ArrayList<>();
        for (int candidate : order) {
            if (reserves.size() == count) {
                break;
            }
            if (Arrays.stream(panel).noneMatch(member -> member == candidate) && standsIn(spec, panel, candidate)) {
                reserves.add(candidate);
            }
        }
        return reserves;
    }

    /** The panel members {@code candidate} can replace with every rule still kept. */
    public static List<Integer> replaceable(PanelSpec spec, int[] panel, int candidate) {
        List<Integer> members = new ArrayList<>();
        for (int at = 0; at < panel.length; at++) {
            int[] changed = panel.clone();
            changed[at] = candidate;
            Arrays.sort(changed);
            if (spec.allows(changed)) {
                members.add(panel[at]);
            }
        }
        return members;
    }

    private static boolean standsIn(PanelSpec spec, int[] panel, int candidate) {
        return !replaceable(spec, panel, candidate).isEmpty();
    }
}
