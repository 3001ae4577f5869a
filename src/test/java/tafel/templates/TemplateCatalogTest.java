package tafel.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Drafts;
import tafel.io.LoadedDraaiboek;

class TemplateCatalogTest {

    static List<String> names() {
        return TemplateCatalog.NAMES;
    }

    @Test
    void theCatalogueListsExactlyTheFilesInTemplates() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            assertThat(files.map(path -> path.getFileName().toString().replace(".yaml", "")))
                    .containsExactlyInAnyOrderElementsOf(TemplateCatalog.NAMES);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyTemplateIsBundledIdenticalAndValidWithoutWarnings(String name) throws Exception {
        assertThat(TemplateCatalog.text(name)).isEqualTo(Files.readString(Path.of("templates", name + ".yaml")));
        LoadedDraaiboek loaded = Drafts.load(TemplateCatalog.text(name));
        assertThat(loaded.findings()).isEmpty();
        Draaiboek draaiboek = loaded.draaiboek().orElseThrow();
        assertThat(draaiboek.audience()).isNotBlank();
        assertThat(draaiboek.goal()).isNotBlank();
        assertThat(draaiboek.preparation()).isNotBlank();
    }

    /** The seed's timetables, block by block: code (or "-" for an uncoded pause), minutes, title. */
    private static List<String> timetable(String name) {
        Draaiboek draaiboek = Drafts.valid(TemplateCatalog.text(name));
        return draaiboek.allBlocks().stream()
                .map(block -> (block.hasCode() ? block.code() : "-") + " " + draaiboek.minutesOf(block) + " " + block.title())
                .toList();
    }

    @Test
    void leersessieAmbtenarenFollowsTheSeed() {
        assertThat(timetable("leersessie-ambtenaren")).containsExactly(
                "A 5 Inleiding + toelichting op programma",
                "B 15 Check-in",
                "C 10 Vaststellen van regie (aan de hand van proces)",
                "D 20 Inventarisatie van expertise",
                "- 10 Pauze",
                "E 30 Communicatie en samenwerking",
                "F 20 Inzichten (voor betreffende stadsdeel en andere stadsdelen)",
                "G 5 Afsluiting");
    }

    @Test
    void leersessieBewonersFollowsTheSeed() {
        assertThat(timetable("leersessie-bewoners")).containsExactly(
                "A 5 Inleiding + toelichting op programma",
                "B 15 One word",
                "C 30 Activiteiten in de buurt",
                "C.1 10 Succesfactoren",
                "C.2 10 Proces in kaart brengen",
                "C.3 10 Rollen en verantwoordelijkheden",
                "- 10 Pauze",
                "D 60 Impact tonen",
                "D.1 30 Impact per activiteit",
                "D.2 20 Plenaire terugkoppeling",
                "D.3 10 Betrekken van buurt",
                "E 5 Afsluiting");
    }

    @Test
    void leersessieBewonersAmbtenarenFollowsTheSeedAndAddsTheClosing() {
        assertThat(timetable("leersessie-bewoners-ambtenaren")).containsExactly(
                "A 5 Inleiding + toelichting op programma",
                "B 10 1-op-1-gesprek tussen 1 buurtproject en 1 ambtenaar",
                "C 40 Rondetafelgesprekken",
                "C.1 5 Succes invullen",
                "C.2 10 Proces in kaart brengen",
                "C.3 15 Rollen en verantwoordelijkheden in kaart brengen",
                "C.4 5 Uitdagingen in de samenwerking / interactie",
                "C.5 5 Het dreamteam!",
                "D 3 Pauze",
                "E 5 Afsluiting");
    }

    @Test
    void seedInstructionsAreKept() {
        Draaiboek draaiboek = Drafts.valid(TemplateCatalog.text("leersessie-ambtenaren"));
        Block checkIn = draaiboek.block("B").orElseThrow();
        assertThat(draaiboek.instructionsOf(checkIn))
                .startsWith("Vraag aan de deelnemers om hun gevoel ten aanzien van het huidige proces in één woord")
                .endsWith("We vragen deelnemers om een korte toelichting te geven op hun woord.");
    }
}
