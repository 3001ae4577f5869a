package tafel.cli;

import tafel.i18n.Messages;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a clock time as people write it: 19:30, 9:30 or 19.30. */
final class ClockTimeConverter implements ITypeConverter<LocalTime> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

    private final Messages messages;

    ClockTimeConverter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public LocalTime convert(String value) {
        try {
            return LocalTime.parse(value.strip().replace('.', ':'), CLOCK);
        } catch (DateTimeParseException invalid) {
            throw new TypeConversionException(messages.get("error.clockTime", value));
        }
    }
}
