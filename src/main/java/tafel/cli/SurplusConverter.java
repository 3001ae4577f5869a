package tafel.cli;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tafel.matching.PairMatcher;

/** Reads trio or sit-out. */
final class SurplusConverter implements ITypeConverter<PairMatcher.Surplus> {

    @Override
    public PairMatcher.Surplus convert(String value) {
        try {
            return PairMatcher.Surplus.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new TypeConversionException("trio or sit-out");
        }
    }
}
