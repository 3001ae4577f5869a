package tafel.draaiboek;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import tafel.text.ClosestMatch;

/**
 * The rules a draaiboek must follow beyond its syntax: lengths, codes, references. Pure:
 * it only looks at the records and returns findings, in the order of the file.
 */
public final class DraaiboekRules {

    /** The longest a block or work form may last: a day. */
    public static final int MAX_MINUTES = 24 * 60;


    private static final Pattern LETTER_CODE = Pattern.compile("[A-Z]");

    private DraaiboekRules() {
    }

    public static List<Finding> check(Draaiboek draaiboek) {
        List<Finding> findings = new ArrayList<>();
        if (draaiboek.title().isBlank()) {
            findings.add(Finding.error(draaiboek.origin().at(), "rule.title.missing")
                    .withHint("rule.title.missing.hint"));
        }
        if (draaiboek.blocks().isEmpty()) {
            findings.add(Finding.error(draaiboek.origin().of("blocks"), "rule.blocks.missing")
                    .withHint("rule.blocks.missing.hint"));
        }
        checkWorkForms(draaiboek, findings);
        checkParticipants(draaiboek, findings);
        Map<String, Block> firstByCode = new HashMap<>();
        for (Block block : draaiboek.blocks()) {
            checkBlock(draaiboek, block, null, firstByCode, findings);
        }
        checkTopLevelSequence(draaiboek.blocks(), findings);
        findings.sort((a, b) -> a.position().compareTo(b.position()));
        return List.copyOf(findings);
    }

    private static void checkWorkForms(Draaiboek draaiboek, List<Finding> findings) {
        List<WorkForm> identified = withUniqueIds(draaiboek.workForms(), WorkForm::id, WorkForm::origin,
                "rule.workform.id.missing", "rule.workform.id.missing.hint", "rule.workform.id.duplicate", findings);
        for (WorkForm form : identified) {
            form.defaultMinutes().ifPresent(minutes -> checkMinutes(minutes, form.origin(), findings));
        }
    }

    private static void checkParticipants(Draaiboek draaiboek, List<Finding> findings) {
        if (draaiboek.participants().orElse(null) instanceof ParticipantsSource.Inline inline) {
            for (Participant participant : withUniqueIds(inline.participants(), Participant::id, Participant::origin,
                    "rule.participant.id.missing", "rule.participant.id.missing.hint", "rule.participant.id.duplicate",
                    findings)) {
                if (participant.name().isBlank()) {
                    findings.add(Finding.error(participant.origin().at(), "rule.participant.name.missing",
                            participant.id()));
                }
            }
        }
    }

    /**
     * Reports items without an id and ids used twice (naming the first line); returns the
     * items that have an id.
     */
    private static <T> List<T> withUniqueIds(List<T> items, Function<T, String> id, Function<T, Origin> origin,
                                             String missingKey, String missingHintKey, String duplicateKey,
                                             List<Finding> findings) {
        Map<String, T> seen = new HashMap<>();
        List<T> identified = new ArrayList<>();
        for (T item : items) {
            if (id.apply(item).isBlank()) {
                findings.add(Finding.error(origin.apply(item).at(), missingKey).withHint(missingHintKey));
                continue;
            }
            identified.add(item);
            T first = seen.putIfAbsent(id.apply(item), item);
            if (first != null) {
                findings.add(Finding.error(origin.apply(item).of("id"), duplicateKey,
                        id.apply(item), origin.apply(first).of("id").line()));
            }
        }
        return identified;
    }

