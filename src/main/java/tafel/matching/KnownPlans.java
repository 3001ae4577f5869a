package tafel.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Repeat-free plans kept as data, for sizes no construction here reaches and the swap search only
 * reaches with luck. 18 people at tables of 3 for 8 rounds (a nearly Kirkman triple system: each
 * person meets 16 of the other 17) — the swap search found it for some seeds within seconds and for
 * others not at all; this one was found by tafel's own search (`tafel tables --people 18 --size 3
 * --rounds 8 --seed 2`) and {@code LatinSquaresTest} checks that nobody meets twice.
 */
final class KnownPlans {

    private static final int[][][] EIGHTEEN_IN_THREES = {
            {{6, 10, 11}, {0, 15, 17}, {3, 12, 16}, {1, 8, 13}, {2, 5, 14}, {4, 7, 9}},
            {{10, 13, 16}, {0, 3, 7}, {8, 11, 14}, {4, 6, 15}, {2, 9, 12}, {1, 5, 17}},
            {{4, 5, 12}, {8, 10, 17}, {1, 14, 15}, {6, 7, 16}, {0, 9, 11}, {2, 3, 13}},
            {{2, 7, 8}, {4, 13, 17}, {0, 14, 16}, {1, 6, 12}, {5, 9, 10}, {3, 11, 15}},
            {{8, 12, 15}, {7, 10, 14}, {0, 5, 13}, {2, 4, 11}, {1, 9, 16}, {3, 6, 17}},
            {{3, 8, 9}, {5, 11, 16}, {0, 1, 4}, {2, 10, 15}, {6, 13, 14}, {7, 12, 17}},
            {{1, 3, 10}, {4, 8, 16}, {0, 2, 6}, {5, 7, 15}, {9, 14, 17}, {11, 12, 13}},
            {{1, 7, 11}, {9, 13, 15}, {3, 4, 14}, {2, 16, 17}, {0, 10, 12}, {5, 6, 8}}};

    private KnownPlans() {
    }

    /** The kept plan's first {@code rounds} rounds for this many people at tables of this size, or empty. */
    static Optional<List<List<List<Integer>>>> find(int people, int tableSize, int rounds) {
        if (people != 18 || tableSize != 3 || rounds < 1 || rounds > EIGHTEEN_IN_THREES.length) {
            return Optional.empty();
        }
        List<List<List<Integer>>> plan = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<List<Integer>> tables = new ArrayList<>();
            for (int[] table : EIGHTEEN_IN_THREES[round]) {
                tables.add(java.util.Arrays.stream(table).boxed().toList());
            }
            plan.add(tables);
        }
        return Optional.of(plan);
    }
}
