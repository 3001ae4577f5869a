package tafel.presentation;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.app.DraaiboekFiles.Checked;
import tafel.app.TafelException;
import tafel.draaiboek.Finding;
import tafel.i18n.Messages;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;

/** The findings of {@code validate} for programs: one row or object per finding, with its position. */
public final class FindingViews {

    private FindingViews() {
    }

    public static String message(Messages messages, Finding finding) {
        return messages.get(finding.messageKey(), finding.args());
    }

    /** The hint in words, or empty when the finding has none. */
    public static String hint(Messages messages, Finding finding) {
        return finding.hintKey() == null ? "" : messages.get(finding.hintKey(), finding.hintArgs());
    }

    public static void csv(PrintWriter out, List<Checked> checked, Messages messages) {
        try (CsvOutput csv = CsvOutput.machine(out, "file", "line", "column", "severity", "rule", "message", "hint")) {
            for (Checked item : checked) {
                if (item.unreadable().isPresent()) {
                    TafelException unreadable = item.unreadable().get();
                    csv.row(item.file(), 0, 0, "error", unreadable.phrase().key(), messages.get(unreadable.phrase()), "");
                    continue;
                }
                for (Finding finding : item.loaded().orElseThrow().findings()) {
                    csv.row(item.file(), finding.position().line(), finding.position().column(),
                            finding.severity().label(), finding.messageKey(), message(messages, finding),
                            hint(messages, finding));
                }
            }
        }
        out.flush();
    }

    public static void json(PrintWriter out, List<Checked> checked, Messages messages) {
        JsonOutput json = new JsonOutput();
        ArrayNode results = json.array();
        for (Checked item : checked) {
            ObjectNode result = results.addObject().put("file", item.file());
            ArrayNode findings = result.putArray("findings");
            if (item.unreadable().isPresent()) {
                TafelException unreadable = item.unreadable().get();
                result.put("readable", false);
                findings.addObject().put("line", 0).put("column", 0).put("severity", "error")
                        .put("rule", unreadable.phrase().key())
                        .put("message", messages.get(unreadable.phrase()));
                continue;
            }
            result.put("readable", true);
            result.put("valid", item.valid());
            for (Finding finding : item.loaded().orElseThrow().findings()) {
                ObjectNode node = findings.addObject()
                        .put("line", finding.position().line())
                        .put("column", finding.position().column())
                        .put("severity", finding.severity().label())
                        .put("rule", finding.messageKey())
                        .put("message", message(messages, finding));
                if (finding.hintKey() != null) {
                    node.put("hint", hint(messages, finding));
                }
            }
        }
        json.print(out, results);
    }
}
