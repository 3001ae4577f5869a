package tafel.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Drafts;

class SessionRulesTest {

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

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-24T19:30:00+01:00");

    /** A tiny driver: applies commands at given minutes and keeps the state, as the runner does. */
    private static final class Driver {
        SessionState state = SessionState.initial(EVENING);
        final List<SessionEvent> events = new ArrayList<>();

        Decision at(double minutes, SessionCommand command) {
            OffsetDateTime now = T0.plusSeconds(Math.round(minutes * 60));
            Decision decision = SessionRules.decide(state, command, now);
            for (SessionEvent event : decision.events()) {
                state = state.apply(event);
                events.add(event);
            }
            return decision;
        }
    }

    @Test
    void stepsThroughTheTopLevelBlocksAndMeasuresThem() {
        Driver driver = new Driver();
        driver.at(0, new SessionCommand.Start());
        driver.at(6, new SessionCommand.Next());
        driver.at(15, new SessionCommand.Next());
        List<BlockStatus> status = BlockStatus.of(driver.state, T0.plusMinutes(20));
        assertThat(status.get(0).actual()).isEqualTo(Duration.ofMinutes(6));
        assertThat(status.get(0).overrun()).isEqualTo(Duration.ofMinutes(1));
        assertThat(status.get(1).actual()).isEqualTo(Duration.ofMinutes(9));
        assertThat(status.get(2).key()).isEqualTo("#3");
        assertThat(status.get(2).actual()).as("the pause is running").isEqualTo(Duration.ofMinutes(5));
        assertThat(driver.events).extracting(SessionEvent::type).containsExactly("session_started", "block_started",
                "block_ended", "block_started", "block_ended", "block_started");
    }

