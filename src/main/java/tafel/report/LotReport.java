package tafel.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tafel.i18n.Decimals;
import tafel.i18n.Messages;
import tafel.sortition.PanelSpec;
import tafel.sortition.PublicDraw;
import tafel.sortition.Quota;

/**
 * The report on a panel drawn by lot that a council publishes: how it was drawn (method, seed,
 * ticket, witnesses), the panel against the quotas and the respondents (a chart per feature), the
 * chances everyone had, the panel and the reserves, and every replacement since. Ids only: names are
 * never read.
 */
public final class LotReport {

    private LotReport() {
    }

    /**
     * @param panel         the panel's ids as it is now (after replacements)
     * @param probabilities every respondent's chance, in pool order
     * @param replacements  "out → in (when)", in order
     * @param interchangeableGroups how many groups of people the quotas cannot tell apart the seed drew among
     */
    public record Facts(PanelSpec spec, String method, String seed, String drawnAt, List<String> witnesses, List<String> panel,
                        List<String> reservesLeft, List<String> replacements, double[] probabilities, int lotteryPanels,
                        int interchangeableGroups) {
        public Facts {
            witnesses = List.copyOf(witnesses);
            panel = List.copyOf(panel);
            reservesLeft = List.copyOf(reservesLeft);
            replacements = List.copyOf(replacements);
            probabilities = probabilities.clone();
        }
    }

    public static byte[] render(Facts facts, Messages messages, OffsetDateTime madeAt) {
        var locale = messages.locale();
        String title = messages.get("lot.report.title", facts.spec().size());
        try (Pdf pdf = new Pdf(title, messages.locale())) {
            pdf.footer(title + " · " + messages.get("report.madeWith", madeAt.toLocalDate().toString()));
            pdf.newPage();
            pdf.small(messages.get("lot.report.kind"));
            pdf.title(title);
            pdf.text(messages.get("lot.report.facts", facts.spec().size(), facts.spec().pool().size(),
                    facts.drawnAt()));

            pdf.heading(messages.get("lot.report.how"));
            pdf.text(messages.get(facts.method().equals("greedy") ? "lot.report.greedy" : "lot.report.leximin"));
            pdf.text(messages.get("lot.report.seed", facts.seed(), PublicDraw.normal(facts.seed()), PublicDraw.ticket(facts.seed()),
                    facts.lotteryPanels()));
            if (facts.interchangeableGroups() > 0) {
                pdf.text(messages.get("lot.report.interchangeable", facts.interchangeableGroups()));
            }
            pdf.text(facts.witnesses().isEmpty() ? messages.get("lot.report.noWitnesses")
                    : messages.get("lot.report.witnesses", String.join(", ", facts.witnesses())));
            if (facts.spec().onePerHousehold()) {
                pdf.text(messages.get("lot.report.household"));
            }

            pdf.heading(messages.get("lot.report.chances"));
            double[] sorted = facts.probabilities().clone();
            Arrays.sort(sorted);
            pdf.text(messages.get("lot.report.spread", chance(sorted[0], locale), chance(sorted[sorted.length / 2], locale),
                    chance(sorted[sorted.length - 1], locale),
                    Arrays.stream(sorted).filter(value -> rounded(value).equals(rounded(sorted[0]))).count(),
                    chance((double) facts.spec().size() / facts.spec().pool().size(), locale)));

            pdf.heading(messages.get("lot.report.quotas"));
            List<String> ids = facts.spec().pool().stream().map(tafel.sortition.Respondent::id).toList();
            int[] panel = facts.panel().stream().mapToInt(ids::indexOf).filter(index -> index >= 0).toArray();
            List<List<String>> rows = new ArrayList<>();
            Map<String, List<Integer>> byFeature = new LinkedHashMap<>();
            for (int q = 0; q < facts.spec().quotas().size(); q++) {
                Quota quota = facts.spec().quotas().get(q);
                byFeature.computeIfAbsent(quota.feature(), none -> new ArrayList<>()).add(q);
                rows.add(List.of(quota.feature(), quota.value(), quota.min() + "–" + quota.max(), String.valueOf(seated(facts, panel, quota)),
                        String.valueOf(facts.spec().pool().stream().filter(quota::holdsFor).count())));
            }
            pdf.table(List.of(messages.get("lot.col.feature"), messages.get("lot.col.value"), messages.get("lot.report.quota"),
                    messages.get("lot.col.panel"), messages.get("lot.col.respondents")), new float[] {0.25f, 0.25f, 0.16f, 0.16f, 0.18f},
                    new boolean[] {false, false, true, true, true}, rows);
            for (Map.Entry<String, List<Integer>> feature : byFeature.entrySet()) {
                List<String> labels = new ArrayList<>();
                List<List<Double>> values = new ArrayList<>();
                for (int q : feature.getValue()) {
                    Quota quota = facts.spec().quotas().get(q);
                    labels.add(quota.value());
                    double respondents = (double) facts.spec().pool().stream().filter(quota::holdsFor).count() / facts.spec().pool().size();
                    double middle = (quota.min() + quota.max()) / 2.0 / facts.spec().size();
                    values.add(List.of(respondents, Math.min(1, middle), (double) seated(facts, panel, quota) / facts.spec().size()));
                }
                // a chart is not split over two pages: caption, legend and three bars per value
                pdf.ensure(44 + labels.size() * 30);
                pdf.groupedBarChart(messages.get("lot.report.chart", feature.getKey()), List.of(messages.get("lot.col.respondents"),
                        messages.get("lot.report.quotaMiddle"), messages.get("lot.col.panel")), labels, values, 7);
            }

            pdf.heading(messages.get("lot.report.members"));
            pdf.text(String.join(", ", facts.panel()));
            pdf.subheading(messages.get("lot.reservesCalled"));
            pdf.text(facts.reservesLeft().isEmpty() ? "–" : String.join(", ", facts.reservesLeft()));
            pdf.subheading(messages.get("lot.report.replacements"));
            if (facts.replacements().isEmpty()) {
                pdf.text(messages.get("lot.report.noReplacements"));
            } else {
                facts.replacements().forEach(pdf::text);
            }
            return pdf.finish(messages.get("report.page"));
        }
    }

    private static long seated(Facts facts, int[] panel, Quota quota) {
        return Arrays.stream(panel).filter(person -> quota.holdsFor(facts.spec().pool().get(person))).count();
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private static String chance(double value, java.util.Locale locale) {
        return Decimals.display(rounded(value), locale);
    }
}
