package tafel.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import tafel.matching.PairMatcher;
import tafel.matching.Person;

/** 1-on-1 matching of N×N people with random tags: tafel's exact assignment against a greedy pass. */
public final class MatchBench {

    private MatchBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        SplittableRandom random = new SplittableRandom(5);
        List<Person> left = new ArrayList<>();
        List<Person> right = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            left.add(person("b" + i, "bewoner", "org" + random.nextInt(40), random));
            right.add(person("a" + i, "ambtenaar", "org" + random.nextInt(40), random));
        }
        long start = System.nanoTime();
        int greedy = greedy(left, right);
        double greedyMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        PairMatcher.Plan plan = PairMatcher.match(left, right, 1, PairMatcher.Surplus.TRIO, 1);
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("%d x %d: greedy total score %d in %.1f ms; tafel (optimal) total score %d in %.1f ms%n",
                n, n, greedy, greedyMs, plan.totalScore(), ms);
    }

    private static Person person(String id, String role, String organisation, SplittableRandom random) {
        Set<String> tags = new HashSet<>();
        int count = random.nextInt(1, 6);
        while (tags.size() < count) {
            tags.add("t" + random.nextInt(30));
        }
        return new Person(id, id, role, organisation, tags, "", Set.of(), Optional.empty());
    }

    /** Each left person in turn takes the best right person still free: the organiser's spreadsheet method. */
    private static int greedy(List<Person> left, List<Person> right) {
        boolean[] taken = new boolean[right.size()];
        int total = 0;
        for (Person person : left) {
            int best = -1;
            int bestScore = -1;
            for (int j = 0; j < right.size(); j++) {
                if (!taken[j] && person.canMeet(right.get(j))) {
                    int score = PairMatcher.shared(person, right.get(j)).size();
                    if (score > bestScore) {
                        bestScore = score;
                        best = j;
                    }
                }
            }
            if (best >= 0) {
                taken[best] = true;
                total += bestScore;
            }
        }
        return total;
    }
}
