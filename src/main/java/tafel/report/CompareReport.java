package tafel.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import tafel.antwerp.Money;
import tafel.i18n.Messages;

/**
 * {@code projects compare --pdf}: one A4 page a council member can read in a minute — what each rule
 * funds, at what cost, how many voters see a project of theirs funded, and charts of who gets the
 * money (per category, per group of voters) next to their share of the votes. The charts are sized
 * to the page; a chart with more rows than fit shows the largest rows and says how many are left out.
 */
public final class CompareReport {

    /** Below this bar height (points) a chart is no longer readable: rows are left out instead. */
    private static final float THINNEST_BAR = 4;
    private static final float THICKEST_BAR = 7;
    /** A chart's caption (two lines when it says rows are left out), legend and space around it. */
    private static final float CHART_OVERHEAD = 56;
    /** The line under the charts that says where the projects are listed. */
    private static final float LAST_LINE = 18;
    private static final float ROW_GAP = 5;

    /** One rule's outcome, its name already in the reader's words. */
    public record Rule(String name, int projects, long cost, OptionalDouble satisfied) {
    }

    /** @param values per row, a share between 0 and 1 per series */
    public record Chart(String caption, List<String> series, List<String> labels, List<List<Double>> values) {
        public Chart {
            series = List.copyOf(series);
            labels = List.copyOf(labels);
            values = List.copyOf(values);
        }

        int rows() {
            return labels.size();
        }

        Chart first(int rows, String caption) {
            return new Chart(caption, series, labels.subList(0, rows), values.subList(0, rows));
        }
    }

    private CompareReport() {
    }

    /** A project: its name, cost and votes as written, and per rule whether it funds it. */
    public record Project(String name, String cost, String votes, List<Boolean> funded) {
        public Project {
            funded = List.copyOf(funded);
        }
    }

    /**
     * @param facts    the line under the title: the file, its budget, its voters
     * @param projects listed under the charts when the page has room for all of them (else a line says where they are)
     */
    public static byte[] render(String title, String facts, List<Rule> rules, List<Chart> charts, List<Project> projects,
                                Messages messages, OffsetDateTime madeAt) {
        var locale = messages.locale();
        try (Pdf pdf = new Pdf(title, messages.locale())) {
            pdf.footer(title + " · " + messages.get("report.madeWith", madeAt.toLocalDate().toString()));
            pdf.newPage();
            pdf.small(messages.get("compare.pdf.kind"));
            pdf.headingAt(1, title, 17, 21);
            pdf.small(facts);
            pdf.space(8);
            List<List<String>> rows = new ArrayList<>();
            for (Rule rule : rules) {
                rows.add(List.of(rule.name(), Integer.toString(rule.projects()), Money.display(rule.cost(), locale),
                        rule.satisfied().isPresent() ? Math.round(rule.satisfied().getAsDouble() * 100) + "%" : "–"));
            }
            pdf.table(List.of(messages.get("compare.pdf.rule"), messages.get("compare.pdf.projects"),
                    messages.get("compare.pdf.cost"), messages.get("compare.pdf.satisfied")),
                    new float[] {0.3f, 0.12f, 0.18f, 0.4f}, new boolean[] {false, true, true, true}, rows);
            pdf.small(messages.get("compare.pdf.explain"));
            float space = pdf.y() - Pdf.MARGIN - 24 - LAST_LINE;
            List<Chart> fitted = fit(charts, space, messages);
            float bar = barHeight(fitted, space);
            for (Chart chart : fitted) {
                pdf.groupedBarChart(chart.caption(), chart.series(), chart.labels(), chart.values(), bar);
            }
            projects(pdf, rules, projects, messages);
            return pdf.finish(null);
        }
    }

    private static void projects(Pdf pdf, List<Rule> rules, List<Project> projects, Messages messages) {
        float rowHeight = 13;
        if (pdf.y() - Pdf.MARGIN - 24 < (projects.size() + 3) * rowHeight + 20) {
            pdf.small(messages.get("compare.pdf.projectsElsewhere"));
            return;
        }
        pdf.subheading(messages.get("compare.pdf.projectsHeading"));
        List<String> headers = new ArrayList<>(List.of(messages.get("compare.pdf.project"), messages.get("compare.pdf.cost"),
                messages.get("compare.col.votes")));
        rules.forEach(rule -> headers.add(rule.name()));
        float ruleWidth = 0.36f / rules.size();
        float[] widths = new float[headers.size()];
        boolean[] right = new boolean[headers.size()];
        widths[0] = 0.42f;
        widths[1] = 0.12f;
        widths[2] = 0.1f;
        right[1] = true;
        right[2] = true;
        for (int i = 3; i < widths.length; i++) {
            widths[i] = ruleWidth;
            right[i] = true;
        }
        List<List<String>> rows = new ArrayList<>();
        String yes = messages.get("alloc.funded.yes");
        for (Project project : projects) {
            List<String> row = new ArrayList<>(List.of(project.name(), project.cost(), project.votes()));
            project.funded().forEach(funded -> row.add(funded ? yes : ""));
            rows.add(row);
        }
        pdf.table(headers, widths, right, rows);
    }

    /** The bar height at which all charts fill the space, at most {@link #THICKEST_BAR}. */
    private static float barHeight(List<Chart> charts, float space) {
        float bars = 0;
        float fixed = 0;
        for (Chart chart : charts) {
            int series = chart.series().size();
            bars += chart.rows() * series;
            fixed += CHART_OVERHEAD + chart.rows() * (ROW_GAP + series - 1);
        }
        return bars == 0 ? THICKEST_BAR : Math.min(THICKEST_BAR, (space - fixed) / bars);
    }

    /** Takes rows off the longest chart until every bar can be at least {@link #THINNEST_BAR} high. */
    private static List<Chart> fit(List<Chart> charts, float space, Messages messages) {
        List<Chart> fitted = new ArrayList<>(charts);
        while (barHeight(fitted, space) < THINNEST_BAR) {
            int longest = 0;
            for (int i = 1; i < fitted.size(); i++) {
                if (fitted.get(i).rows() > fitted.get(longest).rows()) {
                    longest = i;
                }
            }
            Chart chart = fitted.get(longest);
            Chart original = charts.get(longest);
            if (chart.rows() <= 1) {
                fitted.remove(longest);
                charts = new ArrayList<>(charts);
                charts.remove(longest);
                continue;
            }
            fitted.set(longest, original.first(chart.rows() - 1, original.caption() + " "
                    + messages.get("compare.pdf.leftOut", original.rows() - chart.rows() + 1, original.rows())));
        }
        return fitted;
    }
}
