package tafel.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tafel.draaiboek.Draaiboek;
import tafel.i18n.Messages;
import tafel.session.BlockStatus;
import tafel.session.SessionEvent;
import tafel.session.SessionState;

/**
 * The project leader's report of a live session: cover, agenda planned against actual (with a
 * chart), the notes per block (one-word check-ins as a word list sized by frequency),
 * participants by role, and an audit appendix of every correction made during the evening.
 */
public final class SessionReport {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** A participant for the list by role. */
    public record Attendee(String name, String role) {
    }

    private SessionReport() {
    }

    public static byte[] render(Draaiboek draaiboek, List<SessionEvent> events, List<Attendee> attendees,
                                Messages messages, Anonymiser anonymiser, OffsetDateTime madeAt) {
        return render(draaiboek, events, attendees, messages, anonymiser, madeAt, java.util.Optional.empty(), text -> { });
    }

    /** @param unprintable told each text with a character no embedded font has (printed as □) */
    public static byte[] render(Draaiboek draaiboek, List<SessionEvent> events, List<Attendee> attendees,
                                Messages messages, Anonymiser anonymiser, OffsetDateTime madeAt,
                                java.util.Optional<byte[]> logo, java.util.function.Consumer<String> unprintable) {
        SessionState state = SessionState.replay(draaiboek, events);
        OffsetDateTime until = state.lastEventAt().orElse(madeAt);
        List<BlockStatus> rows = BlockStatus.of(state, until);
        // a title may name people too ("Avond met Zoë"): anonymised like every other text
        String title = anonymiser.text(draaiboek.title());
        try (Pdf pdf = new Pdf(title, messages.locale())) {
            pdf.footer(title + " · " + messages.get("report.madeWith", madeAt.toLocalDate().toString()));
            cover(pdf, draaiboek, state, messages, anonymiser, logo);
            outcomes(pdf, events, attendees, messages, anonymiser);
            agenda(pdf, rows, state, messages);
            notes(pdf, draaiboek, events, messages, anonymiser);
            attendees(pdf, attendees, messages, anonymiser);
            audit(pdf, state, events, messages);
            return pdf.finish(messages.get("report.page"), unprintable);
        }
    }

    /**
     * Page one's answer to "who came and what was decided": the people present (the last
     * "#aanwezig" note, against those registered), the decisions ("#besluit") and the action points
     * ("#actie"), each with its time.
     */
    private static void outcomes(Pdf pdf, List<SessionEvent> events, List<Attendee> attendees, Messages messages,
                                 Anonymiser anonymiser) {
        List<SessionEvent.Note> notes = events.stream().filter(SessionEvent.Note.class::isInstance).map(SessionEvent.Note.class::cast)
                .toList();
        pdf.space(12);
        notes.stream().filter(note -> SessionEvent.Note.PRESENT.equals(note.tag())).reduce((first, last) -> last)
                .ifPresentOrElse(present -> {
                    String text = present.text().strip();
                    String who = text.matches("\\d{1,5}") && !attendees.isEmpty()
                            ? messages.get("report.present.ofRegistered", text, attendees.size())
                            : anonymiser.text(text);
                    pdf.field(messages.get("report.present"), who);
                }, () -> {
                    if (!attendees.isEmpty()) {
                        pdf.field(messages.get("report.present"), messages.get("report.present.unknown", attendees.size()));
                    }
                });
        for (String[] kind : new String[][] {{SessionEvent.Note.DECISION, "report.decisions"}, {SessionEvent.Note.ACTION, "report.actions"}}) {
            List<SessionEvent.Note> listed = notes.stream().filter(note -> kind[0].equals(note.tag())).toList();
            if (!listed.isEmpty()) {
                pdf.ensure(40);
                pdf.subheading(messages.get(kind[1], listed.size()));
                pdf.bullets(listed.stream().map(note -> anonymiser.text(note.text()) + "  (" + CLOCK.format(note.at()) + ")").toList());
            }
        }
    }

