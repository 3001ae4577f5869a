package tafel.web;

import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.antwerp.Theme;
import tafel.app.FacilitatorDesk;

/** The facilitator's overview as the page reads it (docs/room-api.md, {@code GET /api/admin}). */
final class AdminViews {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private AdminViews() {
    }

    static ObjectNode overview(ObjectMapper json, FacilitatorDesk.Overview overview) {
        ObjectNode root = json.createObjectNode().put("title", overview.title()).put("step", overview.step()).put("round", overview.round())
                .put("view", overview.view());
        ObjectNode closed = root.putObject("closed");
        overview.closed().forEach((step, isClosed) -> closed.put(step.command(), isClosed));
        ArrayNode tables = root.putArray("tables");
        for (FacilitatorDesk.TableLine line : overview.tables()) {
            ObjectNode table = tables.addObject().put("table", line.table()).put("host", line.host());
            line.themes().ifPresentOrElse(entry -> table.put("themes", entry), () -> table.putNull("themes"));
            line.budget().ifPresentOrElse(entry -> table.put("budget", entry), () -> table.putNull("budget"));
            line.projects().ifPresentOrElse(entry -> table.put("projects", entry), () -> table.putNull("projects"));
        }
        overview.tie().ifPresentOrElse(tie -> {
            ObjectNode node = root.putObject("tie").put("places", tie.places()).put("tables", tie.tables());
            ArrayNode themes = node.putArray("themes");
            tie.themes().stream().map(Theme::name).forEach(themes::add);
        }, () -> root.putNull("tie"));
        ArrayNode entries = root.putArray("entries");
        for (FacilitatorDesk.EntryLine line : overview.entries()) {
            ObjectNode entry = entries.addObject().put("entry", line.entry()).put("type", line.kind())
                    .put("step", line.step().map(step -> step.command()).orElse("")).put("part", line.part())
                    .put("table", line.table()).put("counts", line.counts()).put("at", CLOCK.format(line.at()));
            line.corrects().ifPresent(corrected -> entry.put("corrects", corrected));
            ArrayNode names = entry.putArray("names");
            line.names().forEach(names::add);
            ObjectNode amounts = entry.putObject("amounts");
            line.amounts().forEach(amounts::put);
        }
        return root;
    }
}
