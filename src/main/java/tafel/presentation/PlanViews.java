package tafel.presentation;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;
import tafel.matching.PairMatcher;
import tafel.matching.Person;
import tafel.matching.TablePlan;

/** Match lists and table plans for programs and spreadsheets: one CSV and one JSON each (docs/export-format.md). */
public final class PlanViews {

    private PlanViews() {
    }

    /** @param excel Dutch Excel's dialect ({@code ;}, BOM, formulas defused) instead of plain CSV */
    public static void matchCsv(PrintWriter out, PairMatcher.Plan plan, boolean excel) {
        try (CsvOutput csv = CsvOutput.of(excel, out, "round", "left_id", "left_name", "right_id", "right_name", "score",
                "shared_tags")) {
            for (PairMatcher.Meeting meeting : plan.meetings()) {
                csv.row(meeting.round(), meeting.left().id(), meeting.left().name(), meeting.right().id(),
                        meeting.right().name(), meeting.score(), String.join(";", meeting.sharedTags()));
            }
        }
    }

    public static void matchJson(PrintWriter out, PairMatcher.Plan plan) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json.object().put("seed", plan.seed()).put("total_score", plan.totalScore());
        ArrayNode meetings = root.putArray("meetings");
        for (PairMatcher.Meeting meeting : plan.meetings()) {
            ObjectNode node = meetings.addObject().put("round", meeting.round()).put("left_id", meeting.left().id())
                    .put("left_name", meeting.left().name()).put("right_id", meeting.right().id())
                    .put("right_name", meeting.right().name()).put("score", meeting.score());
            ArrayNode tags = node.putArray("shared_tags");
            meeting.sharedTags().forEach(tags::add);
        }
        ObjectNode sittingOut = root.putObject("sitting_out");
        plan.sittingOut().forEach((round, people) -> {
            ArrayNode list = sittingOut.putArray(Integer.toString(round));
            people.forEach(person -> list.add(person.id()));
        });
        json.print(out, root);
    }

    /** @param excel Dutch Excel's dialect ({@code ;}, BOM, formulas defused) instead of plain CSV */
    public static void tablesCsv(PrintWriter out, TablePlan plan, boolean excel) {
        try (CsvOutput csv = CsvOutput.of(excel, out, "round", "table", "participant_id", "participant_name")) {
            for (int round = 0; round < plan.rounds(); round++) {
                List<List<Integer>> tables = plan.seats().get(round);
                for (int table = 0; table < tables.size(); table++) {
                    for (int index : tables.get(table)) {
                        Person person = plan.people().get(index);
                        csv.row(round + 1, table + 1, person.id(), person.name());
                    }
                }
            }
        }
    }

    public static void tablesJson(PrintWriter out, TablePlan plan) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json.object().put("seed", plan.seed()).put("repeats", plan.repeatCount())
                .put("repeat_free", plan.repeatCount() == 0);
        ArrayNode roundsNode = root.putArray("rounds");
        for (List<List<Integer>> round : plan.seats()) {
            ArrayNode tables = roundsNode.addArray();
            for (List<Integer> table : round) {
                ArrayNode seats = tables.addArray();
                table.forEach(index -> seats.add(plan.people().get(index).id()));
            }
        }
        json.print(out, root);
    }
}
