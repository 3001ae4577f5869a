package tafel.draaiboek;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A session script: who it is for, what it should achieve, how to prepare, and the timed
 * blocks with their work forms. Immutable; built by a reader, checked by {@link DraaiboekRules}.
 * {@code organisation} (who holds the session) may be empty; the report's first page names it,
 * with the {@code logo} when one is given (a path as written, next to the draaiboek).
 */
public record Draaiboek(String title, String organisation, Optional<String> logo, String audience, String goal, String preparation,
                        Optional<LocalDate> date, Optional<LocalTime> start, String location,
                        List<String> facilitators, List<String> materials,
                        List<WorkForm> workForms, Optional<ParticipantsSource> participants,
                        List<Block> blocks, Origin origin) {

    public Draaiboek {
        facilitators = List.copyOf(facilitators);
        materials = List.copyOf(materials);
        workForms = List.copyOf(workForms);
        blocks = List.copyOf(blocks);
    }

    public Optional<WorkForm> workForm(String id) {
        return workForms.stream().filter(form -> form.id().equals(id)).findFirst();
    }

    public Optional<WorkForm> workFormOf(Block block) {
        return block.workFormId().flatMap(this::workForm);
    }

    /**
     * The length of a block: as written; else the sum of its sub-blocks; else its work form's
     * default; else 0 (which the rules report as missing).
     */
    public int minutesOf(Block block) {
        if (block.minutes().isPresent()) {
            return block.minutes().get();
        }
        if (block.hasSubBlocks()) {
            return saturated(block.subBlocks().stream().mapToLong(this::minutesOf).sum());
        }
        return workFormOf(block).flatMap(WorkForm::defaultMinutes).orElse(0);
    }

    /** A sum of lengths that DraaiboekRules has reported as too large stays large instead of turning negative. */
    private static int saturated(long minutes) {
        return (int) Math.min(Integer.MAX_VALUE, minutes);
    }

    /** The instructions to show for a block: its own, else those of its work form. */
    public String instructionsOf(Block block) {
        if (!block.instructions().isBlank()) {
            return block.instructions();
        }
        return workFormOf(block).map(WorkForm::instructions).orElse("");
    }

    public int totalMinutes() {
        return saturated(blocks.stream().mapToLong(this::minutesOf).sum());
    }

    /** Every block and sub-block, depth first, in the order of the timetable. */
    public void forEachBlock(Consumer<Block> action) {
        blocks.forEach(block -> visit(block, action));
    }

    public List<Block> allBlocks() {
        List<Block> all = new java.util.ArrayList<>();
        forEachBlock(all::add);
        return List.copyOf(all);
    }

    public Optional<Block> block(String code) {
        return allBlocks().stream().filter(block -> block.code().equals(code)).findFirst();
    }

    private static void visit(Block block, Consumer<Block> action) {
        action.accept(block);
        block.subBlocks().forEach(sub -> visit(sub, action));
    }
}
