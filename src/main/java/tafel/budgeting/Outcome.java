package tafel.budgeting;

import java.util.List;

/**
 * The projects a rule funds, in the order it funded them, and their total cost.
 *
 * @param endowment what each voter started with in the run that gave this outcome (Equal Shares), else 0
 */
public record Outcome(List<Integer> funded, long cost, long endowment) {

    public Outcome {
        funded = List.copyOf(funded);
    }

    public boolean funds(int project) {
        return funded.contains(project);
    }
}
