package tafel.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tafel.draaiboek.Draaiboek;
import tafel.i18n.Messages;
import tafel.io.SessionFolder;
import tafel.io.antwerp.ProcessFolder;
import tafel.report.Anonymiser;
import tafel.report.AntwerpReport;
import tafel.report.SessionReport;

/** Use case: the PDF report of a folder, an Antwerp process or a session, in the reader's language. */
public final class MakeReport {

    private MakeReport() {
    }

    /**
     * @param anonymise names of participants and facilitators replaced by pseudonyms (sessions)
     * @param now       the moment printed as "made on"
     */
    public static byte[] pdf(Notices notices, Path dir, boolean anonymise, Messages messages, OffsetDateTime now)
            throws IOException {
        if (new ProcessFolder(dir).exists()) {
            AntwerpProcess process = AntwerpProcess.open(notices, new ProcessFolder(dir));
            Map<String, String> names = new LinkedHashMap<>();
            process.contents().catalogue().themes().forEach(theme -> names.put(theme.id(), theme.name()));
            return AntwerpReport.render(process.contents().title(), process.rules(), process.outcome(), names,
                    process.state(), messages, now);
        }
        SessionFolder.Contents contents = SessionRecord.read(notices, new SessionFolder(dir));
        Draaiboek draaiboek = SessionFolder.draaiboekOf(contents).orElseThrow();
        List<SessionReport.Attendee> attendees = SessionParticipants.of(notices, draaiboek, dir);
        Anonymiser anonymiser = SessionParticipants.anonymiser(notices, draaiboek, dir, anonymise,
                messages.get("report.pseudonym"));
        return SessionReport.render(draaiboek, contents.events(), attendees, messages, anonymiser, now);
    }
}
