package tafel.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People the rules cannot tell apart: counted by the same quotas and sharing no address with
 * anyone else in the pool (when one per household counts). Any panel stays allowed when one of
 * them takes another's seat, so LEXIMIN gives them the same chance, and a lottery needs to say only
 * how many of a kind sit — which of them is then drawn evenly. At 1,000 respondents on six
 * features that is 563 kinds instead of 1,000 people, the rows of the linear program that splits
 * the chances into panels.
 *
 * @param kindOf  per person (pool order), their kind's number; kinds are numbered by their first member
 * @param members per kind, its people in pool order
 */
record Kinds(int[] kindOf, List<int[]> members) {

    Kinds {
        kindOf = kindOf.clone();
        members = members.stream().map(int[]::clone).toList();
    }

    static Kinds of(PanelSpec spec) {
        int people = spec.pool().size();
        int[][] counted = spec.members();
        BitSet[] quotasOf = new BitSet[people];
        for (int person = 0; person < people; person++) {
            quotasOf[person] = new BitSet();
        }
        for (int q = 0; q < counted.length; q++) {
            for (int person : counted[q]) {
                quotasOf[person].set(q);
            }
        }
        boolean[] sharesAnAddress = new boolean[people];
        for (int[] household : spec.households()) {
            for (int person : household) {
                sharesAnAddress[person] = true;
            }
        }
        Map<Object, List<Integer>> byKind = new LinkedHashMap<>();
        for (int person = 0; person < people; person++) {
            // someone whose household is in the pool twice is a kind of their own: swapping them in could seat two of one home
            Object key = sharesAnAddress[person] ? Integer.valueOf(person) : quotasOf[person];
            byKind.computeIfAbsent(key, none -> new ArrayList<>()).add(person);
        }
        int[] kindOf = new int[people];
        List<int[]> members = new ArrayList<>();
        for (List<Integer> kind : byKind.values()) {
            for (int person : kind) {
                kindOf[person] = members.size();
            }
            members.add(kind.stream().mapToInt(Integer::intValue).toArray());
        }
        return new Kinds(kindOf, members);
    }

    int count() {
        return members.size();
    }

    /** How many seats each kind has in this panel, as the kinds' numbers, each as often as it sits, in order. */
    int[] composition(int[] panel) {
        int[] kinds = new int[panel.length];
        for (int at = 0; at < panel.length; at++) {
            kinds[at] = kindOf[panel[at]];
        }
        Arrays.sort(kinds);
        return kinds;
    }

    /** A panel with this composition: of each kind, its first members in pool order. */
    int[] panel(int[] composition) {
        int[] panel = new int[composition.length];
        for (int at = 0; at < composition.length; ) {
            int kind = composition[at];
            int[] of = members.get(kind);
            for (int next = 0; at < composition.length && composition[at] == kind; at++, next++) {
                panel[at] = of[next];
            }
        }
        Arrays.sort(panel);
        return panel;
    }

    /** The kinds with more than one person, each as its people: who may be drawn for one another. */
    List<int[]> interchangeable() {
        return members.stream().filter(kind -> kind.length > 1).toList();
    }
}
