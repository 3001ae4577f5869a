package tafel.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the candidate a mistyped word was most likely meant to be ("did you mean …?"). */
public final class ClosestMatch {

    private ClosestMatch() {
    }

    /**
     * The candidate with the smallest edit distance to {@code word}, ignoring case, if that
     * distance is small enough to be a typo rather than a different word. Ties go to the
     * earliest candidate, so the answer is stable.
     */
    public static Optional<String> among(String word, Collection<String> candidates) {
        String needle = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(2, Math.min(needle.length(), best.length()) / 3);
        boolean prefix = needle.length() >= 3 && best.toLowerCase(Locale.ROOT).startsWith(needle);
        return bestDistance <= allowed || prefix ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: Levenshtein plus swapped neighbours ("mintues"). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return d[a.length()][b.length()];
    }
}
