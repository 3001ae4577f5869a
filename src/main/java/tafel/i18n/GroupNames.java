package tafel.i18n;

/**
 * Groups of voters as a reader says them: pabulib's columns and codes (age, sex M/F, voting_method
 * paper) in the reader's words, a value the voter did not give as "not given", and a column tafel
 * has no word for as the file names it.
 */
public final class GroupNames {

    private GroupNames() {
    }

    public static String trait(Messages messages, String trait) {
        return messages.getOr("compare.trait." + trait, trait);
    }

    public static String value(Messages messages, String trait, String value) {
        if (value.isEmpty()) {
            return messages.get("compare.group.unknown");
        }
        return messages.getOr("compare.value." + trait + "." + value, value);
    }
}
