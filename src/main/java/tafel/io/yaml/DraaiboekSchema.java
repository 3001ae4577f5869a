package tafel.io.yaml;

/** The keys of the draaiboek format, canonical English first, then accepted aliases. */
final class DraaiboekSchema {

    static final Keys DRAAIBOEK = Keys.of("yaml.context.draaiboek")
            .key("title", "titel")
            .key("organisation", "organisatie")
            .key("logo")
            .key("audience", "doelgroep")
            .key("goal", "doel")
            .key("preparation", "voorbereiding")
            .key("date", "datum")
            .key("start", "starttijd", "begin")
            .key("location", "locatie", "plaats")
            .key("facilitators", "facilitatoren", "gespreksleiders")
            .key("materials", "materialen", "benodigdheden")
            .key("methods", "werkvormen")
            .key("participants", "deelnemers")
            .key("blocks", "blokken");

    static final Keys BLOCK = Keys.of("yaml.context.block")
            .key("code")
            .key("title", "titel")
            .key("minutes", "minuten")
            .key("method", "werkvorm")
            .key("description", "beschrijving")
            .key("instructions", "instructie", "instructies")
            .key("pause", "pauze")
            .key("questions", "vragen")
            .key("materials", "materialen", "benodigdheden")
            .key("matches")
            .key("tables", "tafels")
            .key("blocks", "blokken");

    static final Keys WORK_FORM = Keys.of("yaml.context.workForm")
            .key("id")
            .key("name", "naam")
            .key("description", "beschrijving")
            .key("instructions", "instructie", "instructies")
            .key("minutes", "minuten")
            .key("group_size", "groepsgrootte");

    static final Keys PARTICIPANT = Keys.of("yaml.context.participant")
            .key("id")
            .key("name", "naam")
            .key("role", "rol")
            .key("organisation", "organisatie", "organization")
            .key("tags");

    private DraaiboekSchema() {
    }
}
