package tafel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClosestMatchTest {

    private static final List<String> KEYS = List.of("title", "titel", "minutes", "minuten", "blocks", "blokken");

    @Test
    void suggestsTheKeyATypoWasMeantToBe() {
        assertThat(ClosestMatch.among("minuten2", KEYS)).contains("minuten");
        assertThat(ClosestMatch.among("mintues", KEYS)).contains("minutes");
        assertThat(ClosestMatch.among("Titel", KEYS)).contains("titel");
        assertThat(ClosestMatch.among("blok", KEYS)).contains("blocks");
    }

    @Test
    void suggestsNothingForAnUnrelatedWord() {
        assertThat(ClosestMatch.among("catering", KEYS)).isEmpty();
        assertThat(ClosestMatch.among("x", List.of())).isEmpty();
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(ClosestMatch.distance("mintues", "minutes")).isEqualTo(1);
        assertThat(ClosestMatch.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestMatch.distance("", "abc")).isEqualTo(3);
    }
}
