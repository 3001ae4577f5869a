package tafel.draaiboek;

import java.util.List;
import java.util.Optional;

/**
 * A timed part of a session (blok), coded A, B, C…, possibly split into sub-blocks C.1, C.2…
 * A pause is a block too; it may be written without a code, as the seed's timetables do.
 *
 * @param minutes     as written; empty when the length comes from the sub-blocks or the
 *                    work form (see {@link Draaiboek#minutesOf(Block)})
 * @param workFormId  the id of a work form in {@link Draaiboek#workForms()}, if any
 * @param matches     path of a 1-on-1 match list (CSV) for this block, relative to the draaiboek
 * @param tables      path of a table plan (CSV) for this block, relative to the draaiboek
 * @param questions   questions for the conversation cards of this block
 */
public record Block(String code, String title, Optional<Integer> minutes, Optional<String> workFormId,
                    String description, String instructions, boolean pause,
                    List<String> questions, List<String> materials,
                    Optional<String> matches, Optional<String> tables,
                    List<Block> subBlocks, Origin origin) {

    public Block {
        questions = List.copyOf(questions);
        materials = List.copyOf(materials);
        subBlocks = List.copyOf(subBlocks);
    }

    public boolean hasCode() {
        return !code.isBlank();
    }

    public boolean hasSubBlocks() {
        return !subBlocks.isEmpty();
    }
}
