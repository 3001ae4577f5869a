package tafel.app;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tafel.antwerp.Leftover;
import tafel.antwerp.Money;
import tafel.antwerp.RulePreset;
import tafel.antwerp.TableRoster;
import tafel.antwerp.Theme;
import tafel.antwerp.ThemeCatalogue;
import tafel.antwerp.TieRule;
import tafel.antwerp.WithinTheme;
import tafel.i18n.Messages;
import tafel.io.antwerp.CatalogueRows;
import tafel.io.antwerp.CsvProblem;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.antwerp.RosterRows;
import tafel.io.csv.Amounts;
import tafel.io.csv.CsvInput;
import tafel.io.csv.CsvOutput;
import tafel.io.files.AtomicFiles;
import tafel.io.files.IoFailure;

/**
 * Use case: start an Antwerp process in a new folder, with its rules (written out with their
 * documentation in the organiser's language, to be edited before the first evening) and a checked
 * copy of the theme catalogue.
 */
public final class StartProcess {

    /** The rules as the organiser gives them; amounts as people type them. */
    /**
     * @param preset    a known practice's spelregels, written over the defaults
     * @param givenKeys the keys of antwerpen.yaml the organiser set with an option (a preset may not contradict them)
     */
    public record Settings(String title, String budget, String unit, int themesPerTable, int top, int projectsPerTable,
                           BigDecimal onlineWeight, String smallProjectLimit, BigDecimal smallProjectFactor,
                           WithinTheme withinTheme, Leftover leftover, TieRule tieRule, long lotSeed,
                           Optional<Integer> tables, Optional<Path> roster, Optional<RulePreset> preset,
                           Set<String> givenKeys) {
        public Settings {
            givenKeys = Set.copyOf(givenKeys);
        }

        public Settings(String title, String budget, String unit, int themesPerTable, int top, int projectsPerTable,
                        BigDecimal onlineWeight, String smallProjectLimit, BigDecimal smallProjectFactor,
                        WithinTheme withinTheme, Leftover leftover, TieRule tieRule, long lotSeed,
                        Optional<Integer> tables, Optional<Path> roster) {
            this(title, budget, unit, themesPerTable, top, projectsPerTable, onlineWeight, smallProjectLimit,
                    smallProjectFactor, withinTheme, leftover, tieRule, lotSeed, tables, roster, Optional.empty(), Set.of());
        }
    }

    /** What was made: how many themes the catalogue has and the budget in cents. */
    public record Started(int themes, long budgetCents) {
    }

    private StartProcess() {
    }

