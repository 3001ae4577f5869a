package tafel.cli;

import java.util.ArrayList;
import java.util.List;

import tafel.i18n.Messages;
import tafel.io.participants.BlockAssignments;

/** Who is paired and who sits where in a block, as lines for people (show, the live timer). */
public final class AssignmentLines {

    private AssignmentLines() {
    }

    public static List<String> of(Messages messages, List<BlockAssignments.Group> groups) {
        List<String> lines = new ArrayList<>();
        int round = -1;
        boolean pairs = false;
        for (BlockAssignments.Group group : groups) {
            boolean isPair = group.label().isEmpty();
            if (group.round() != round || isPair != pairs) {
                round = group.round();
                pairs = isPair;
                lines.add("  " + messages.get(isPair ? "show.pairs" : "show.tables", round));
            }
            lines.add("    " + (isPair ? "" : messages.get("show.table", group.label()) + ": ") + String.join(isPair ? " – " : ", ",
                    group.names()));
        }
        return lines;
    }
}
