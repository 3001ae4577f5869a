package tafel.io.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tables as people count them in show --instructions and on the timer: 1, 2, …, 10, 11, then named ones. */
class TableOrderTest {

    @Test
    void numbersByValueThenNames() {
        List<String> labels = new ArrayList<>(List.of("10", "2", "Terras", "1", "11", "zaal b", "Zaal A"));
        labels.sort(BlockAssignments::naturally);
        assertThat(labels).containsExactly("1", "2", "10", "11", "Terras", "Zaal A", "zaal b");
    }
}
