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

    /** Sorted by id, so that the list is the same in every report and export. */
    public static List<SessionReport.Attendee> of(Notices notices, Draaiboek draaiboek, Path folder) {
        List<Map.Entry<String, SessionReport.Attendee>> list = new ArrayList<>();
        people(notices, draaiboek, folder).forEach(person -> list.add(Map.entry(person.id(),
                new SessionReport.Attendee(person.name(), person.role()))));
        list.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        return list.stream().map(Map.Entry::getValue).toList();
    }

    private static List<Anonymiser.Named> named(Notices notices, Draaiboek draaiboek, Path folder) {
        return people(notices, draaiboek, folder).stream().map(person -> new Anonymiser.Named(person.id(), person.name())).toList();
    }

    /** The people as the draaiboek or its participants file names them (id, name, role). */
    private static List<Person> people(Notices notices, Draaiboek draaiboek, Path folder) {
        List<Person> people = new ArrayList<>();
        if (draaiboek.participants().orElse(null) instanceof ParticipantsSource.Inline inline) {
            for (Participant participant : inline.participants()) {
                people.add(new Person(participant.id(), participant.name(), participant.role()));
            }
        } else if (draaiboek.participants().orElse(null) instanceof ParticipantsSource.File file
                && Files.isRegularFile(folder.resolve(file.path()))) {
            try {
                ParticipantRows.read(CsvInput.read(folder.resolve(file.path())), new ArrayList<CsvProblem>()).people()
                        .forEach(person -> people.add(new Person(person.id(), person.name(), person.role())));
            } catch (IOException | IllegalArgumentException unreadable) {
                notices.say("report.participantsUnreadable", file.path());
            }
        }
        return people;
    }

    private record Person(String id, String name, String role) {
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
        List<Anonymiser.Named> people = new ArrayList<>(named(notices, draaiboek, folder));
        boolean participantList = !people.isEmpty();
        // a facilitator has no id: their pseudonym is made from their name, the same in every document
        draaiboek.facilitators().forEach(name -> people.add(new Anonymiser.Named("facilitator:" + name, name)));
        Anonymiser anonymiser = Anonymiser.of(people, pseudonym, participantList);
        if (!anonymiser.knowsNames()) {
            notices.say("report.anonymised.noNames");
        }
        return anonymiser;
    }
}
