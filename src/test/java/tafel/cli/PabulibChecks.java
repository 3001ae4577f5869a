package tafel.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks pabulib's own checker makes before a file is published (its field lists, order and
 * counts, as its source states them), so an export is known to pass them without Python here.
 * Returns one line per problem.
 */
final class PabulibChecks {

    /** META keys in the order pabulib keeps them; the first eleven but district and subunit are obligatory. */
    private static final List<String> META_ORDER = List.of("description", "country", "unit", "district", "subunit",
            "instance", "num_projects", "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end",
            "min_length", "max_length", "min_sum_cost", "max_sum_cost", "min_points", "max_points", "min_sum_points",
            "max_sum_points", "default_score", "min_project_cost", "max_project_cost", "min_project_score_threshold",
            "neighborhoods", "subdistricts", "categories", "edition", "language", "currency", "fully_funded",
            "experimental", "comment", "acknowledgments", "leftover_budget", "budget_per_category",
            "budget_per_neighborhood", "min_length_per_category", "max_length_per_category",
            "min_sum_cost_per_category", "max_sum_cost_per_category");
    private static final List<String> META_OBLIGATORY = List.of("description", "country", "unit", "instance",
            "num_projects", "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end");
    private static final List<String> PROJECT_ORDER = List.of("project_id", "cost", "votes", "score", "name", "category",
            "beneficiaries", "selected", "neighborhood", "subunit", "district", "description", "proposer", "public_id",
            "latitude", "longitude");
    private static final List<String> VOTE_ORDER = List.of("voter_id", "vote", "points", "age", "sex", "voting_method",
            "district", "neighborhood", "education");
    private static final Pattern DATE = Pattern.compile("\\d{4}|\\d{2}\\.\\d{2}\\.\\d{4}");

    private PabulibChecks() {
    }

    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                problems.add("empty line " + (i + 1));
                continue;
            }
            if (List.of("META", "PROJECTS", "VOTES").contains(line)) {
                current = new ArrayList<>();
                sections.put(line, current);
                continue;
            }
            if (current == null) {
                problems.add("data before a section: " + line);
                continue;
            }
            List<String> cells = List.of(line.split(";", -1));
            cells.stream().filter(cell -> !cell.equals(cell.strip())).forEach(cell -> problems.add("whitespace around '" + cell + "'"));
            cells.stream().filter(cell -> cell.contains("\"")).forEach(cell -> problems.add("quote in '" + cell + "'"));
            current.add(cells);
        }
        if (!List.copyOf(sections.keySet()).equals(List.of("META", "PROJECTS", "VOTES"))) {
            problems.add("sections " + sections.keySet());
            return problems;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        List<List<String>> metaRows = sections.get("META");
        if (!metaRows.get(0).equals(List.of("key", "value"))) {
            problems.add("META header " + metaRows.get(0));
        }
        metaRows.stream().skip(1).forEach(row -> meta.put(row.get(0), row.size() > 1 ? row.get(1) : ""));
        META_OBLIGATORY.stream().filter(key -> meta.getOrDefault(key, "").isEmpty()).forEach(key -> problems.add("META misses " + key));
        inOrder("META", List.copyOf(meta.keySet()), META_ORDER, problems);
        for (String key : List.of("date_begin", "date_end")) {
            if (meta.containsKey(key) && !DATE.matcher(meta.get(key)).matches()) {
                problems.add(key + " not YYYY or DD.MM.YYYY: " + meta.get(key));
            }
        }
        if (meta.containsKey("comment") && !meta.get("comment").startsWith("#1: ")) {
            problems.add("comment does not start with '#1: '");
        }
        List<List<String>> projectRows = sections.get("PROJECTS");
        List<String> projectHeader = projectRows.get(0);
        inOrder("PROJECTS", projectHeader, PROJECT_ORDER, problems);
        List<List<String>> voteRows = sections.get("VOTES");
        inOrder("VOTES", voteRows.get(0), VOTE_ORDER, problems);
        Map<String, Long> counted = new HashMap<>();
        for (List<String> vote : voteRows.subList(1, voteRows.size())) {
            List<String> ids = List.of(vote.get(1).split(","));
            if (ids.stream().distinct().count() != ids.size()) {
                problems.add("vote with a project twice: " + vote.get(0));
            }
            ids.forEach(id -> counted.merge(id, 1L, Long::sum));
        }
        if (Integer.parseInt(meta.get("num_votes")) != voteRows.size() - 1) {
            problems.add("num_votes " + meta.get("num_votes") + " but " + (voteRows.size() - 1) + " votes");
        }
        if (Integer.parseInt(meta.get("num_projects")) != projectRows.size() - 1) {
            problems.add("num_projects " + meta.get("num_projects") + " but " + (projectRows.size() - 1) + " projects");
        }
        int votes = projectHeader.indexOf("votes");
        int selected = projectHeader.indexOf("selected");
        double budget = Double.parseDouble(meta.get("budget"));
        double spent = 0;
        for (List<String> project : projectRows.subList(1, projectRows.size())) {
            double cost = Double.parseDouble(project.get(1));
            if (cost <= 0 || cost > budget) {
                problems.add("project " + project.get(0) + " costs " + cost);
            }
            if (votes >= 0 && Long.parseLong(project.get(votes)) != counted.getOrDefault(project.get(0), 0L)) {
                problems.add("project " + project.get(0) + " votes " + project.get(votes) + " but counted "
                        + counted.getOrDefault(project.get(0), 0L));
            }
            if (selected >= 0 && !List.of("0", "1", "2", "3").contains(project.get(selected))) {
                problems.add("project " + project.get(0) + " selected " + project.get(selected));
            }
            if (selected >= 0 && project.get(selected).equals("1")) {
                spent += cost;
            }
        }
        if (spent > budget) {
            problems.add("selected projects cost " + spent + " of " + budget);
        }
        return problems;
    }

    private static void inOrder(String section, List<String> keys, List<String> order, List<String> problems) {
        int last = -1;
        for (String key : keys) {
            int at = order.indexOf(key);
            if (at < 0) {
                problems.add(section + " field not known to pabulib: " + key);
            } else if (at < last) {
                problems.add(section + " field out of pabulib's order: " + key);
            } else {
                last = at;
            }
        }
    }
}
