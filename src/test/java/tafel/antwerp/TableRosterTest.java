package tafel.antwerp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableRosterTest {

    private final TableRoster twelve = TableRoster.numbered(12);

    @Test
    void findsATableAsPeopleWriteIt() {
        for (String written : List.of("5", " 5 ", "05", "Tafel 5", "tafel5", "TABLE 5", "table 005")) {
            assertThat(twelve.find(written)).as(written).contains("5");
        }
        assertThat(twelve.find("10")).contains("10");
    }

    @Test
    void refusesWhatIsNoTableOfTheEvening() {
        for (String written : List.of("33", "0", "00", "-1", "5a", "🙂", "", "tafel", "1 2", "12.0")) {
            assertThat(twelve.find(written)).as(written).isEmpty();
        }
    }

    @Test
    void namesItselfCompactlyWhenNumberedThrough() {
        assertThat(twelve.describe()).isEqualTo("1–12");
        assertThat(TableRoster.of(List.of("A", "B", "C")).describe()).isEqualTo("A, B, C");
        assertThat(TableRoster.of(List.of("Zaal 1", "Zaal 2")).find("zaal 2")).contains("Zaal 2");
    }

    @Test
    void presenceCountsEachRosterTableOnceAndListsTheMissingInOrder() {
        TableRoster.Presence presence = twelve.presence(List.of("1", "tafel 1", "3", "12", "33"));
        assertThat(presence.expected()).isEqualTo(12);
        assertThat(presence.in()).isEqualTo(3);
        assertThat(presence.missing()).containsExactly("2", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(twelve.presence(List.of()).missing()).hasSize(12);
    }
}