    @Test
    void pausesDoNotCountAndNotesKnowTheirSubBlock() {
        Driver driver = new Driver();
        driver.at(0, new SessionCommand.Start());
        driver.at(5, new SessionCommand.Next());
        driver.at(8, new SessionCommand.Pause());
        assertThat(driver.at(9, new SessionCommand.Pause()).refusal()).get().extracting(p -> p.key())
                .isEqualTo("session.refused.paused");
        driver.at(12, new SessionCommand.Resume());
        Decision note = driver.at(20, new SessionCommand.AddNote("  meer groen  ", ""));
        SessionEvent.Note saved = (SessionEvent.Note) note.events().get(0);
        assertThat(saved.part()).as("11 active minutes into B: the second part").isEqualTo("B.2");
        assertThat(saved.text()).isEqualTo("meer groen");
        SessionView view = SessionView.of(driver.state, T0.plusMinutes(20), 2);
        assertThat(view.elapsed()).isEqualTo(Duration.ofMinutes(11));
        assertThat(view.remaining()).isEqualTo(Duration.ofMinutes(19));
        assertThat(view.notes()).isEqualTo(1);
        driver.at(40, new SessionCommand.Next());
        BlockStatus b = BlockStatus.of(driver.state, T0.plusMinutes(40)).get(1);
        assertThat(b.actual()).isEqualTo(Duration.ofMinutes(31));
        assertThat(b.paused()).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void nextWhilePausedCountsThePauseUntilTheEnd() {
        Driver driver = new Driver();
        driver.at(0, new SessionCommand.Start());
        driver.at(2, new SessionCommand.Pause());
        driver.at(7, new SessionCommand.Next());
        BlockStatus a = BlockStatus.of(driver.state, T0.plusMinutes(7)).get(0);
        assertThat(a.actual()).isEqualTo(Duration.ofMinutes(2));
        assertThat(a.paused()).isEqualTo(Duration.ofMinutes(5));
        assertThat(driver.state.isPaused()).isFalse();
    }

    @Test
    void adjustmentsChangeThePlanAndCannotGoBelowOneMinute() {
        Driver driver = new Driver();
        driver.at(0, new SessionCommand.Start());
        driver.at(1, new SessionCommand.Adjust(2));
        assertThat(driver.state.plannedMinutes(0)).isEqualTo(7);
        assertThat(driver.at(1, new SessionCommand.Adjust(-7)).accepted()).isFalse();
        assertThat(driver.at(1, new SessionCommand.Adjust(0)).accepted()).isFalse();
        assertThat(driver.at(1, new SessionCommand.Adjust(-6)).accepted()).isTrue();
        assertThat(SessionView.of(driver.state, T0.plusMinutes(2), 2).overrun()).isTrue();
    }

    @Test
    void backReopensThePreviousBlockAndTimesAddUp() {
        Driver driver = new Driver();
        driver.at(0, new SessionCommand.Start());
        assertThat(driver.at(1, new SessionCommand.Back()).refusal()).isPresent();
        driver.at(4, new SessionCommand.Next());
        driver.at(6, new SessionCommand.Back());
        driver.at(7, new SessionCommand.Next());
        List<BlockStatus> status = BlockStatus.of(driver.state, T0.plusMinutes(10));
        assertThat(status.get(0).actual()).isEqualTo(Duration.ofMinutes(5));
        assertThat(status.get(0).start()).contains(T0);
        assertThat(status.get(0).end()).contains(T0.plusMinutes(7));
        assertThat(status.get(1).actual()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theSessionEndsAfterTheLastBlockOrOnQuitAndThenRefusesEverything() {
        Driver driver = new Driver();
        assertThat(driver.at(0, new SessionCommand.Next()).refusal()).get().extracting(p -> p.key())
                .isEqualTo("session.refused.notStarted");
        driver.at(0, new SessionCommand.Start());
        for (int minute = 1; minute <= 4; minute++) {
            driver.at(minute, new SessionCommand.Next());
        }
        assertThat(driver.state.isEnded()).isTrue();
        assertThat(driver.events.get(driver.events.size() - 1)).isInstanceOf(SessionEvent.SessionEnded.class);
        assertThat(driver.at(5, new SessionCommand.AddNote("te laat", "")).refusal()).get()
                .extracting(p -> p.key()).isEqualTo("session.refused.ended");

        Driver quitter = new Driver();
        quitter.at(0, new SessionCommand.Start());
        quitter.at(3, new SessionCommand.Quit());
        assertThat(quitter.events).extracting(SessionEvent::type).endsWith("block_ended", "session_ended");
    }

    /** Property: for any sequence of commands, replaying the events gives the same state, and time adds up. */
    @Test
    void randomSessionsReplayToTheSameStateAndNeverCountMoreTimeThanPassed() {
        RandomGenerator random = new SplittableRandom(20261124);
        List<SessionCommand> commands = List.of(new SessionCommand.Next(), new SessionCommand.Back(),
                new SessionCommand.Pause(), new SessionCommand.Resume(), new SessionCommand.Adjust(1),
                new SessionCommand.Adjust(-1), new SessionCommand.AddNote("x", ""));
        for (int run = 0; run < 300; run++) {
            Driver driver = new Driver();
            driver.at(0, new SessionCommand.Start());
            double minute = 0;
            for (int step = 0; step < 40 && !driver.state.isEnded(); step++) {
                minute += random.nextInt(0, 600) / 60.0;
                boolean quit = random.nextInt(50) == 0;
                driver.at(minute, quit ? new SessionCommand.Quit() : commands.get(random.nextInt(commands.size())));
            }
            OffsetDateTime end = T0.plusSeconds(Math.round(minute * 60));
            assertThat(SessionState.replay(EVENING, driver.events)).isEqualTo(driver.state);
            Duration counted = BlockStatus.of(driver.state, end).stream()
                    .map(row -> row.actual().plus(row.paused())).reduce(Duration.ZERO, Duration::plus);
            assertThat(counted).isLessThanOrEqualTo(Duration.between(T0, end));
            for (int i = 0; i < EVENING.blocks().size(); i++) {
                assertThat(driver.state.plannedMinutes(i)).isPositive();
            }
        }
    }

    @Test
    void plannedTimesCountFromThePlannedStartNotFromALateOne() {
        Driver driver = new Driver();
        driver.at(10, new SessionCommand.Start(java.util.Optional.of(T0)));
        driver.at(16, new SessionCommand.Next());
        SessionView view = SessionView.of(driver.state, T0.plusMinutes(20), 2);
        assertThat(view.plannedStart()).contains(T0.plusMinutes(5));
        assertThat(view.actualStart()).contains(T0.plusMinutes(16));
        assertThat(SessionState.replay(EVENING, driver.events).plannedStart()).contains(T0);
    }
}
