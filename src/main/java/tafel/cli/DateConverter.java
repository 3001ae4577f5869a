package tafel.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tafel.i18n.Messages;

/** Reads a calendar date as YYYY-MM-DD, strictly: 2026-02-30 is no date, and is said so in the user's words. */
final class DateConverter implements ITypeConverter<LocalDate> {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Messages messages;

    DateConverter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip(), ISO);
        } catch (DateTimeParseException invalid) {
            throw new TypeConversionException(messages.get("error.date", value));
        }
    }
}
