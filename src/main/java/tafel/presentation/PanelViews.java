package tafel.presentation;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.app.DrawPanel;
import tafel.io.csv.CsvOutput;
import tafel.io.json.JsonOutput;
import tafel.sortition.Quota;
import tafel.sortition.Respondent;

/**
 * A panel drawn by lot for programs and spreadsheets (docs/export-format.md): every respondent by
 * id with what the draw made of them and their chance; JSON with the panel, the reserves, every
 * chance, the quotas as met, the method and the seed. Ids only: names never leave the input.
 */
public final class PanelViews {

    private PanelViews() {
    }

    /** A chance as the reports give it: four decimals. */
    public static BigDecimal chance(double probability) {
        return BigDecimal.valueOf(probability).setScale(4, RoundingMode.HALF_UP);
    }

    /** @param excel Dutch Excel's dialect ({@code ;}, BOM, formulas defused) instead of plain CSV */
    public static void csv(PrintWriter out, DrawPanel.Drawn drawn, boolean excel) {
        try (CsvOutput csv = CsvOutput.of(excel, out, "id", "drawn", "reserve", "probability")) {
            List<Respondent> pool = drawn.spec().pool();
            for (int person = 0; person < pool.size(); person++) {
                int who = person;
                boolean seated = drawn.panel().map(panel -> Arrays.stream(panel).anyMatch(member -> member == who)).orElse(false);
                int reserve = drawn.reserves().indexOf(person);
                csv.row(pool.get(person).id(), seated ? "panel" : reserve >= 0 ? "reserve" : "",
                        reserve >= 0 ? String.valueOf(reserve + 1) : "", chance(drawn.probabilities()[person]).toPlainString());
            }
        }
    }

    public static void json(PrintWriter out, DrawPanel.Drawn drawn) {
        JsonOutput json = new JsonOutput();
        ObjectNode root = json.object();
        List<Respondent> pool = drawn.spec().pool();
        ArrayNode panel = root.putArray("panel");
        drawn.panel().ifPresent(people -> Arrays.stream(people).forEach(person -> panel.add(pool.get(person).id())));
        ArrayNode reserves = root.putArray("reserves");
        drawn.reserves().forEach(person -> reserves.add(pool.get(person).id()));
        ObjectNode probabilities = root.putObject("probabilities");
        for (int person = 0; person < pool.size(); person++) {
            probabilities.put(pool.get(person).id(), chance(drawn.probabilities()[person]));
        }
        root.put("method", drawn.method().name().toLowerCase(Locale.ROOT));
        if (drawn.seed().isPresent()) {
            root.put("seed", drawn.seed().get());
        } else {
            root.putNull("seed");
        }
        root.put("size", drawn.spec().size());
        ArrayNode quotas = root.putArray("quotas");
        int[] available = drawn.available();
        int[] seated = drawn.seated().orElse(null);
        for (int q = 0; q < drawn.spec().quotas().size(); q++) {
            Quota quota = drawn.spec().quotas().get(q);
            ObjectNode node = quotas.addObject().put("feature", quota.feature()).put("value", quota.value())
                    .put("min", quota.min()).put("max", quota.max()).put("respondents", available[q]);
            if (seated != null) {
                node.put("panel", seated[q]);
            }
        }
        ArrayNode lottery = root.putArray("lottery");
        for (int p = 0; p < drawn.distribution().panels().size(); p++) {
            ObjectNode node = lottery.addObject().put("billionths", drawn.distribution().chances()[p]);
            ArrayNode members = node.putArray("panel");
            Arrays.stream(drawn.distribution().panels().get(p)).forEach(person -> members.add(pool.get(person).id()));
        }
        // a lottery panel's members of such a group stand for any as many of it (see Distribution)
        ArrayNode interchangeable = root.putArray("interchangeable");
        for (int[] group : drawn.distribution().interchangeable()) {
            ArrayNode members = interchangeable.addArray();
            Arrays.stream(group).forEach(person -> members.add(pool.get(person).id()));
        }
        json.print(out, root);
    }
}
