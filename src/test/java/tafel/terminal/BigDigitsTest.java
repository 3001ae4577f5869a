package tafel.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BigDigitsTest {

    @Test
    void everyRowHasTheSameWidthSoCentringKeepsTheGlyphsAligned() {
        for (String time : List.of("4:47", "-1:05", "10:00", "0:09", "1:23:45")) {
            List<String> rows = BigDigits.render(time);
            assertThat(rows).hasSize(BigDigits.HEIGHT);
            assertThat(rows.stream().map(String::length).distinct()).as(time).hasSize(1);
        }
        assertThat(BigDigits.render("1:0")).containsExactly(
                "   █     █████",
                "  ██  ██ █   █",
                "   █     █   █",
                "   █  ██ █   █",
                "  ███    █████");
    }
}
