package tafel.app;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tafel.antwerp.AntwerpOutcome;
import tafel.antwerp.ProcessEvent;
import tafel.antwerp.ProcessStep;
import tafel.text.Phrase;

/**
 * Use case: a table's entry sent from a phone, through the room's server. Checked and journaled
 * by the same use cases as the entry prompt; one entry at a time (the server is the folder's
 * single writer); the same client id twice is answered with the first answer and writes nothing.
 */
public final class RoomDesk {

    /**
     * What a phone sends; only the fields of its step are read.
     *
     * @param replace for the facilitator only: whether a table's earlier entry may be replaced without
     *                asking (the page replaces; the laptop's prompt asks first). A table always replaces its own.
     */
    /** @param participants the people at the table as the phone gives them (budget), when given */
    public record Request(String id, String step, Optional<String> table, String evening, String round,
                          List<String> themes, Map<String, String> split, List<String> projects, boolean replace,
                          Optional<String> participants) {
        public Request(String id, String step, Optional<String> table, String evening, String round,
                       List<String> themes, Map<String, String> split, List<String> projects, boolean replace) {
            this(id, step, table, evening, round, themes, split, projects, replace, Optional.empty());
        }
    }

    /**
     * The answer: a status for HTTP and what to say.
     *
     * @param table      the table as the roster names it, once saved
     * @param understood the entry as it was understood (names, amounts), once saved
     * @param problems   why it was refused, or (CONFIRM) what saving it would change
     */
    public record Answer(Status status, int entry, String table, List<String> understood, List<Phrase> problems) {

        public enum Status { CREATED, ALREADY_CREATED, REFUSED, UNAUTHORIZED, FORBIDDEN, CLOSED, CONFIRM }

        static Answer not(Status status, Phrase why) {
            return new Answer(status, 0, "", List.of(), List.of(why));
        }
    }

    private final AntwerpProcess process;
    private final RoomAccess access;
    private final Clock clock;
    /** The phones take part in one evening; evenings before or after are entered at the prompt or in files. */
    public static final String EVENING = "1";

    private final Map<String, Answer> answered = new HashMap<>();

    public RoomDesk(AntwerpProcess process, RoomAccess access, Clock clock) {
        this.process = process;
        this.access = access;
        this.clock = clock;
        // entries phones sent before a restart: their resends are answered, not journaled again
        for (ProcessEvent event : process.state().events()) {
            clientOf(event).ifPresent(client -> ProcessStep.tableOf(event).ifPresent(table ->
                    answered.put(table + "\u0000" + client,
                            new Answer(Answer.Status.CREATED, event.entry(), table, List.of(), List.of()))));
        }
    }

    private static Optional<String> clientOf(ProcessEvent event) {
        if (event instanceof ProcessEvent.ThemesChosen chosen) {
            return chosen.client();
        }
        if (event instanceof ProcessEvent.BudgetSplit split) {
            return split.client();
        }
        return event instanceof ProcessEvent.ProjectsChosen chosen ? chosen.client() : Optional.empty();
    }

    public AntwerpProcess process() {
        return process;
    }

    Clock clock() {
        return clock;
    }

