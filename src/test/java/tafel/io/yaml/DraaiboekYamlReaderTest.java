package tafel.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Finding;
import tafel.draaiboek.GroupSize;
import tafel.draaiboek.ParticipantsSource;

class DraaiboekYamlReaderTest {

    private static List<String> keysAt(ReadResult result) {
        return result.findings().stream()
                .map(finding -> finding.messageKey() + "@" + finding.position().line() + ":" + finding.position().column())
                .toList();
    }

    @Test
    void readsEnglishKeys() {
        ReadResult result = DraaiboekYamlReader.read("""
                title: Evening
                audience: Residents
                goal: Decide
                preparation: Print cards
                date: 2026-11-24
                start: 19:30
                location: Buurthuis De Klok
                facilitators: [Anna, Bram]
                materials: post-its
                methods:
                  - id: talk
                    name: Round-table talk
                    description: Talk at tables
                    instructions: Everyone speaks
                    minutes: 20
                    group_size: 4-6
                participants: people.csv
                blocks:
                  - code: A
                    title: Welcome
                    minutes: 5
                    method: talk
                    description: Intro
                    instructions: Say hello
                    questions: ["What went well?"]
                    matches: matches.csv
                    tables: tables.csv
                """);
        assertThat(result.findings()).isEmpty();
        Draaiboek draaiboek = result.draaiboek().orElseThrow();
        assertThat(draaiboek.title()).isEqualTo("Evening");
        assertThat(draaiboek.date()).contains(LocalDate.of(2026, 11, 24));
        assertThat(draaiboek.start()).as("not read as a YAML 1.1 sexagesimal number").contains(LocalTime.of(19, 30));
        assertThat(draaiboek.facilitators()).containsExactly("Anna", "Bram");
        assertThat(draaiboek.materials()).containsExactly("post-its");
        assertThat(draaiboek.workForms().get(0).groupSize()).contains(new GroupSize(4, 6));
        assertThat(draaiboek.participants()).get().isInstanceOf(ParticipantsSource.File.class);
        Block block = draaiboek.blocks().get(0);
        assertThat(block.minutes()).contains(5);
        assertThat(block.workFormId()).contains("talk");
        assertThat(block.questions()).containsExactly("What went well?");
        assertThat(block.matches()).contains("matches.csv");
        assertThat(block.tables()).contains("tables.csv");
    }

    @Test
    void readsDutchAliases() {
        ReadResult result = DraaiboekYamlReader.read("""
                titel: Avond
                doelgroep: Bewoners
                doel: Besluiten
                voorbereiding: Kaartjes
                datum: 24-11-2026
                werkvormen:
                  - {id: a, naam: A, instructie: doe iets, minuten: 5, groepsgrootte: 2}
                deelnemers:
                  - {id: b1, naam: Zoë Ünver, rol: bewoner, organisatie: Buurthuis, tags: [groen, spelen]}
                blokken:
                  - code: A
                    titel: Welkom
                    minuten: 5
                    werkvorm: a
                    instructie: Hallo
                    beschrijving: Begin
                    vragen: ["Wat ging goed?"]
                    tafels: t.csv
                  - {titel: Pauze, minuten: 10, pauze: ja}
                """);
        assertThat(result.findings()).isEmpty();
        Draaiboek draaiboek = result.draaiboek().orElseThrow();
        assertThat(draaiboek.audience()).isEqualTo("Bewoners");
        assertThat(draaiboek.date()).contains(LocalDate.of(2026, 11, 24));
        assertThat(draaiboek.blocks().get(1).pause()).isTrue();
        ParticipantsSource.Inline inline = (ParticipantsSource.Inline) draaiboek.participants().orElseThrow();
        assertThat(inline.participants().get(0).name()).isEqualTo("Zoë Ünver");
        assertThat(inline.participants().get(0).tags()).containsExactly("groen", "spelen");
    }

