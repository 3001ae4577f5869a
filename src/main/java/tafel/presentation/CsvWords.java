package tafel.presentation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.UnaryOperator;

import tafel.i18n.Messages;

/**
 * How an exported table speaks: for programs, the fixed English column names, "yes"/"no" and ISO
 * times with their offset; for a person opening it in Excel ({@code --excel}), column names and
 * yes/no in the reader's language and times as "2026-11-24 19:42:00", which Excel reads as a date.
 */
public record CsvWords(boolean excel, UnaryOperator<String> words, UnaryOperator<String> tags) {

    private static final DateTimeFormatter EXCEL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static CsvWords machine() {
        return new CsvWords(false, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** Column names and yes/no as {@code csv.word.NAME} in the bundle say (English names stay where it has none). */
    public static CsvWords excel(Messages messages) {
        return new CsvWords(true, name -> messages.getOr("csv.word." + name, name), messages::tag);
    }

    public static CsvWords of(boolean excel, Messages messages) {
        return excel ? excel(messages) : machine();
    }

    public String[] header(String... names) {
        String[] header = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            header[i] = words.apply(names[i]);
        }
        return header;
    }

    public String yesNo(boolean yes) {
        return words.apply(yes ? "yes" : "no");
    }

    /** A note's tag ("action" is stored; "actie" is shown to a Dutch reader in Excel). */
    public String tag(String tag) {
        return tags.apply(tag);
    }

    public String word(String value) {
        return words.apply(value);
    }

    public String time(OffsetDateTime at) {
        return excel ? EXCEL_TIME.format(at) : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    public String time(Optional<OffsetDateTime> at) {
        return at.map(this::time).orElse("");
    }
}
