package tafel.io.sortition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.sortition.Quota;
import tafel.text.Phrase;

/**
 * Reads a quota file: {@code kenmerk;waarde;min;max} (or feature;value;min;max), one row per value
 * of a feature, e.g. {@code leeftijd;16-29;2;4}. Every row that cannot be used is told with its line.
 */
public final class QuotaRows {

    private QuotaRows() {
    }

    public record Read(List<Quota> quotas, int rejected) {
        public Read {
            quotas = List.copyOf(quotas);
        }
    }

    public static Read read(CsvInput table, List<CsvProblem> problems) {
        Optional<Integer> feature = Headers.required(table, problems, "kenmerk", "feature", "categorie", "category", "eigenschap");
        Optional<Integer> value = Headers.required(table, problems, "waarde", "value", "groep", "group");
        Optional<Integer> min = Headers.required(table, problems, "min", "minimum", "ten minste", "minstens");
        Optional<Integer> max = Headers.required(table, problems, "max", "maximum", "ten hoogste", "hoogstens");
        if (feature.isEmpty() || value.isEmpty() || min.isEmpty() || max.isEmpty()) {
            return new Read(List.of(), 0);
        }
        List<Quota> quotas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int rejected = 0;
        for (CsvInput.Row row : table.rows()) {
            String name = row.cell(feature.get()).strip();
            String written = row.cell(value.get()).strip();
            Optional<Integer> least = count(row.cell(min.get()));
            Optional<Integer> most = count(row.cell(max.get()));
            Phrase problem = null;
            if (name.isEmpty() || written.isEmpty()) {
                problem = Phrase.of("lot.quota.empty");
            } else if (least.isEmpty() || most.isEmpty()) {
                problem = Phrase.of("lot.quota.number", row.cell(min.get()).strip(), row.cell(max.get()).strip());
            } else if (least.get() > most.get()) {
                problem = Phrase.of("lot.quota.order", name, written, least.get(), most.get());
            } else if (!seen.add(Headers.normal(name) + "\u0000" + Headers.normal(written))) {
                problem = Phrase.of("lot.quota.twice", name, written);
            }
            if (problem != null) {
                rejected++;
                problems.add(new CsvProblem(table.name(), row.line(), problem));
                continue;
            }
            quotas.add(new Quota(name, written, least.get(), most.get()));
        }
        return new Read(quotas, rejected);
    }

    private static Optional<Integer> count(String cell) {
        try {
            int value = Integer.parseInt(cell.strip());
            return value >= 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notACount) {
            return Optional.empty();
        }
    }
}
