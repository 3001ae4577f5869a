package tafel.i18n;

import java.util.Locale;

/** The languages tafel speaks. Lower-case constants so that {@code --lang nl} reads naturally. */
public enum Language {
    nl(Locale.forLanguageTag("nl")),
    en(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Dutch for Dutch and Belgian (Flemish) systems, English otherwise. */
    public static Language fromLocale(Locale system) {
        boolean dutch = "nl".equals(system.getLanguage())
                || ("BE".equals(system.getCountry()) && !"fr".equals(system.getLanguage())
                        && !"de".equals(system.getLanguage()))
                || ("NL".equals(system.getCountry()) && system.getLanguage().isEmpty());
        return dutch ? nl : en;
    }
}
