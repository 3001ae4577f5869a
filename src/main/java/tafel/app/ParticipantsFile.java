package tafel.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.io.participants.ParticipantRows;
import tafel.matching.Person;
import tafel.text.ClosestMatch;
import tafel.text.Phrase;

/** Use case: read a participants CSV and pick people by role, the way match and tables do. */
public final class ParticipantsFile {

    private ParticipantsFile() {
    }

    /** Every person of the file; a row that could not be used is told and stops the work (exit 65). */
    public static List<Person> read(Notices notices, Path file) {
        CsvInput table = InputFiles.csv(file);
        List<CsvProblem> problems = new ArrayList<>();
        ParticipantRows.Read read = ParticipantRows.read(table, problems);
        notices.requireUsable(problems, read.rows(), read.rejected());
        return read.people();
    }

    /** Says how many people of each role were read ("3 bewoner, 2 ambtenaar"), so a count that is off shows at once. */
    public static void sayRoles(Notices notices, List<Person> people) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        people.forEach(person -> counts.merge(person.role().strip().toLowerCase(Locale.ROOT), 1, Integer::sum));
        notices.say("participants.roles", people.size(), String.join(", ", counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey()).toList()));
    }

    /**
     * Says, once per role, the people whose role is none of the roles asked for: they are left out
     * (match) or not counted (tables --mix), never silently — with the count and a did-you-mean.
     */
    public static void sayOtherRoles(Notices notices, List<Person> people, List<String> asked, String keyLeftOut) {
        java.util.Map<String, List<Person>> others = new java.util.TreeMap<>();
        for (Person person : people) {
            String role = person.role().strip().toLowerCase(Locale.ROOT);
            if (asked.stream().noneMatch(wanted -> wanted.strip().equalsIgnoreCase(role))) {
                others.computeIfAbsent(role, key -> new java.util.ArrayList<>()).add(person);
            }
        }
        others.forEach((role, who) -> {
            Phrase names = names(who);
            notices.problem(ClosestMatch.among(role, asked)
                    .map(close -> Phrase.of(keyLeftOut + ".closest", who.size(), role, close, names))
                    .orElse(Phrase.of(keyLeftOut, who.size(), role, "", names)));
        });
    }

    /** "Aad (a2), Bea (b2)", the first ten of a long list and how many more. */
    private static Phrase names(List<Person> people) {
        int shown = Math.min(10, people.size());
        String first = String.join(", ", people.subList(0, shown).stream()
                .map(person -> person.name() + " (" + person.id() + ")").toList());
        return shown == people.size() ? Phrase.of("text.plain", first) : Phrase.of("names.andMore", first, people.size() - shown);
    }

    /** The people with this role; an unknown role names the roles that exist. */
    public static List<Person> withRole(List<Person> people, String role) {
        List<Person> chosen = people.stream().filter(person -> person.role().equalsIgnoreCase(role.strip())).toList();
        if (chosen.isEmpty()) {
            Set<String> roles = new TreeSet<>();
            people.forEach(person -> roles.add(person.role().toLowerCase(Locale.ROOT)));
            TafelException unknown = TafelException.of(ExitCode.BAD_DATA, "match.role.unknown", role, String.join(", ", roles));
            throw ClosestMatch.among(role, roles).map(close -> unknown.withHint("hint.didYouMean", close)).orElse(unknown);
        }
        return chosen;
    }
}
