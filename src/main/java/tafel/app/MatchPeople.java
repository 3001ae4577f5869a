package tafel.app;

import java.nio.file.Path;
import java.util.List;

import tafel.matching.PairMatcher;
import tafel.matching.Person;
import tafel.matching.Sizes;

/** Use case: optimal 1-on-1 meetings between two roles of a participants file, over one or more rounds. */
public final class MatchPeople {

    private MatchPeople() {
    }

    /**
     * @throws TafelException exit 2 for a number of rounds out of range, exit 65 for an unknown
     *                        role, too many people or rounds that cannot be filled (reasons told first)
     */
    public static PairMatcher.Plan plan(Notices notices, Path participants, String left, String right, int rounds,
                                        PairMatcher.Surplus surplus, int groupMax, long seed) {
        if (rounds < 1 || rounds > Sizes.MAX_ROUNDS) {
            throw TafelException.of(ExitCode.USAGE, "match.rounds.invalid", Sizes.MAX_ROUNDS);
        }
        if (groupMax < 2 || groupMax > Sizes.MAX_TABLE_SIZE) {
            throw TafelException.of(ExitCode.USAGE, "match.groupMax.invalid", Sizes.MAX_TABLE_SIZE);
        }
        List<Person> people = ParticipantsFile.read(notices, participants);
        List<Person> leftPeople = ParticipantsFile.withRole(people, left);
        List<Person> rightPeople = ParticipantsFile.withRole(people, right);
        ParticipantsFile.sayRoles(notices, people);
        ParticipantsFile.sayOtherRoles(notices, people, List.of(left, right), "match.role.leftOut");
        if (Math.max(leftPeople.size(), rightPeople.size()) > Sizes.MAX_MATCH_SIDE) {
            throw TafelException.of(ExitCode.BAD_DATA, "match.tooMany", participants.toString(),
                    Math.max(leftPeople.size(), rightPeople.size()), Sizes.MAX_MATCH_SIDE);
        }
        try {
            return PairMatcher.match(leftPeople, rightPeople, rounds, surplus, groupMax, seed);
        } catch (PairMatcher.Infeasible infeasible) {
            infeasible.reasons().forEach(notices::problem);
            throw TafelException.of(ExitCode.BAD_DATA, "match.infeasible").withHint("match.infeasible.hint");
        }
    }
}
