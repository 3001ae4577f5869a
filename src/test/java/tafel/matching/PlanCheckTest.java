package tafel.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tafel.draaiboek.GroupSize;
import tafel.text.Phrase;

class PlanCheckTest {

    private static List<PlanCheck.Seat> seats(String... roundTablePerson) {
        List<PlanCheck.Seat> seats = new ArrayList<>();
        for (int i = 0; i < roundTablePerson.length; i++) {
            String[] parts = roundTablePerson[i].split(":");
            seats.add(new PlanCheck.Seat(Integer.parseInt(parts[0]), parts[1], parts[2], parts[2], i + 2));
        }
        return seats;
    }

    private static List<Phrase> what(List<PlanCheck.Problem> problems) {
        return problems.stream().map(PlanCheck.Problem::what).toList();
    }

    @Test
    void aCorrectPlanHasNoProblemsAndAnUnknownListChecksNothingAgainstIt() {
        List<PlanCheck.Seat> plan = seats("1:1:a", "1:1:b", "1:2:c", "1:2:d", "2:1:a", "2:1:c", "2:2:b", "2:2:d");
        List<Person> people = List.of(person("a"), person("b"), person("c"), person("d"));
        assertThat(PlanCheck.check(plan, people, Optional.empty())).isEmpty();
        assertThat(PlanCheck.check(plan, List.of(), Optional.of(GroupSize.exactly(2)))).isEmpty();
    }

    @Test
    void tablesAreCheckedAgainstTheWorkFormsSizeOrElseAgainstEachOther() {
        List<PlanCheck.Seat> plan = seats("1:1:a", "1:1:b", "1:1:c", "1:2:d");
        assertThat(what(PlanCheck.check(plan, List.of(), Optional.empty())))
                .containsExactly(Phrase.of("plan.check.spread", 1, "1", 3, "2", 1));
        assertThat(what(PlanCheck.check(plan, List.of(), Optional.of(new GroupSize(2, 3)))))
                .containsExactly(Phrase.of("plan.check.size", 1, "2", 1, "2–3"));
        assertThat(PlanCheck.check(seats("1:1:a", "1:1:b", "1:2:c"), List.of(), Optional.empty())).isEmpty();
    }

    @Test
    void someoneMissingInEveryRoundIsAWarningInSomeAnErrorWithTheRounds() {
        List<PlanCheck.Seat> plan = seats("1:1:a", "1:1:b", "2:1:a", "2:1:b", "3:1:b");
        List<PlanCheck.Problem> problems = PlanCheck.check(plan, List.of(person("a"), person("b"), person("late")),
                Optional.empty());
        assertThat(problems).extracting(PlanCheck.Problem::error).containsExactly(true, false);
        assertThat(what(problems)).containsExactly(Phrase.of("plan.check.missingOne", "a", "a", 3),
                Phrase.of("plan.check.inNoRound", "late", "late"));
    }

    private static Person person(String id) {
        return new Person(id, id, "bewoner", "", Set.of(), "", Set.of(), Optional.empty());
    }
}