    /**
     * One table's entry: journaled and synced before it is answered as created. With the
     * facilitator's token the entry is for the table the request names, whatever step is closed:
     * closing a step stops the phones, not the one who corrects them.
     */
    public synchronized Answer enter(String token, Request request, Locale locale) {
        boolean facilitator = access.isAdmin(token);
        Optional<String> table = facilitator
                ? request.table().map(written -> TableLabels.of(process, written).orElse(written.strip()))
                : access.tableOf(token);
        if (table.isEmpty()) {
            return facilitator ? Answer.not(Answer.Status.REFUSED, Phrase.of("room.table.required"))
                    : Answer.not(Answer.Status.UNAUTHORIZED, Phrase.of("room.token.unknown"));
        }
        if (!facilitator && request.table().isPresent() && !request.table().get().strip().equals(table.get())) {
            return Answer.not(Answer.Status.FORBIDDEN, Phrase.of("room.table.other", table.get()));
        }
        String key = table.get() + "\u0000" + request.id();
        Answer earlier = answered.get(key);
        if (earlier != null) {
            return new Answer(Answer.Status.ALREADY_CREATED, earlier.entry(), earlier.table(), earlier.understood(), List.of());
        }
        Optional<ProcessStep> step = ProcessStep.named(request.step());
        if (!facilitator && step.isPresent() && process.state().isClosed(step.get(), partOf(step.get(), request))) {
            return Answer.not(Answer.Status.CLOSED, Phrase.of("room.step.closed"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean replace = !facilitator || request.replace();
        TableEntry entry = switch (request.step()) {
            case "themes" -> ThemeEntries.enter(process, request.evening(), table.get(), request.themes(), now, replace,
                    Optional.of(request.id()));
            case "budget" -> BudgetEntries.enter(process, selected(), table.get(), items(request.split()), now,
                    locale, replace, Optional.of(request.id()), request.participants());
            case "projects" -> ProjectEntries.enter(process, ProjectEntries.ballot(process.outcome()), request.round(),
                    table.get(), request.projects(), now, replace, Optional.of(request.id()));
            default -> TableEntry.refused(List.of(Phrase.of("room.step.unknown", request.step())));
        };
        Answer answer = switch (entry.outcome()) {
            case SAVED -> new Answer(Answer.Status.CREATED, entry.entry(), entry.table(), entry.understood(), List.of());
            case CONFIRM -> new Answer(Answer.Status.CONFIRM, 0, "", List.of(), entry.problems());
            case REFUSED -> new Answer(Answer.Status.REFUSED, 0, "", List.of(), entry.problems());
        };
        if (entry.saved()) {
            answered.put(key, answer);
        }
        return answer;
    }

    /**
     * The step the phones ask for now. The themes are done once they are decided and every table
     * chose (or splits have begun); the budget once every table split it (or project choices have
     * begun) and there are projects to choose from. With chips on plans there is only the budget step. A table that is late can still send an earlier
     * step through the API; the page follows the room.
     */
    public synchronized String step() {
        if (process.direct()) {
            return "budget";
        }
        AntwerpOutcome outcome = process.outcome();
        boolean everyTableChose = process.roster().map(roster -> roster.presence(process.state().themeChoices().stream()
                .map(ProcessEvent.ThemesChosen::table).toList()).missing().isEmpty()).orElse(false);
        boolean themesDone = outcome.themes().decided() && (everyTableChose
                || !process.state().budgetSplits().isEmpty() || process.state().isClosed(ProcessStep.THEMES, EVENING));
        boolean everyTableSplit = process.budgetPresence().map(presence -> presence.missing().isEmpty()).orElse(false);
        boolean budgetDone = outcome.budgets().isPresent() && !ProjectEntries.ballot(outcome).isEmpty()
                && (everyTableSplit || !process.state().projectChoices().isEmpty()
                || process.state().isClosed(ProcessStep.BUDGET, ""));
        return budgetDone ? "projects" : themesDone ? "budget" : "themes";
    }

    /** The round of project choices the phones are in: the first the facilitator has not closed. */
    public synchronized String round() {
        int round = 1;
        while (process.state().isClosed(ProcessStep.PROJECTS, String.valueOf(round))) {
            round++;
        }
        return String.valueOf(round);
    }

    /** The evening or round a step's entry belongs to, as closing names it; the budget has none. */
    private static String partOf(ProcessStep step, Request request) {
        return switch (step) {
            case THEMES -> request.evening();
            case BUDGET -> "";
            case PROJECTS -> request.round();
        };
    }

    private List<String> selected() {
        return process.budgetKeys();
    }

    /** A split sent as euros per theme, written as the entry prompt's items ("Groen=25000"). */
    private static List<String> items(Map<String, String> split) {
        List<String> items = new ArrayList<>();
        split.forEach((theme, euros) -> items.add(theme + "=" + euros));
        return items;
    }
}
