package tafel.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tafel.text.Phrase;

/**
 * One table-plan question, read off the people once: how many tables and of what size, who is
 * of the mixed role and each table's share of it, who avoids whom, who has a fixed table.
 */
final class TableProblem {

    final List<Person> people;
    final int n;
    final int tables;
    final int rounds;
    final int[] sizes;
    final boolean[][] avoid;
    final boolean[] mixRole;
    final int[] mixLow;
    final int[] mixHigh;
    final int[] fixed;          // fixed table or -1
    final boolean hasMix;

    TableProblem(List<Person> people, int tableSize, int rounds, Optional<String> mix) {
        this.people = List.copyOf(people);
        this.n = people.size();
        this.tables = Math.max(1, (n + tableSize - 1) / tableSize);
        this.rounds = rounds;
        this.hasMix = mix.isPresent();
        this.sizes = new int[tables];
        for (int t = 0; t < tables; t++) {
            sizes[t] = n / tables + (t < n % tables ? 1 : 0);
        }
        this.avoid = new boolean[n][n];
        this.mixRole = new boolean[n];
        this.fixed = new int[n];
        for (int a = 0; a < n; a++) {
            Person person = people.get(a);
            fixed[a] = person.fixedTable().map(table -> table - 1).orElse(-1);
            mixRole[a] = mix.map(role -> role.equalsIgnoreCase(person.role())).orElse(false);
            for (int b = 0; b < n; b++) {
                avoid[a][b] = a != b && (person.avoid().contains(people.get(b).id()) || people.get(b).avoid().contains(person.id()));
            }
        }
        int mixed = 0;
        for (boolean role : mixRole) {
            mixed += role ? 1 : 0;
        }
        this.mixLow = new int[tables];
        this.mixHigh = new int[tables];
        for (int t = 0; t < tables; t++) {
            double share = n == 0 ? 0 : (double) mixed * sizes[t] / n;
            mixLow[t] = (int) Math.floor(share);
            mixHigh[t] = (int) Math.ceil(share);
        }
    }

    /** Fixed seats that cannot all be kept: a table that does not exist, too many at one table, an avoid pair fixed together. */
    void checkFixedSeats() {
        int[] count = new int[tables];
        for (int a = 0; a < n; a++) {
            if (fixed[a] >= tables) {
                throw new TablePlanner.Infeasible(Phrase.of("tables.fixed.noTable", people.get(a).name(), fixed[a] + 1, tables));
            }
            if (fixed[a] >= 0 && ++count[fixed[a]] > sizes[fixed[a]]) {
                throw new TablePlanner.Infeasible(Phrase.of("tables.fixed.full", fixed[a] + 1, sizes[fixed[a]]));
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (avoid[a][b] && fixed[a] >= 0 && fixed[a] == fixed[b]) {
                    throw new TablePlanner.Infeasible(Phrase.of("tables.fixed.avoid", people.get(a).name(), people.get(b).name(), fixed[a] + 1));
                }
            }
        }
    }

    /** Most constructions only apply when people are interchangeable: no role mix, fixed seats or avoid pairs. */
    boolean interchangeable() {
        return !hasMix && noFixedSeatsOrAvoidPairs();
    }

    boolean noFixedSeatsOrAvoidPairs() {
        return Arrays.stream(fixed).allMatch(table -> table < 0)
                && Arrays.stream(avoid).noneMatch(row -> { for (boolean b : row) { if (b) { return true; } } return false; });
    }
}
