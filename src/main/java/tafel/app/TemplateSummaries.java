package tafel.app;

import java.util.List;
import java.util.Optional;

import tafel.draaiboek.Draaiboek;
import tafel.io.DraaiboekLoader;
import tafel.io.DraaiboekSource;
import tafel.templates.TemplateCatalog;

/** Use case: the built-in draaiboeken, each with its title, length and number of blocks. */
public final class TemplateSummaries {

    public record Summary(String name, String title, int minutes, int blocks) {
    }

    private TemplateSummaries() {
    }

    public static List<Summary> all() {
        return TemplateCatalog.NAMES.stream().map(TemplateSummaries::summarise).toList();
    }

    private static Summary summarise(String name) {
        DraaiboekSource source = new DraaiboekSource(name, TemplateCatalog.text(name), Optional.empty(), false);
        Draaiboek draaiboek = DraaiboekLoader.load(source).draaiboek()
                .orElseThrow(() -> new IllegalStateException("built-in template does not parse: " + name));
        return new Summary(name, draaiboek.title(), draaiboek.totalMinutes(), draaiboek.blocks().size());
    }
}
