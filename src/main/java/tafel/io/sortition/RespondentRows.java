package tafel.io.sortition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tafel.io.antwerp.CsvProblem;
import tafel.io.csv.CsvInput;
import tafel.sortition.Quota;
import tafel.sortition.Respondent;
import tafel.text.Phrase;

/**
 * Reads the respondents (Dutch Excel friendly: {@code id;naam;adres;leeftijd;geslacht;wijkdeel;…}):
 * for every feature the quotas name, the column of that name, its values matched to the quotas'
 * values as people type them; an age (or a birth year, in {@code geboortejaar}) falls in the band
 * of the quotas that holds it ({@code 16-29}, {@code 65+}). Names are never read: the draw works
 * on ids.
 */
public final class RespondentRows {

    private static final Pattern BAND = Pattern.compile("\\s*(\\d+)\\s*(?:-|–|tot|t/m)\\s*(\\d+)\\s*(?:jaar)?\\s*|\\s*(\\d+)\\s*\\+\\s*");
    private static final Set<String> AGE = Set.of("leeftijd", "age", "leeftijdsgroep", "leeftijdscategorie");

    private RespondentRows() {
    }

    public record Read(List<Respondent> respondents, int rejected) {
        public Read {
            respondents = List.copyOf(respondents);
        }
    }

    /**
     * @param household the column that says who lives together (the address), when one per household may sit
     * @param year      this year, to turn a birth year into an age
     */
    public static Read read(CsvInput table, List<Quota> quotas, Optional<String> household, int year,
                            List<CsvProblem> problems) {
        Optional<Integer> id = Headers.required(table, problems, "id", "nr", "nummer", "respondent", "code");
        Map<String, List<String>> values = new LinkedHashMap<>();
        quotas.forEach(quota -> values.computeIfAbsent(quota.feature(), none -> new ArrayList<>()).add(quota.value()));
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, Integer> birthYears = new LinkedHashMap<>();
        for (String feature : values.keySet()) {
            Optional<Integer> column = Headers.find(table, feature);
            Optional<Integer> born = column.isPresent() || !AGE.contains(Headers.normal(feature)) ? Optional.empty()
                    : Headers.find(table, "geboortejaar", "birth year", "geboren", "jaar van geboorte", "year of birth");
            if (column.isPresent()) {
                columns.put(feature, column.get());
            } else if (born.isPresent()) {
                birthYears.put(feature, born.get());
            } else {
                problems.add(new CsvProblem(table.name(), 1, Phrase.of("lot.column.feature", feature, table.foundColumns())));
            }
        }
        Optional<Integer> home = household.flatMap(name -> Headers.required(table, problems, name));
        if (id.isEmpty() || columns.size() + birthYears.size() < values.size() || household.isPresent() && home.isEmpty()) {
            return new Read(List.of(), 0);
        }
        List<Respondent> respondents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Map<String, Integer>> unmatched = new LinkedHashMap<>();
        int rejected = 0;
        for (CsvInput.Row row : table.rows()) {
            String identity = row.cell(id.get()).strip();
            if (identity.isEmpty() || !ids.add(identity)) {
                rejected++;
                problems.add(new CsvProblem(table.name(), row.line(), identity.isEmpty() ? Phrase.of("lot.id.missing")
                        : Phrase.of("lot.id.twice", identity)));
                continue;
            }
            Map<String, String> features = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> feature : values.entrySet()) {
                String written = columns.containsKey(feature.getKey()) ? row.cell(columns.get(feature.getKey())).strip()
                        : age(row.cell(birthYears.get(feature.getKey())), year);
                Optional<String> value = match(written, feature.getValue());
                if (value.isEmpty() && !written.isEmpty()) {
                    unmatched.computeIfAbsent(feature.getKey(), none -> new LinkedHashMap<>()).putIfAbsent(written, row.line());
                }
                features.put(feature.getKey(), value.orElse(written));
            }
            Optional<String> lives = home.map(column -> Headers.normal(row.cell(column)).replaceAll("[.,]", ""))
                    .filter(address -> !address.isEmpty());
            respondents.add(new Respondent(identity, features, lives));
        }
        // a value no quota names is said once per feature, with the closest quota value: a typo counts for nothing
        unmatched.forEach((feature, written) -> problems.add(new CsvProblem(table.name(), written.values().iterator().next(),
                Phrase.of("lot.value.unknown", feature, String.join(", ", written.keySet().stream().limit(5).toList()),
                        String.join(", ", values.get(feature))))));
        return new Read(respondents, rejected);
    }

    /** The quota value this cell means: the same text written another way, or the age band that holds a number. */
    static Optional<String> match(String written, List<String> quotaValues) {
        for (String value : quotaValues) {
            if (Headers.normal(value).equals(Headers.normal(written))) {
                return Optional.of(value);
            }
        }
        Optional<Integer> number = number(written);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        for (String value : quotaValues) {
            Matcher band = BAND.matcher(value);
            if (band.matches()) {
                int age = number.get();
                boolean within = band.group(3) != null ? age >= Integer.parseInt(band.group(3))
                        : age >= Integer.parseInt(band.group(1)) && age <= Integer.parseInt(band.group(2));
                if (within) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private static String age(String birthYear, int year) {
        return number(birthYear).filter(born -> born > 1880 && born <= year).map(born -> String.valueOf(year - born))
                .orElse(birthYear.strip());
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