    private static void cover(Pdf pdf, Draaiboek draaiboek, SessionState state, Messages messages, Anonymiser anonymiser,
                              java.util.Optional<byte[]> logo) {
        pdf.newPage();
        logo.ifPresent(image -> pdf.logo(image, draaiboek.organisation().isBlank() ? messages.get("report.logo.plain")
                : messages.get("report.logo", draaiboek.organisation())));
        pdf.space(60);
        pdf.small(messages.get("report.session.kind"));
        pdf.title(anonymiser.text(draaiboek.title()));
        pdf.space(10);
        String date = state.started().map(start -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(messages.locale()).format(start)).orElse(draaiboek.date().map(Object::toString).orElse(""));
        pdf.field(messages.get("report.date"), date);
        pdf.field(messages.get("report.time"), state.started().map(CLOCK::format).orElse("")
                + state.ended().map(end -> " – " + CLOCK.format(end)).orElse(""));
        draaiboek.start().ifPresent(start -> pdf.field(messages.get("report.plannedTime"),
                CLOCK.format(start) + " – " + CLOCK.format(start.plusMinutes(draaiboek.totalMinutes()))));
        if (!draaiboek.organisation().isBlank()) {
            pdf.field(messages.get("report.organisation"), draaiboek.organisation());
        }
        pdf.field(messages.get("report.location"), draaiboek.location());
        pdf.field(messages.get("report.facilitators"), String.join(", ",
                draaiboek.facilitators().stream().map(anonymiser::name).toList()));
        pdf.space(8);
        pdf.field(messages.get("show.audience"), anonymiser.text(draaiboek.audience()));
        pdf.space(4);
        pdf.field(messages.get("show.goal"), anonymiser.text(draaiboek.goal()));
        if (anonymiser.enabled()) {
            pdf.space(16);
            // without a participant list tafel cannot know the names in the notes, and says so instead of claiming it
            pdf.text(messages.get(anonymiser.knowsNames() ? "report.anonymised" : "report.anonymised.noNames"));
        }
    }

    private static void agenda(Pdf pdf, List<BlockStatus> rows, SessionState state, Messages messages) {
        pdf.newPage();
        pdf.heading(messages.get("report.agenda"));
        List<List<String>> table = new ArrayList<>();
        int planned = 0;
        int adjusted = 0;
        int notes = 0;
        Duration actual = Duration.ZERO;
        Duration overrun = Duration.ZERO;
        for (BlockStatus row : rows) {
            planned += row.plannedMinutes();
            adjusted += row.adjustMinutes();
            notes += row.notes();
            actual = actual.plus(row.actual());
            overrun = overrun.plus(row.overrun());
            String plan = row.plannedMinutes() + (row.adjustMinutes() == 0 ? "" : " (" + signed(row.adjustMinutes()) + ")");
            table.add(List.of(code(row.key()), title(row, messages), plan, row.start().isPresent() ? minutes(row.actual()) : "",
                    row.start().isPresent() ? signedMinutes(row.overrun()) : "", row.start().map(CLOCK::format).orElse(""),
                    row.end().map(CLOCK::format).orElse(""), row.notes() == 0 ? "" : Integer.toString(row.notes())));
        }
        // the totals count the minutes added or taken off during the session, as the rows do
        table.add(List.of("", messages.get("antwerp.total"), planned + (adjusted == 0 ? "" : " (" + signed(adjusted) + ")"),
                minutes(actual), state.started().isPresent() ? signedMinutes(overrun) : "",
                state.started().map(CLOCK::format).orElse(""), state.ended().map(CLOCK::format).orElse(""),
                notes == 0 ? "" : Integer.toString(notes)));
        pdf.table(List.of(messages.get("status.col.code"), messages.get("status.col.title"), messages.get("status.col.planned"),
                        messages.get("status.col.actual"), messages.get("status.col.over"), messages.get("status.col.start"),
                        messages.get("status.col.end"), messages.get("status.col.notes")),
                new float[] {0.07f, 0.4f, 0.1f, 0.1f, 0.09f, 0.08f, 0.08f, 0.08f},
                new boolean[] {false, false, true, true, true, false, false, true}, table);
        pdf.small(messages.get("report.agenda.note"));
        List<Pdf.Bar> bars = new ArrayList<>();
        for (BlockStatus row : rows) {
            bars.add(new Pdf.Bar(barLabel(row, messages) + " " + messages.get("report.planned"), row.plannedMinutes(), row.plannedMinutes() + " min", false));
            if (row.start().isPresent()) {
                bars.add(new Pdf.Bar(barLabel(row, messages) + " " + messages.get("report.actual"), row.actual().getSeconds() / 60.0,
                        minutes(row.actual()) + " min", true));
            }
        }
        pdf.barChart(messages.get("report.agenda.chart"), bars);
    }

