package tafel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersByValueLettersAsTheLanguageSortsThem() {
        List<String> names = new ArrayList<>(List.of("Deelnemer 10", "Deelnemer 2", "Ünver", "Anna", "Deelnemer 1", "12", "2", "Zoë",
                "deelnemer 3", "007", "7"));
        names.sort(new NaturalOrder(Locale.forLanguageTag("nl")));
        assertThat(names).containsExactly("2", "7", "007", "12", "Anna", "Deelnemer 1", "Deelnemer 2", "deelnemer 3", "Deelnemer 10",
                "Ünver", "Zoë");
    }

    @Test
    void aTotalOrderEvenForNamesTheCollatorCallsEqual() {
        NaturalOrder order = new NaturalOrder(Locale.ENGLISH);
        assertThat(order.compare("anna", "Anna")).isNotZero().isEqualTo(-order.compare("Anna", "anna"));
        assertThat(order.compare("Anna", "Anna")).isZero();
    }
}
