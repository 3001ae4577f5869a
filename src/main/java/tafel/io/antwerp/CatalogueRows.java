package tafel.io.antwerp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tafel.antwerp.Theme;
import tafel.antwerp.ThemeCatalogue;
import tafel.io.csv.CsvInput;

/** Reads a theme catalogue: {@code id,name[,description]} (Dutch headers work too). */
public final class CatalogueRows {

    private CatalogueRows() {
    }

    public record Read(ThemeCatalogue catalogue, int rejected) {
    }

    public static Read read(CsvInput table, List<CsvProblem> problems) {
        Rows rows = new Rows(table, problems);
        Optional<Integer> id = rows.required("id", "nr", "nummer", "code");
        Optional<Integer> name = rows.required("name", "naam", "thema", "theme", "titel", "title");
        Optional<Integer> description = rows.optional("description", "beschrijving", "omschrijving");
        List<Theme> themes = new ArrayList<>();
        if (id.isEmpty() || name.isEmpty()) {
            return new Read(new ThemeCatalogue(themes), table.rows().size());
        }
        Set<String> ids = new HashSet<>();
        // Two ids for one name would make a table's "Groen" mean either: the name picks the theme
        Map<String, String> idOfName = new HashMap<>();
        for (CsvInput.Row row : rows.rows()) {
            String themeId = row.cell(id.get());
            if (themeId.isEmpty()) {
                rows.reject(row, "csv.id.missing");
            } else if (!ids.add(themeId)) {
                rows.reject(row, "csv.id.duplicate", themeId);
            } else if (row.cell(name.get()).isEmpty()) {
                rows.reject(row, "csv.name.missing", themeId);
            } else if (idOfName.containsKey(ThemeCatalogue.normal(row.cell(name.get())))) {
                rows.reject(row, "csv.name.duplicate", row.cell(name.get()),
                        idOfName.get(ThemeCatalogue.normal(row.cell(name.get()))));
            } else {
                idOfName.put(ThemeCatalogue.normal(row.cell(name.get())), themeId);
                themes.add(new Theme(themeId, row.cell(name.get()), description.map(row::cell).orElse("")));
            }
        }
        return new Read(new ThemeCatalogue(themes), rows.rejected());
    }
}