    @Test
    void unknownKeysAreReportedWithTheClosestKnownKey() {
        ReadResult result = DraaiboekYamlReader.read("""
                titl: Avond
                blocks:
                  - code: A
                    title: Welkom
                    minuten2: 5
                    catering: soep
                """);
        assertThat(keysAt(result)).containsExactly("yaml.key.unknown@1:1", "yaml.key.unknown@5:5", "yaml.key.unknown@6:5");
        assertThat(result.findings().get(0).hintArgs()).containsExactly("title");
        assertThat(result.findings().get(1).hintArgs()).containsExactly("minuten");
        assertThat(result.findings().get(2).hintKey()).as("no close key: list them").isEqualTo("yaml.key.unknown.hint");
    }

    @Test
    void wrongTypesPointAtTheValue() {
        ReadResult result = DraaiboekYamlReader.read("""
                title: [Avond]
                facilitators: {naam: Anna}
                blocks:
                  - code: A
                    title: Welkom
                    minutes: tien
                  - code: B
                    title: Twee
                    minutes: 2.5
                    pause: misschien
                  - just text
                """);
        assertThat(keysAt(result)).containsExactly("yaml.type.text@1:8", "yaml.type.textList@2:15",
                "yaml.type.wholeNumber@6:14", "yaml.type.wholeNumber@9:14", "yaml.type.flagValue@10:12",
                "yaml.type.mapping@11:5");
    }

    @Test
    void blocksMustBeAList() {
        ReadResult result = DraaiboekYamlReader.read("title: Avond\nblocks: A, B, C\n");
        assertThat(keysAt(result)).containsExactly("yaml.type.list@2:9");
    }

    @Test
    void aKeyGivenTwiceInEnglishAndDutchIsReported() {
        ReadResult result = DraaiboekYamlReader.read("title: Avond\ntitel: Avond 2\nblocks: []\n");
        assertThat(keysAt(result)).containsExactly("yaml.key.repeated@2:1");
        assertThat(result.findings().get(0).args()).containsExactly("titel", 1);
        assertThat(result.draaiboek().orElseThrow().title()).as("the first one counts").isEqualTo("Avond");
    }

    @Test
    void syntaxErrorsHaveTheirPosition() {
        ReadResult result = DraaiboekYamlReader.read("title: Avond\nblocks:\n  - code: A\n   title: B\n");
        assertThat(result.draaiboek()).isEmpty();
        assertThat(result.findings()).hasSize(1);
        Finding finding = result.findings().get(0);
        assertThat(finding.messageKey()).startsWith("yaml.syntax");
        assertThat(finding.position().line()).isEqualTo(4);
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItStarted() {
        ReadResult result = DraaiboekYamlReader.read("title: Avond\nblocks:\n  - code: A\n    title: \"Welkom\n");
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.messageKey()).isEqualTo("yaml.syntax.from");
            assertThat(finding.args().get(1)).isEqualTo(4);
        });
    }

    @Test
    void tabsGetAHintAboutIndentation() {
        ReadResult result = DraaiboekYamlReader.read("title: x\n\tblocks: []\n");
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.position().line()).isEqualTo(2);
            assertThat(finding.hintKey()).isEqualTo("yaml.syntax.tab.hint");
        });
    }

    @Test
    void emptyAndNonMappingDocumentsAreExplained() {
        assertThat(keysAt(DraaiboekYamlReader.read(""))).containsExactly("yaml.empty@1:1");
        assertThat(keysAt(DraaiboekYamlReader.read("# alleen commentaar\n"))).containsExactly("yaml.empty@1:1");
        assertThat(keysAt(DraaiboekYamlReader.read("- A\n- B\n"))).containsExactly("yaml.type.mapping@1:1");
    }

    @Test
    void invalidDateTimeAndGroupSizeAreReported() {
        ReadResult result = DraaiboekYamlReader.read("""
                title: Avond
                date: 31-02-2026
                start: half acht
                methods:
                  - {id: a, group_size: veel}
                blocks: []
                """);
        assertThat(keysAt(result)).containsExactly("yaml.date.invalid@2:7", "yaml.time.invalid@3:8",
                "yaml.type.groupSizeValue@5:25");
    }

    @Test
    void participantsMustBeAFileOrAList() {
        ReadResult result = DraaiboekYamlReader.read("title: Avond\nparticipants: {a: b}\nblocks: []\n");
        assertThat(keysAt(result)).containsExactly("yaml.participants.type@2:15");
    }
}
