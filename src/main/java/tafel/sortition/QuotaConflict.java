package tafel.sortition;

import java.util.List;

/**
 * Why no panel meets the quotas, one reason each, with the figures a reader needs to fix it.
 *
 * @param kind     what is wrong
 * @param feature  the feature it is about (empty for the pool as a whole)
 * @param quota    the quota it is about, when one
 * @param needed   what the rules ask (seats, a sum of minimums, a minimum, …)
 * @param possible what can be had
 * @param with     the quotas it clashes with, when the clash is between quotas of different features
 */
public record QuotaConflict(Kind kind, String feature, java.util.Optional<Quota> quota, int needed, int possible,
                            List<Quota> with) {

    public QuotaConflict {
        with = List.copyOf(with);
    }

    public enum Kind {
        /** fewer respondents (or households) than seats */
        POOL_TOO_SMALL,
        /** a feature's minimums add up to more than the seats */
        MINIMUMS_ABOVE_SIZE,
        /** a feature's maximums add up to fewer than the seats, while everyone has one of its values */
        MAXIMUMS_BELOW_SIZE,
        /** a minimum above the respondents who have the value */
        TOO_FEW_RESPONDENTS,
        /** a minimum that cannot be met together with the other quotas: {@code possible} is the most that can */
        MINIMUM_CLASHES,
        /** a maximum that cannot be kept together with the other quotas: {@code possible} is the least that can */
        MAXIMUM_CLASHES
    }
}
