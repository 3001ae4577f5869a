package tafel.draaiboek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class AgendaTest {

    private static final Draaiboek EVENING = Drafts.valid("""
            title: Avond
            blocks:
              - {code: A, title: Welkom, minutes: 5}
              - code: B
                title: Gesprek
                minutes: 30
                blocks:
                  - {code: B.1, title: Een, minutes: 10}
                  - {code: B.2, title: Twee, minutes: 15}
              - {title: Pauze, minutes: 10, pause: true}
              - {code: C, title: Slot, minutes: 5}
            """);

    @Test
    void laysOutBlocksAndSubBlocksFromTheStart() {
        Agenda agenda = Agenda.of(EVENING, LocalTime.of(19, 30));
        assertThat(agenda.entries()).extracting(entry -> entry.block().code() + " " + entry.start() + "-" + entry.end())
                .containsExactly("A 19:30-19:35", "B 19:35-20:05", "B.1 19:35-19:45", "B.2 19:45-20:00",
                        " 20:05-20:15", "C 20:15-20:20");
        assertThat(agenda.totalMinutes()).isEqualTo(50);
        assertThat(agenda.end()).isEqualTo(LocalTime.of(20, 20));
        assertThat(agenda.entries()).extracting(AgendaEntry::depth).containsExactly(0, 0, 1, 1, 0, 0);
    }

    @Test
    void countsDaysForSessionsPastMidnight() {
        Agenda agenda = Agenda.of(EVENING, LocalTime.of(23, 50));
        assertThat(agenda.entries().get(0).dayOffset()).isZero();
        assertThat(agenda.entries().get(1).dayOffset()).isZero();
        assertThat(agenda.entries().get(5).dayOffset()).isEqualTo(1);
        assertThat(agenda.end()).isEqualTo(LocalTime.of(0, 40));
    }
}
