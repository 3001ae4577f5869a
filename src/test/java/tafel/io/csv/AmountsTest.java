package tafel.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void readsAmountsAsDutchAndEnglishSpreadsheetsWriteThem() {
        assertThat(Amounts.cents("€ 25.000")).contains(2_500_000L);
        assertThat(Amounts.cents("25.000,00")).contains(2_500_000L);
        assertThat(Amounts.cents("25000")).contains(2_500_000L);
        assertThat(Amounts.cents("25,000.50")).contains(2_500_050L);
        assertThat(Amounts.cents("1.250,5")).contains(125_050L);
        assertThat(Amounts.cents("12,50")).contains(1_250L);
        assertThat(Amounts.cents("1.100.000")).contains(110_000_000L);
        assertThat(Amounts.cents("€\u00a01.000 ")).contains(100_000L);
        assertThat(Amounts.cents("veel")).isEmpty();
        assertThat(Amounts.cents("")).isEmpty();
        assertThat(Amounts.cents("1,234")).contains(123_400L);
        assertThat(Amounts.cents("1 250")).contains(125_000L);
        assertThat(Amounts.cents("25000 EUR")).contains(2_500_000L);
        assertThat(Amounts.cents("0,50")).contains(50L);
    }

    @Test
    void formsThatCanOnlyBeGuessedAreNotAmounts() {
        assertThat(Amounts.cents("1.234.56")).isEmpty();
        assertThat(Amounts.cents("12,34,56")).isEmpty();
        assertThat(Amounts.cents("0,001")).isEmpty();
        assertThat(Amounts.cents("1.234,567")).isEmpty();
        assertThat(Amounts.cents("1,234,5")).isEmpty();
        assertThat(Amounts.cents("1.23,45")).isEmpty();
        assertThat(Amounts.cents("1.234.567,00.5")).isEmpty();
        assertThat(Amounts.cents(".5")).isEmpty();
        assertThat(Amounts.cents("25.")).isEmpty();
        assertThat(Amounts.cents("1 2 3")).isEmpty();
        assertThat(Amounts.cents("99999999999999999")).isEmpty();
        assertThat(Amounts.cents("01.000")).isEmpty();
    }

    @Test
    void detectsTheDelimiterAndKeepsLineNumbers() {
        CsvInput table = CsvInput.parse("t.csv", "a;b;c\n1;\"x;y\";3\n\n4;5;6\n", false);
        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.rows()).extracting(CsvInput.Row::line).containsExactly(2, 4);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("x;y");
        assertThat(CsvInput.parse("t.csv", "a,b\n1,2\n", false).delimiter()).isEqualTo(',');
        assertThat(CsvInput.parse("t.csv", "a\tb\n1\t2\n", false).delimiter()).isEqualTo('\t');
    }

    @Test
    void neutralisesFormulasButNotNumbers() {
        assertThat(CsvOutput.neutralise("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvOutput.neutralise("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(CsvOutput.neutralise("@user")).isEqualTo("'@user");
        assertThat(CsvOutput.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvOutput.neutralise("-2")).isEqualTo("-2");
        assertThat(CsvOutput.neutralise("-1.5")).isEqualTo("-1.5");
        assertThat(CsvOutput.neutralise("- note")).isEqualTo("'- note");
        assertThat(CsvOutput.neutralise("Zoë")).isEqualTo("Zoë");
    }
}