    private static void checkBlock(Draaiboek draaiboek, Block block, Block parent,
                                   Map<String, Block> firstByCode, List<Finding> findings) {
        Origin origin = block.origin();
        String label = block.hasCode() ? block.code() : block.title();
        if (!block.hasCode() && !block.pause()) {
            findings.add(Finding.error(origin.at(), "rule.code.missing", block.title())
                    .withHint("rule.code.missing.hint"));
        }
        if (block.hasCode()) {
            Block first = firstByCode.putIfAbsent(block.code(), block);
            if (first != null) {
                findings.add(Finding.error(origin.of("code"), "rule.code.duplicate",
                        block.code(), first.origin().of("code").line())
                        .withHint("rule.code.duplicate.hint"));
            }
        }
        if (block.title().isBlank() && !block.pause()) {
            findings.add(Finding.error(origin.at(), "rule.blockTitle.missing", label)
                    .withHint("rule.blockTitle.missing.hint"));
        }
        block.minutes().ifPresent(minutes -> checkMinutes(minutes, origin, findings));
        boolean workFormUnknown = block.workFormId().isPresent() && draaiboek.workFormOf(block).isEmpty();
        // With an unknown work form the missing length is a consequence; report only the cause.
        if (block.minutes().isEmpty() && !block.hasSubBlocks() && !workFormUnknown
                && draaiboek.workFormOf(block).flatMap(WorkForm::defaultMinutes).isEmpty()) {
            findings.add(Finding.error(origin.at(), "rule.minutes.missing", label)
                    .withHint("rule.minutes.missing.hint"));
        }
        block.workFormId().ifPresent(id -> {
            if (draaiboek.workForm(id).isEmpty()) {
                List<String> known = draaiboek.workForms().stream().map(WorkForm::id).toList();
                Finding unknown = Finding.error(origin.of("method"), "rule.workform.unknown", id);
                findings.add(ClosestMatch.among(id, known)
                        .map(suggestion -> unknown.withHint("hint.didYouMean", suggestion))
                        .orElse(unknown.withHint("rule.workform.unknown.hint", String.join(", ", known))));
            }
        });
        if (block.hasSubBlocks()) {
            checkSubBlockTotal(draaiboek, block, findings);
            checkSubBlockSequence(block, findings);
            for (Block sub : block.subBlocks()) {
                checkBlock(draaiboek, sub, block, firstByCode, findings);
            }
        }
    }

    /** A length is more than nothing and at most a day: more is a typing slip, and would overflow the sums. */
    private static void checkMinutes(int minutes, Origin origin, List<Finding> findings) {
        if (minutes <= 0) {
            findings.add(Finding.error(origin.of("minutes"), "rule.minutes.notPositive", minutes)
                    .withHint("rule.minutes.notPositive.hint"));
        } else if (minutes > MAX_MINUTES) {
            findings.add(Finding.error(origin.of("minutes"), "rule.minutes.tooLarge", minutes, MAX_MINUTES)
                    .withHint("rule.minutes.tooLarge.hint"));
        }
    }

    private static void checkSubBlockTotal(Draaiboek draaiboek, Block parent, List<Finding> findings) {
        if (parent.minutes().isEmpty() || parent.minutes().get() <= 0) {
            return;
        }
        int own = parent.minutes().get();
        if (parent.subBlocks().stream().anyMatch(sub -> draaiboek.minutesOf(sub) > MAX_MINUTES)) {
            return; // the sub-block's own length is reported; a sum of it would only repeat that
        }
        int sum = parent.subBlocks().stream().mapToInt(draaiboek::minutesOf).sum();
        String label = parent.hasCode() ? parent.code() : parent.title();
        if (sum > own) {
            findings.add(Finding.error(parent.origin().of("minutes"), "rule.subblocks.tooLong", label, sum, own)
                    .withHint("rule.subblocks.tooLong.hint", sum - own));
        } else if (sum < own) {
            findings.add(Finding.warning(parent.origin().of("minutes"), "rule.subblocks.tooShort", label, sum, own)
                    .withHint("rule.subblocks.tooShort.hint", own - sum));
        }
    }

    /** Top-level codes should run A, B, C… like the seed's timetables; a gap is likely a typo. */
    private static void checkTopLevelSequence(List<Block> blocks, List<Finding> findings) {
        Character previous = null;
        for (Block block : blocks) {
            if (!LETTER_CODE.matcher(block.code()).matches()) {
                continue;
            }
            char letter = block.code().charAt(0);
            char expected = previous == null ? 'A' : (char) (previous + 1);
            if (letter != expected) {
                findings.add(Finding.warning(block.origin().of("code"), "rule.code.outOfSequence",
                        block.code(), String.valueOf(expected))
                        .withHint("rule.code.outOfSequence.hint", String.valueOf(expected)));
            }
            previous = letter;
        }
    }

    private static void checkSubBlockSequence(Block parent, List<Finding> findings) {
        if (!parent.hasCode()) {
            return;
        }
        int number = 0;
        for (Block sub : parent.subBlocks()) {
            number++;
            String expected = parent.code() + "." + number;
            if (sub.hasCode() && !sub.code().equals(expected)) {
                findings.add(Finding.warning(sub.origin().of("code"), "rule.code.subOutOfSequence",
                        sub.code(), expected)
                        .withHint("rule.code.outOfSequence.hint", expected));
            }
        }
    }
}
