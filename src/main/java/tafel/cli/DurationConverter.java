package tafel.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads "10s", "2m", "1m30s" or a plain number of seconds. */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern TEXT = Pattern.compile("(?:(\\d+)m)?(?:(\\d+(?:\\.\\d+)?)s?)?");

    @Override
    public Duration convert(String value) {
        Matcher matcher = TEXT.matcher(value.strip());
        if (value.isBlank() || !matcher.matches()) {
            throw new TypeConversionException("a duration such as 10s, 2m or 1m30s");
        }
        long minutes = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
        double seconds = matcher.group(2) == null ? 0 : Double.parseDouble(matcher.group(2));
        return Duration.ofMinutes(minutes).plusMillis(Math.round(seconds * 1000));
    }
}
