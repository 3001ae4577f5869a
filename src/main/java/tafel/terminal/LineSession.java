package tafel.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.OffsetDateTime;

import tafel.i18n.Messages;
import tafel.journal.JournaledSession;
import tafel.session.Decision;
import tafel.session.SessionCommand;

/**
 * Runs a session one command per line: from a script in headless mode, against a
 * {@link SimulatedClock} that only {@code wait} moves, or typed by the facilitator on a
 * terminal that cannot do full screen, against the real clock (an empty line then shows where
 * the session is). Each accepted command prints one confirmation line, after its events are
 * synced to the journal. A bad line gets a message with its number and the session goes on.
 */
public final class LineSession {

    private final JournaledSession session;
    private final Clock clock;
    private final Messages messages;
    private final Confirmation confirmation;
    private final int warnMinutes;

    private java.util.Optional<OffsetDateTime> plannedStart = java.util.Optional.empty();

    public LineSession(JournaledSession session, Clock clock, Messages messages, int warnMinutes) {
        this.session = session;
        this.clock = clock;
        this.messages = messages;
        this.confirmation = new Confirmation(messages);
        this.warnMinutes = warnMinutes;
    }

    /** The clock time the session was planned to start (the agenda's planned times count from it). */
    public LineSession plannedStart(java.util.Optional<OffsetDateTime> planned) {
        this.plannedStart = planned;
        return this;
    }

    /** @return the number of lines that were refused or could not be read */
    public int run(BufferedReader input, String inputName, PrintWriter out, PrintWriter err) throws IOException {
        int problems = 0;
        if (!session.state().isStarted()) {
            problems += execute(new SessionCommand.Start(plannedStart), 0, inputName, out, err);
        }
        String raw;
        int lineNumber = 0;
        while ((raw = input.readLine()) != null) {
            lineNumber++;
            ScriptLine line = ScriptLine.parse(raw);
            if (line instanceof ScriptLine.Skip) {
                if (raw.isBlank() && !(clock instanceof SimulatedClock)) {
                    out.println(confirmation.status(session.state(), now(), warnMinutes));
                    out.flush();
                }
                continue;
            }
            if (line instanceof ScriptLine.Invalid invalid) {
                problems++;
                err.println(inputName + ":" + lineNumber + ": " + messages.get(invalid.problem()));
                err.flush();
            } else if (line instanceof ScriptLine.Wait && !(clock instanceof SimulatedClock)) {
                problems++;
                err.println(inputName + ":" + lineNumber + ": " + messages.get("script.wait.live"));
                err.flush();
            } else if (line instanceof ScriptLine.Wait wait) {
                ((SimulatedClock) clock).advance(wait.duration());
                out.println(confirmation.waited(wait.duration(), session.state(), now(), warnMinutes));
                out.flush();
            } else if (line instanceof ScriptLine.Command command) {
                problems += execute(command.command(), lineNumber, inputName, out, err);
            }
            if (session.state().isEnded()) {
                break;
            }
        }
        return problems;
    }

    private int execute(SessionCommand command, int lineNumber, String inputName, PrintWriter out, PrintWriter err)
            throws IOException {
        OffsetDateTime now = now();
        Decision decision = session.execute(command, now);
        if (!decision.accepted()) {
            err.println(inputName + ":" + lineNumber + ": " + messages.get(decision.refusal().get()));
            err.flush();
            return 1;
        }
        out.println(confirmation.of(command, decision.events(), session.state(), now, warnMinutes));
        out.flush();
        return 0;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
