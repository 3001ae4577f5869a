package tafel.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TagBitsTest {

    @Test
    void sharedTagsCountedOnBitsEqualTheSetIntersectionAlsoBeyondSixtyFourTags() {
        SplittableRandom random = new SplittableRandom(5);
        for (int run = 0; run < 50; run++) {
            int tagCount = random.nextInt(1, 200);
            List<Person> rows = people("r", random, tagCount);
            List<Person> columns = people("c", random, tagCount);
            TagBits bits = new TagBits(rows, columns);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    assertThat(bits.shared(r, c)).isEqualTo(PairMatcher.shared(rows.get(r), columns.get(c)).size());
                }
            }
        }
    }

    private static List<Person> people(String prefix, SplittableRandom random, int tagCount) {
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < random.nextInt(1, 8); p++) {
            Set<String> tags = new HashSet<>();
            for (int t = 0; t < random.nextInt(0, 40); t++) {
                tags.add("tag" + random.nextInt(tagCount));
            }
            people.add(new Person(prefix + p, prefix + p, "rol", "", tags, "", Set.of(), Optional.empty()));
        }
        return people;
    }
}
