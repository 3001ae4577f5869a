package tafel.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tafel.i18n.Messages;

/**
 * Clock times and dates on the command line, read as people write them and refused in the
 * user's words (never a Java class name): 19:30, 9:30 or 19.30; 2026-11-24, strictly, so
 * 2026-02-30 is no date.
 */
final class TimeConverters {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private TimeConverters() {
    }

    static ITypeConverter<LocalTime> clockTime(Messages messages) {
        return worded(messages, "error.clockTime", text -> LocalTime.parse(text.replace('.', ':'), CLOCK));
    }

    static ITypeConverter<LocalDate> date(Messages messages) {
        return worded(messages, "error.date", text -> LocalDate.parse(text, DATE));
    }

    private static <T> ITypeConverter<T> worded(Messages messages, String key, Function<String, T> parse) {
        return value -> {
            try {
                return parse.apply(value.strip());
            } catch (DateTimeParseException invalid) {
                throw new TypeConversionException(messages.get(key, value));
            }
        };
    }
}
