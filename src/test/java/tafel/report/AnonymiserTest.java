package tafel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnonymiserTest {

    private static final List<Anonymiser.Named> PEOPLE = List.of(new Anonymiser.Named("b01", "Zoë van den Berg"),
            new Anonymiser.Named("b02", "Sanne Jansen"), new Anonymiser.Named("a01", "Kees Jansen"),
            new Anonymiser.Named("a02", "Liam D'Souza"));

    @Test
    void aPseudonymComesFromTheIdSoEveryDocumentGivesTheSame() {
        Anonymiser all = Anonymiser.of(PEOPLE, "Deelnemer");
        Anonymiser cards = Anonymiser.of(List.of(PEOPLE.get(2), PEOPLE.get(0)), "Deelnemer");
        assertThat(all.name("Zoë van den Berg")).matches("Deelnemer [A-Z2-9]{3}").isEqualTo(cards.name("Zoë van den Berg"));
        assertThat(all.name("Kees Jansen")).isEqualTo(cards.name("Kees Jansen")).isNotEqualTo(all.name("Zoë van den Berg"));
    }

    @Test
    void namesAreFoundWholeOrInPartInAnyCaseWithOrWithoutAccents() {
        Anonymiser anonymiser = Anonymiser.of(PEOPLE, "Deelnemer");
        String zoe = anonymiser.name("Zoë van den Berg");
        String sanne = anonymiser.name("Sanne Jansen");
        String liam = anonymiser.name("Liam D'Souza");
        assertThat(anonymiser.text("ZOE VAN DEN BERG en zoe, berg's idee; sanne belt d'souza"))
                .isEqualTo(zoe + " en " + zoe + ", " + zoe + "'s idee; " + sanne + " belt " + liam);
        // a surname two people share names neither of them; a particle alone is an ordinary word
        assertThat(anonymiser.text("Jansen komt van de markt")).isEqualTo("Deelnemer komt van de markt");
        assertThat(Anonymiser.off().text("Zoë")).isEqualTo("Zoë");
    }
}