    private static void notes(Pdf pdf, Draaiboek draaiboek, List<SessionEvent> events, Messages messages, Anonymiser anonymiser) {
        pdf.heading(messages.get("report.notes"));
        Map<String, List<SessionEvent.Note>> byBlock = new LinkedHashMap<>();
        for (int i = 0; i < draaiboek.blocks().size(); i++) {
            byBlock.put(SessionState.keyOf(draaiboek, i), new ArrayList<>());
        }
        events.stream().filter(SessionEvent.Note.class::isInstance).map(SessionEvent.Note.class::cast)
                .forEach(note -> byBlock.computeIfAbsent(note.block(), k -> new ArrayList<>()).add(note));
        boolean any = false;
        for (int i = 0; i < draaiboek.blocks().size(); i++) {
            String key = SessionState.keyOf(draaiboek, i);
            List<SessionEvent.Note> notes = byBlock.get(key);
            if (notes.isEmpty()) {
                continue;
            }
            any = true;
            String title = draaiboek.blocks().get(i).title();
            pdf.subheading((code(key) + "  " + (title.isEmpty() ? messages.get("show.pause") : title)).strip());
            Map<String, Integer> words = new TreeMap<>();
            notes.stream().filter(note -> SessionEvent.Note.WORD.equals(note.tag()))
                    .forEach(note -> words.merge(anonymiser.text(note.text()).toLowerCase(messages.locale()), 1, Integer::sum));
            if (!words.isEmpty()) {
                List<Map.Entry<String, Integer>> sorted = new ArrayList<>(words.entrySet());
                sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
                pdf.small(messages.get("report.words", notes.stream().filter(note -> SessionEvent.Note.WORD.equals(note.tag())).count()));
                pdf.wordCloud(sorted);
            }
            for (SessionEvent.Note note : notes) {
                if (SessionEvent.Note.WORD.equals(note.tag())) {
                    continue;
                }
                String label = CLOCK.format(note.at()) + (note.part().isEmpty() ? "" : "  " + note.part())
                        + (note.tag().isEmpty() ? "" : "  [" + messages.tag(note.tag()) + "]");
                pdf.field(label, anonymiser.text(note.text()));
            }
            pdf.space(4);
        }
        if (!any) {
            pdf.text(messages.get("report.noNotes"));
        }
    }

    private static void attendees(Pdf pdf, List<Attendee> attendees, Messages messages, Anonymiser anonymiser) {
        if (attendees.isEmpty()) {
            return;
        }
        pdf.heading(messages.get("report.attendees", attendees.size()));
        Map<String, List<String>> byRole = new TreeMap<>();
        attendees.forEach(attendee -> byRole.computeIfAbsent(attendee.role().isBlank() ? "-" : attendee.role(),
                k -> new ArrayList<>()).add(anonymiser.name(attendee.name())));
        byRole.forEach((role, names) -> pdf.field(role + " (" + names.size() + "):", String.join(", ", names)));
    }

    private static void audit(Pdf pdf, SessionState state, List<SessionEvent> events, Messages messages) {
        pdf.heading(messages.get("report.audit"));
        pdf.small(messages.get("report.audit.source", state.eventCount()));
        List<List<String>> rows = new ArrayList<>();
        int current = -1;
        for (SessionEvent event : events) {
            String time = CLOCK.format(event.at());
            if (event instanceof SessionEvent.Adjusted adjusted) {
                rows.add(List.of(time, code(adjusted.block()), messages.get("report.audit.adjusted", messages.minutes(signed(adjusted.minutes()), adjusted.minutes()))));
            } else if (event instanceof SessionEvent.Paused paused) {
                rows.add(List.of(time, code(paused.block()), messages.get("report.audit.paused")));
            } else if (event instanceof SessionEvent.Resumed resumed) {
                rows.add(List.of(time, code(resumed.block()), messages.get("report.audit.resumed")));
            } else if (event instanceof SessionEvent.BlockStarted block) {
                int index = state.indexOf(block.block());
                if (index < current) {
                    rows.add(List.of(time, code(block.block()), messages.get("report.audit.back")));
                }
                current = index;
            }
        }
        if (rows.isEmpty()) {
            pdf.text(messages.get("report.audit.none"));
        } else {
            pdf.table(List.of(messages.get("report.audit.time"), messages.get("status.col.code"), messages.get("report.audit.what")),
                    new float[] {0.12f, 0.12f, 0.76f}, new boolean[] {false, false, false}, rows);
        }
    }

    /**
     * A block's code as readers see it: a pause written without a code is "#4" in the journal
     * (its place), which means nothing on paper, so it shows no code; its title says "Pauze".
     */
    static String code(String key) {
        return key.startsWith("#") ? "" : key;
    }

    private static String barLabel(BlockStatus row, Messages messages) {
        return code(row.key()).isEmpty() ? title(row, messages) : row.key();
    }

    private static String title(BlockStatus row, Messages messages) {
        return row.block().title().isEmpty() ? messages.get("show.pause") : row.block().title();
    }

    static String signed(int minutes) {
        return (minutes > 0 ? "+" : "") + minutes;
    }

    static String minutes(Duration duration) {
        long seconds = duration.getSeconds();
        return seconds % 60 == 0 ? Long.toString(seconds / 60) : String.format(java.util.Locale.ROOT, "%.1f", seconds / 60.0);
    }

    static String signedMinutes(Duration duration) {
        return (duration.isNegative() ? "" : "+") + minutes(duration);
    }
}
