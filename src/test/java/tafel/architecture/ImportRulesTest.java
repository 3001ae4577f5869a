package tafel.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers of docs/ARCHITECTURE.md, checked over the sources: every import and every written-out
 * name ({@code tafel.io.x.Y} inline counts too) of every file in {@code src/main/java}.
 */
class ImportRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/tafel");
    private static final Set<String> DOMAIN = Set.of("draaiboek", "session", "antwerp", "matching", "budgeting", "sortition",
            "text");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([a-zA-Z_][\\w.]*)", Pattern.MULTILINE);
    private static final Pattern TAFEL_NAME = Pattern.compile("\\btafel\\.([a-z]+)\\.");

    private record Source(String layer, Path file, Set<String> tafelLayers, Set<String> externals) {
    }

    private static List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String layer = SOURCES.relativize(file).getName(0).toString();
                String text = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                Set<String> tafel = new TreeSet<>();
                Set<String> external = new TreeSet<>();
                Matcher imports = IMPORT.matcher(text);
                while (imports.find()) {
                    String name = imports.group(1);
                    if (!name.startsWith("tafel.")) {
                        external.add(name.startsWith("java.") ? "java" : name.split("\\.")[0] + "." + name.split("\\.")[1]);
                    }
                }
                Matcher names = TAFEL_NAME.matcher(text.replaceFirst("(?m)^package [^;]+;", ""));
                while (names.find()) {
                    tafel.add(names.group(1));
                }
                tafel.remove(layer);
                sources.add(new Source(layer, file, tafel, external));
            }
        }
        return sources;
    }

    @Test
    void theDomainIsPureJavaAndOtherDomainPackagesOnly() throws IOException {
        for (Source source : sources()) {
            if (DOMAIN.contains(source.layer())) {
                // exact rationals are arithmetic, not I/O: Apache Commons Numbers is the one library the domain may use
                // drawing a panel by lot needs linear and integer programs: ojAlgo, computation only, in sortition
                assertThat(source.externals()).as(source.file() + " may use the JDK and exact arithmetic only")
                        .isSubsetOf(source.layer().equals("sortition") ? Set.of("java", "org.apache", "org.ojalgo")
                                : Set.of("java", "org.apache"));
                assertThat(Files.readString(source.file())).as(source.file() + " may use no Apache library but Numbers")
                        .doesNotContainPattern("import org\\.apache\\.(?!commons\\.numbers\\.)");
                assertThat(DOMAIN).as(source.file() + " may use domain packages only").containsAll(source.tafelLayers());
            }
        }
    }

    @Test
    void onlyTheCommandsKnowTheCommandLine() throws IOException {
        for (Source source : sources()) {
            if (!source.layer().equals("cli")) {
                assertThat(source.tafelLayers()).as(source.file() + " must not use cli").doesNotContain("cli");
                assertThat(source.externals()).as(source.file() + " must not use picocli").doesNotContain("picocli.CommandLine");
            }
        }
    }

    @Test
    void adaptersDoNotReachSideways() throws IOException {
        Map<String, Set<String>> forbidden = Map.of(
                "io", Set.of("report", "terminal", "cli"),
                "app", Set.of("terminal", "presentation", "cli"),
                "presentation", Set.of("report", "terminal", "cli"),
                "web", Set.of("report", "terminal", "journal", "cli"),
                "journal", Set.of("io", "report", "terminal", "cli"),
                "report", Set.of("terminal", "journal", "cli"),
                "i18n", Set.of("io", "journal", "report", "terminal", "cli"),
                "templates", Set.of("io", "journal", "report", "terminal", "cli"));
        for (Source source : sources()) {
            Set<String> not = forbidden.getOrDefault(source.layer(), Set.of());
            if (!not.isEmpty()) {
                assertThat(source.tafelLayers()).as(source.file() + " must not use " + not).doesNotContainAnyElementsOf(not);
            }
        }
    }

    /** Formats and the journal belong to the adapters the use cases call; a command only prints what they return. */
    private static final Set<String> NOT_IN_COMMANDS = Set.of("com.fasterxml", "org.apache");
    private static final Pattern ADAPTER_IMPORT = Pattern.compile(
            "^import (tafel\\.(?:io\\.(?:csv|json|yaml|pabulib|files\\.AtomicFiles)|journal)\\b[\\w.]*);", Pattern.MULTILINE);
    /** The domain's computations; each has a use case in app that the commands and the web server share. */
    private static final Pattern DOMAIN_RULE = Pattern.compile(
            "\\b(Allocation\\.allocate|PairMatcher\\.match|TablePlanner\\.plan|SessionState\\.replay|ThemeTally\\.tally"
                    + "|BudgetCombination\\.combine|AntwerpOutcome\\.compute|EntryRules\\.\\w+|ProcessState\\.replay"
                    + "|ProjectScoring\\.score|SessionRules\\.decide|Agenda\\.of|BlockStatus\\.of)\\(");

    @Test
    void theCommandsTakeNoDecisionAndBuildNoFormat() throws IOException {
        for (Source source : sources()) {
            if (!source.layer().equals("cli")) {
                continue;
            }
            String text = Files.readString(source.file());
            assertThat(source.externals()).as(source.file() + " must not use Jackson or Commons CSV")
                    .doesNotContainAnyElementsOf(NOT_IN_COMMANDS);
            Matcher adapter = ADAPTER_IMPORT.matcher(text);
            assertThat(adapter.find()).as(source.file() + " uses " + (adapter.hitEnd() ? "" : adapter.group(1))
                    + " directly: go through a use case in app and a view in presentation").isFalse();
            Matcher rule = DOMAIN_RULE.matcher(text);
            assertThat(rule.find()).as(source.file() + " applies a domain rule itself: "
                    + (rule.hitEnd() ? "" : rule.group(1)) + " belongs in a use case in app").isFalse();
        }
    }

    /** The web server is the second front end: it too calls use cases and never applies a domain rule itself. */
    @Test
    void theWebServerTakesNoDecision() throws IOException {
        List<Source> web = sources().stream().filter(source -> source.layer().equals("web")).toList();
        assertThat(web).isNotEmpty();
        for (Source source : web) {
            Matcher rule = DOMAIN_RULE.matcher(Files.readString(source.file()));
            assertThat(rule.find()).as(source.file() + " applies a domain rule itself: "
                    + (rule.hitEnd() ? "" : rule.group(1)) + " belongs in a use case in app").isFalse();
        }
    }

    @Test
    void theRulesSeeWhatTheyCheck() throws IOException {
        // a rule over nothing cannot fail: make sure every layer was found and imports were read
        Set<String> layers = new TreeSet<>();
        sources().forEach(source -> layers.add(source.layer()));
        assertThat(layers).contains("app", "cli", "io", "journal", "report", "terminal", "draaiboek", "session", "antwerp",
                "matching", "budgeting");
        assertThat(sources().stream().filter(source -> source.layer().equals("cli"))
                .flatMap(source -> source.tafelLayers().stream())).contains("io", "antwerp");
    }
}
