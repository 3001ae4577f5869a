package tafel.cli;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tafel.antwerp.TieRule;

/** Reads include-all, facilitator or lot. */
final class TieRuleConverter implements ITypeConverter<TieRule> {

    @Override
    public TieRule convert(String value) {
        try {
            return TieRule.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new TypeConversionException("include-all, facilitator or lot");
        }
    }
}
