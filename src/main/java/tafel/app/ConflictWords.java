package tafel.app;

import java.util.stream.Collectors;

import tafel.sortition.QuotaConflict;
import tafel.text.Phrase;

/** A quota conflict as a message: which quota, what it asks, what can be had, and what it clashes with. */
final class ConflictWords {

    private ConflictWords() {
    }

    static Phrase of(QuotaConflict conflict) {
        String quota = conflict.quota().map(DrawPanel::quota).orElse(conflict.feature());
        String with = conflict.with().stream().map(DrawPanel::quota).collect(Collectors.joining(", "));
        return switch (conflict.kind()) {
            case POOL_TOO_SMALL -> Phrase.of("lot.conflict.pool", conflict.needed(), conflict.possible());
            case MINIMUMS_ABOVE_SIZE -> Phrase.of("lot.conflict.minimums", conflict.feature(), conflict.needed(), conflict.possible());
            case MAXIMUMS_BELOW_SIZE -> Phrase.of("lot.conflict.maximums", conflict.feature(), conflict.possible(), conflict.needed());
            case TOO_FEW_RESPONDENTS -> Phrase.of("lot.conflict.respondents", quota, conflict.needed(), conflict.possible());
            case MINIMUM_CLASHES -> Phrase.of(with.isEmpty() ? "lot.conflict.minimum" : "lot.conflict.minimum.with", quota,
                    conflict.needed(), conflict.possible(), with);
            case MAXIMUM_CLASHES -> Phrase.of(with.isEmpty() ? "lot.conflict.maximum" : "lot.conflict.maximum.with", quota,
                    conflict.needed(), conflict.possible(), with);
        };
    }
}
