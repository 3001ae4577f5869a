package tafel.io.pabulib;

import java.util.List;
import java.util.Map;

import tafel.antwerp.Money;

/**
 * Writes a pabulib {@code .pb} file: META, PROJECTS and VOTES, each a {@code ;}-separated table.
 * Texts lose the characters that would break a row (the separator, line breaks, quotes).
 */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    /**
     * @param meta     keys in the order written
     * @param projects id, cost (cents), votes, name, category, selected
     * @param votes    voter id and the ids of the projects voted for
     */
    public static String write(Map<String, String> meta, List<PabulibFile.PbProject> projects,
                               List<PabulibFile.PbVote> votes) {
        StringBuilder text = new StringBuilder("META\nkey;value\n");
        meta.forEach((key, value) -> text.append(clean(key)).append(';').append(clean(value)).append('\n'));
        text.append("PROJECTS\nproject_id;cost;votes;name;category;selected\n");
        for (PabulibFile.PbProject project : projects) {
            text.append(clean(project.id())).append(';').append(Money.plain(project.cost())).append(';')
                    .append(project.votes().map(String::valueOf).orElse("0")).append(';').append(clean(project.name()))
                    .append(';').append(clean(String.join(",", project.categories()))).append(';')
                    .append(project.selected().map(String::valueOf).orElse("")).append('\n');
        }
        text.append("VOTES\nvoter_id;vote\n");
        for (PabulibFile.PbVote vote : votes) {
            text.append(clean(vote.voter())).append(';')
                    .append(String.join(",", vote.projects().stream().map(PabulibWriter::clean).toList())).append('\n');
        }
        return text.toString();
    }

    private static String clean(String text) {
        return text.replace(';', ',').replace('"', '\'').replaceAll("[\\r\\n]+", " ").strip();
    }
}