    public static Started start(ProcessFolder folder, Optional<Path> catalogueFile, Settings settings, Messages messages,
                                Notices notices) {
        if (folder.exists()) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "antwerp.init.exists", folder.dir().toString());
        }
        long budgetCents = Amounts.cents(settings.budget()).filter(cents -> cents > 0)
                .orElseThrow(() -> TafelException.of(ExitCode.USAGE, "allocate.budget.invalid", settings.budget()));
        long unitCents = Amounts.cents(settings.unit()).filter(cents -> cents > 0)
                .orElseThrow(() -> TafelException.of(ExitCode.USAGE, "allocate.budget.invalid", settings.unit()));
        settings.tables().filter(count -> count < 1 || count > TableRoster.MAX_TABLES).ifPresent(count -> {
            throw TafelException.of(ExitCode.USAGE, "rules.tables", count, TableRoster.MAX_TABLES);
        });
        if (settings.tables().isPresent() && settings.roster().isPresent()) {
            throw TafelException.of(ExitCode.USAGE, "antwerp.init.tablesOrRoster");
        }
        if (budgetCents % unitCents != 0) {
            throw TafelException.of(ExitCode.USAGE, "rules.budget.unit");
        }
        if (settings.onlineWeight().signum() < 0 || settings.onlineWeight().compareTo(BigDecimal.ONE) > 0) {
            throw TafelException.of(ExitCode.USAGE, "rules.fraction", "--online-weight",
                    settings.onlineWeight().toPlainString());
        }
        settings.preset().ifPresent(preset -> preset.settings().keySet().stream().filter(settings.givenKeys()::contains)
                .findFirst().ifPresent(key -> {
                    throw TafelException.of(ExitCode.USAGE, "antwerp.init.presetContradicts", key, preset.configName(),
                            preset.settings().get(key));
                }));
        boolean direct = settings.preset().filter(RulePreset::direct).isPresent();
        if (catalogueFile.isEmpty() && !direct) {
            throw TafelException.of(ExitCode.USAGE, "antwerp.init.themesRequired");
        }
        CatalogueRows.Read catalogue = catalogueFile.map(file -> {
            CsvInput table = InputFiles.csv(file);
            List<CsvProblem> problems = new ArrayList<>();
            CatalogueRows.Read read = CatalogueRows.read(table, problems);
            notices.requireUsable(problems, table.rows().size(), read.rejected());
            return read;
        }).orElse(new CatalogueRows.Read(new ThemeCatalogue(List.of()), 0));
        if (!direct && catalogue.catalogue().themes().size() < settings.themesPerTable()) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.init.fewThemes", catalogue.catalogue().themes().size(),
                    settings.themesPerTable());
        }
        Optional<byte[]> roster = settings.roster().map(file -> roster(file, notices));
        StringWriter copy = new StringWriter();
        try (CsvOutput csv = CsvOutput.machine(copy, "id", "name", "description")) {
            for (Theme theme : catalogue.catalogue().themes()) {
                csv.row(theme.id(), theme.name(), theme.description());
            }
        }
        String rules = messages.get("antwerp.rules.yaml", settings.title().replace("\"", "\\\""), Money.plain(budgetCents),
                Money.plain(unitCents), settings.themesPerTable(), settings.top(), settings.tieRule().configName(),
                Long.toString(settings.lotSeed()), settings.projectsPerTable(), settings.onlineWeight().toPlainString(),
                settings.smallProjectLimit() == null ? "" : settings.smallProjectLimit(),
                settings.smallProjectFactor().toPlainString(), settings.withinTheme().name().toLowerCase(Locale.ROOT),
                settings.leftover().name().toLowerCase(Locale.ROOT))
                + settings.tables().map(count -> messages.get("antwerp.rules.tables", count))
                        .orElse(messages.get("antwerp.rules.noTables"));
        if (settings.preset().isPresent()) {
            rules = withPreset(rules, settings.preset().get(), messages);
        }
        try {
            folder.create(rules, copy.toString().getBytes(StandardCharsets.UTF_8));
            if (roster.isPresent()) {
                AtomicFiles.write(folder.file(ProcessFolder.ROSTER), roster.get());
            }
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.dir().toString(), IoFailure.reason(failed))
                    .causedBy(failed);
        }
        return new Started(catalogue.catalogue().themes().size(), budgetCents);
    }

    /**
     * The rules text with a preset's values in place of the defaults (a commented-out key is
     * switched on), and at the top where they come from and what of the practice tafel does not do.
     */
    static String withPreset(String rules, RulePreset preset, Messages messages) {
        String text = rules;
        for (Map.Entry<String, String> setting : preset.settings().entrySet()) {
            Pattern line = Pattern.compile("(?m)^#? ?" + Pattern.quote(setting.getKey()) + ":.*$");
            String replacement = Matcher.quoteReplacement(setting.getKey() + ": " + setting.getValue());
            Matcher found = line.matcher(text);
            text = found.find() ? found.replaceFirst(replacement) : text + setting.getKey() + ": " + setting.getValue() + "\n";
        }
        String header = messages.get("antwerp.rules.preset", preset.configName(), preset.source(),
                messages.get("preset." + preset.configName()));
        int afterTitle = text.indexOf('\n', text.indexOf("\ntitle:") + 1) + 1;
        return text.substring(0, afterTitle) + header + text.substring(afterTitle);
    }

    /** The roster checked row by row (every problem told, exit 65 for a rejected row) and written out plainly. */
    private static byte[] roster(Path file, Notices notices) {
        CsvInput table = InputFiles.csv(file);
        List<CsvProblem> problems = new ArrayList<>();
        RosterRows.Read read = RosterRows.read(table, problems);
        notices.requireUsable(problems, table.rows().size(), read.rejected());
        if (read.roster().entries().isEmpty()) {
            throw TafelException.of(ExitCode.BAD_DATA, "antwerp.init.rosterEmpty", file.toString());
        }
        StringWriter copy = new StringWriter();
        try (CsvOutput csv = CsvOutput.machine(copy, "table", "host", "people")) {
            read.roster().entries().forEach(entry -> csv.row(entry.label(), entry.host(),
                    entry.people() == 0 ? "" : Integer.toString(entry.people())));
        }
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }
}
