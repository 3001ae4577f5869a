package tafel.presentation;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;

import tafel.app.TemplateSummaries.Summary;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;

/** The list of built-in templates for programs. */
public final class TemplateViews {

    private TemplateViews() {
    }

    public static void csv(PrintWriter out, List<Summary> summaries) {
        try (CsvOutput csv = CsvOutput.machine(out, "name", "title", "minutes", "blocks")) {
            summaries.forEach(item -> csv.row(item.name(), item.title(), item.minutes(), item.blocks()));
        }
        out.flush();
    }

    public static void json(PrintWriter out, List<Summary> summaries) {
        JsonOutput json = new JsonOutput();
        ArrayNode list = json.array();
        summaries.forEach(item -> list.addObject().put("name", item.name()).put("title", item.title())
                .put("minutes", item.minutes()).put("blocks", item.blocks()));
        json.print(out, list);
    }
}
