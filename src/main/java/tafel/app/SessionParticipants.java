package tafel.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Participant;
import tafel.draaiboek.ParticipantsSource;
import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.io.participants.ParticipantRows;
import tafel.report.Anonymiser;
import tafel.report.SessionReport;

/** Use case: the participants a session's draaiboek names (inline or in its CSV), for reports and exports. */
public final class SessionParticipants {

    private SessionParticipants() {
    }

    /** Sorted by id, so that pseudonyms are the same in every report and export. */
    public static List<SessionReport.Attendee> of(Notices notices, Draaiboek draaiboek, Path folder) {
        List<Map.Entry<String, SessionReport.Attendee>> list = new ArrayList<>();
        if (draaiboek.participants().orElse(null) instanceof ParticipantsSource.Inline inline) {
            for (Participant participant : inline.participants()) {
                list.add(Map.entry(participant.id(), new SessionReport.Attendee(participant.name(), participant.role())));
            }
        } else if (draaiboek.participants().orElse(null) instanceof ParticipantsSource.File file
                && Files.isRegularFile(folder.resolve(file.path()))) {
            try {
                ParticipantRows.read(CsvInput.read(folder.resolve(file.path())), new ArrayList<CsvProblem>()).people()
                        .forEach(person -> list.add(Map.entry(person.id(),
                                new SessionReport.Attendee(person.name(), person.role()))));
            } catch (IOException | IllegalArgumentException unreadable) {
                notices.say("report.participantsUnreadable", file.path());
            }
        }
        list.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        return list.stream().map(Map.Entry::getValue).toList();
    }

    /**
     * Pseudonyms for the participants and the facilitators, or no change when not asked for.
     *
     * @param pseudonym the word a pseudonym is made of, in the reader's language ("Deelnemer")
     */
    public static Anonymiser anonymiser(Notices notices, Draaiboek draaiboek, Path folder, boolean anonymise,
                                        String pseudonym) {
        if (!anonymise) {
            return Anonymiser.off();
        }
        List<String> names = new ArrayList<>();
        of(notices, draaiboek, folder).forEach(attendee -> names.add(attendee.name()));
        names.addAll(draaiboek.facilitators());
        return Anonymiser.of(names, pseudonym);
    }
}
