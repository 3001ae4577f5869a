package tafel.draaiboek;

import static org.assertj.core.api.Assertions.assertThat;
import static tafel.draaiboek.Drafts.keysAt;
import static tafel.draaiboek.Drafts.load;

import org.junit.jupiter.api.Test;

import tafel.io.LoadedDraaiboek;

class DraaiboekRulesTest {

    @Test
    void aWellFormedDraaiboekHasNoFindings() {
        LoadedDraaiboek loaded = load("""
                title: Avond
                methods:
                  - id: check-in
                    name: Check-in
                    minutes: 10
                blocks:
                  - code: A
                    title: Welkom
                    minutes: 5
                  - code: B
                    title: Check-in
                    method: check-in
                  - title: Pauze
                    minutes: 10
                    pause: true
                  - code: C
                    title: Gesprek
                    minutes: 20
                    blocks:
                      - {code: C.1, title: Een, minutes: 10}
                      - {code: C.2, title: Twee, minutes: 10}
                """);
        assertThat(loaded.findings()).isEmpty();
        Draaiboek draaiboek = loaded.draaiboek().orElseThrow();
        assertThat(draaiboek.minutesOf(draaiboek.blocks().get(1))).as("from the work form").isEqualTo(10);
        assertThat(draaiboek.totalMinutes()).isEqualTo(45);
    }

    @Test
    void missingTitleAndBlocksAreErrors() {
        assertThat(keysAt(load("goal: iets\n"))).containsExactly("rule.title.missing@1:1", "rule.blocks.missing@1:1");
    }

    @Test
    void zeroAndNegativeMinutesPointAtTheValue() {
        LoadedDraaiboek loaded = load("""
                title: Avond
                blocks:
                  - code: A
                    title: Nul
                    minutes: 0
                  - code: B
                    title: Negatief
                    minutes: -5
                """);
        assertThat(keysAt(loaded)).containsExactly("rule.minutes.notPositive@5:14", "rule.minutes.notPositive@8:14");
    }

    @Test
    void aBlockWithoutLengthOrSourceOfLengthIsAnError() {
        LoadedDraaiboek loaded = load("""
                title: Avond
                blocks:
                  - code: A
                    title: Welkom
                """);
        assertThat(keysAt(loaded)).containsExactly("rule.minutes.missing@3:5");
    }

    @Test
    void duplicateCodesNameTheFirstLine() {
        LoadedDraaiboek loaded = load("""
                title: Avond
                blocks:
                  - {code: A, title: Een, minutes: 5}
                  - {code: B, title: Twee, minutes: 5, blocks: [{code: A, title: Drie, minutes: 5}]}
                """);
        assertThat(keysAt(loaded)).containsExactly("rule.code.subOutOfSequence@4:56", "rule.code.duplicate@4:56");
        assertThat(loaded.findings().get(1).args()).containsExactly("A", 3);
    }

    @Test
    void subBlocksLongerThanTheParentAreAnErrorShorterAWarning() {
        LoadedDraaiboek loaded = load("""
                title: Avond
                blocks:
                  - code: A
                    title: Te lang
                    minutes: 10
                    blocks:
                      - {code: A.1, title: Een, minutes: 8}
                      - {code: A.2, title: Twee, minutes: 7}
                  - code: B
                    title: Te kort
                    minutes: 30
                    blocks:
                      - {code: B.1, title: Een, minutes: 10}
                """);
        assertThat(loaded.findings()).extracting(Finding::severity, Finding::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "rule.subblocks.tooLong"),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "rule.subblocks.tooShort"));
        assertThat(loaded.findings().get(0).args()).containsExactly("A", 15, 10);
        assertThat(loaded.findings().get(0).hintArgs()).containsExactly(5);
    }

    @Test
    void anUnknownWorkFormSuggestsTheClosestDefinedOne() {
        LoadedDraaiboek loaded = load("""
                title: Avond
                werkvormen:
                  - {id: one-word, naam: One word, minuten: 5}
                blokken:
                  - {code: A, titel: Check-in, werkvorm: one-wrod}
                """);
        assertThat(keysAt(loaded)).containsExactly("rule.workform.unknown@5:42");
        assertThat(loaded.findings().get(0).hintKey()).isEqualTo("hint.didYouMean");
        assertThat(loaded.findings().get(0).hintArgs()).containsExactly("one-word");
    }

    @Test
    void codesOutOfSequenceAreWarningsNotErrors() {
        LoadedDraaiboek loaded = load("""
                title: Avond
                blocks:
                  - {code: A, title: Een, minutes: 5}
                  - {code: B, title: Twee, minutes: 5}
                  - {title: Pauze, minutes: 5, pause: true}
                  - {code: D, title: Vier, minutes: 5}
                  - code: F
                    title: Afsluiting
                    minutes: 5
                    blocks:
                      - {code: F.1, title: Een, minutes: 2}
                      - {code: F.3, title: Drie, minutes: 3}
                """);
        assertThat(keysAt(loaded)).containsExactly(
                "rule.code.outOfSequence@6:12", "rule.code.outOfSequence@7:11", "rule.code.subOutOfSequence@12:16");
        assertThat(loaded.hasErrors()).isFalse();
        assertThat(loaded.findings().get(0).args()).containsExactly("D", "C");
        assertThat(loaded.findings().get(1).args()).containsExactly("F", "E");
    }

    @Test
    void onlyPausesMayGoWithoutACode() {
        LoadedDraaiboek loaded = load("""
                title: Avond
                blocks:
                  - {title: Pauze, minutes: 5, pause: true}
                  - {title: Gesprek, minutes: 5}
                """);
        assertThat(keysAt(loaded)).containsExactly("rule.code.missing@4:5");
    }

    @Test
    void duplicateWorkFormAndParticipantIdsAreErrors() {
        LoadedDraaiboek loaded = load("""
                title: Avond
                methods:
                  - {id: a, minutes: 5}
                  - {id: a, minutes: 0}
                participants:
                  - {id: p1, name: Zoë}
                  - {id: p1, name: Şahin}
                  - {id: p2}
                blocks:
                  - {code: A, title: Een, minutes: 5}
                """);
        assertThat(keysAt(loaded)).containsExactly("rule.workform.id.duplicate@4:10",
                "rule.minutes.notPositive@4:22", "rule.participant.id.duplicate@7:10",
                "rule.participant.name.missing@8:5");
    }

    @Test
    void workFormsAndParticipantsNeedAnIdAndBlocksATitle() {
        LoadedDraaiboek loaded = load("""
                title: Avond
                methods:
                  - {name: Naamloos}
                participants:
                  - {name: Zoë}
                blocks:
                  - {code: A, minutes: 5}
                  - {code: B, title: Pauze, minutes: 5, pause: true}
                  - {code: C, minutes: 5, pause: true}
                """);
        assertThat(keysAt(loaded)).containsExactly("rule.workform.id.missing@3:5",
                "rule.participant.id.missing@5:5", "rule.blockTitle.missing@7:5");
    }
}
