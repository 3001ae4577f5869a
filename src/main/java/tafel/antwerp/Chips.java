package tafel.antwerp;

/**
 * Chips ("fiches") in step 2: every participant gets {@code perParticipant} chips worth
 * {@code value} cents each and a table places its people's chips on the themes (Groningen,
 * Emmen). A theme's budget is the budget × its chips ÷ all chips of all participants, so chips
 * left unplaced are money left unspent.
 */
public record Chips(int perParticipant, long value) {

    public Chips {
        if (perParticipant < 1 || value < 1) {
            throw new IllegalArgumentException("chips need a number per participant and a value");
        }
    }

    /** What a table of this many people can place, in cents. */
    public long capacity(int participants) {
        return Math.multiplyExact(Math.multiplyExact((long) perParticipant, participants), value);
    }

    /** How many chips a table of this many people has. */
    public long count(int participants) {
        return (long) perParticipant * participants;
    }
}
