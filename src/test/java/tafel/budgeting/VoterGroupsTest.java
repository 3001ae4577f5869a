package tafel.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class VoterGroupsTest {

    private static VoterGroups.Voter voter(Map<String, String> traits, String... projects) {
        return new VoterGroups.Voter(List.of(projects), traits);
    }

    @Test
    void aFundedProjectsCostIsSharedByTheVotersWhoNamedIt() {
        List<VoterGroups.Voter> voters = List.of(
                voter(Map.of("age", "20", "sex", "F"), "p1"),
                voter(Map.of("age", "25", "sex", "M"), "p1", "p2"),
                voter(Map.of("age", "70", "sex", "F"), "p2"),
                voter(Map.of("sex", "M"), "p3"));
        Map<String, Long> costs = Map.of("p1", 100L, "p2", 60L, "p3", 40L);
        List<VoterGroups.Share> shares = VoterGroups.shares(voters, costs, List.of(Set.of("p1", "p2"), Set.of("p3")));
        assertThat(shares).extracting(share -> share.group().trait() + ":" + share.group().value())
                .containsExactly("age:18–29", "age:65+", "age:", "sex:F", "sex:M");
        // by hand: A 100/2 = 50, B 50 + 60/2 = 80, C 30, D 0 of 160
        assertThat(shares.get(0).shareOfMoney().get(0)).isCloseTo(130 / 160.0, within(1e-12));
        assertThat(shares.get(1).shareOfMoney().get(0)).isCloseTo(30 / 160.0, within(1e-12));
        assertThat(shares.get(2).shareOfMoney().get(0)).isZero();
        assertThat(shares.get(2).shareOfMoney().get(1)).isEqualTo(1.0);
        assertThat(shares.get(3).shareOfMoney().get(0)).isCloseTo(0.5, within(1e-12));
        assertThat(shares.get(0).voters()).isEqualTo(2);
        assertThat(shares.get(0).shareOfVoters()).isEqualTo(0.5);
        assertThat(shares.get(2).satisfied()).containsExactly(0.0, 1.0);
        assertThat(shares.get(4).satisfied()).containsExactly(0.5, 0.5);
    }

    @Test
    void agesFallInTheSurveyBands() {
        assertThat(List.of("0", "17", "18", "29", "30", "44", "45", "64", "65", "101", "abc", "-3", ""))
                .map(VoterGroups::ageBand)
                .containsExactly("0–17", "0–17", "18–29", "18–29", "30–44", "30–44", "45–64", "45–64", "65+", "65+", "", "", "");
    }

    @Test
    void aTraitThatDoesNotSplitTheVotersOrNamesEveryoneApartIsNoGrouping() {
        List<VoterGroups.Voter> voters = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            voters.add(voter(Map.of("sex", "F", "street", "street " + i), "p1"));
        }
        assertThat(VoterGroups.shares(voters, Map.of("p1", 10L), List.of(Set.of("p1")))).isEmpty();
        assertThat(VoterGroups.shares(List.of(), Map.of("p1", 10L), List.of(Set.of("p1")))).isEmpty();
    }

    /** Every voter is in one group of a trait, so the groups' parts are all the money (of projects someone named). */
    @Test
    void theGroupsOfATraitShareAllTheMoney() {
        SplittableRandom random = new SplittableRandom(13);
        for (int round = 0; round < 200; round++) {
            int projects = 1 + random.nextInt(8);
            Map<String, Long> costs = new HashMap<>();
            for (int p = 0; p < projects; p++) {
                costs.put("p" + p, 1L + random.nextInt(1000));
            }
            List<VoterGroups.Voter> voters = new ArrayList<>();
            int count = 2 + random.nextInt(30);
            for (int v = 0; v < count; v++) {
                List<String> named = new ArrayList<>();
                for (int p = 0; p < projects; p++) {
                    if (random.nextInt(3) == 0) {
                        named.add("p" + p);
                    }
                }
                Map<String, String> traits = new HashMap<>();
                traits.put("sex", random.nextBoolean() ? "F" : "M");
                if (random.nextInt(4) > 0) {
                    traits.put("age", Integer.toString(random.nextInt(90)));
                }
                voters.add(new VoterGroups.Voter(named, traits));
            }
            Set<String> funded = new HashSet<>();
            costs.keySet().stream().filter(id -> random.nextBoolean()).forEach(funded::add);
            boolean anyNamed = voters.stream().anyMatch(voter -> voter.projects().stream().anyMatch(funded::contains));
            List<VoterGroups.Share> shares = VoterGroups.shares(voters, costs, List.of(funded));
            for (String trait : List.of("sex", "age")) {
                List<VoterGroups.Share> ofTrait = shares.stream().filter(share -> share.group().trait().equals(trait)).toList();
                if (ofTrait.isEmpty()) {
                    continue;
                }
                assertThat(ofTrait.stream().mapToInt(VoterGroups.Share::voters).sum()).isEqualTo(count);
                assertThat(ofTrait.stream().mapToDouble(share -> share.shareOfMoney().get(0)).sum())
                        .isCloseTo(anyNamed ? 1.0 : 0.0, within(1e-9));
            }
        }
    }
}
