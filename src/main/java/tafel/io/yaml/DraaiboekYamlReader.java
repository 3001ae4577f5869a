package tafel.io.yaml;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import tafel.draaiboek.Block;
import tafel.draaiboek.Draaiboek;
import tafel.draaiboek.Finding;
import tafel.draaiboek.Participant;
import tafel.draaiboek.ParticipantsSource;
import tafel.draaiboek.Position;
import tafel.draaiboek.WorkForm;

/**
 * Reads a draaiboek from YAML text. It works on SnakeYAML's node tree rather than on bound
 * objects so that every value keeps its line and column, and it keeps going after a problem
 * so that one run reports all of them.
 */
public final class DraaiboekYamlReader {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("H:mm");

    private final List<Finding> findings = new ArrayList<>();

    private DraaiboekYamlReader() {
    }

    public static ReadResult read(String text) {
        Optional<Finding> tooLong = YamlLimits.tooLong(text);
        if (tooLong.isPresent()) {
            return new ReadResult(Optional.empty(), List.of(tooLong.get()));
        }
        return new DraaiboekYamlReader().readDocument(text);
    }

    private ReadResult readDocument(String text) {
        Node root;
        try {
            // repeated keys are allowed here because they are reported with both lines, below
            root = YamlLimits.compose(text, true);
        } catch (MarkedYAMLException syntax) {
            findings.add(syntaxFinding(syntax));
            return new ReadResult(Optional.empty(), findings);
        } catch (YAMLException unreadable) {
            findings.add(Finding.error(YamlLimits.unreadableAt(text), "yaml.syntax", unreadable.getMessage()));
            return new ReadResult(Optional.empty(), findings);
        }
        if (root == null) {
            findings.add(Finding.error(new Position(1, 1), "yaml.empty").withHint("yaml.empty.hint"));
            return new ReadResult(Optional.empty(), findings);
        }
        Optional<Finding> tooMany = YamlLimits.tooManyValues(root);
        if (tooMany.isPresent()) {
            findings.add(tooMany.get());
            return new ReadResult(Optional.empty(), findings);
        }
        return new ReadResult(LocatedMapping.open(root, DraaiboekSchema.DRAAIBOEK, findings).map(this::draaiboek),
                findings);
    }

    private Draaiboek draaiboek(LocatedMapping map) {
        return new Draaiboek(
                map.text("title"),
                map.text("organisation"),
                map.optionalText("logo").map(String::strip).filter(path -> !path.isEmpty()),
                map.text("audience"),
                map.text("goal"),
                map.text("preparation"),
                date(map),
                startTime(map),
                map.text("location"),
                map.texts("facilitators"),
                map.texts("materials"),
                map.list("methods", this::workForm),
                participants(map),
                blocks(map),
                map.origin());
    }

    private List<Block> blocks(LocatedMapping map) {
        return map.list("blocks", this::block);
    }

    private Optional<Block> block(Node node) {
        return LocatedMapping.open(node, DraaiboekSchema.BLOCK, findings).map(map -> new Block(
                map.text("code"),
                map.text("title"),
                map.wholeNumber("minutes"),
                map.optionalText("method"),
                map.text("description"),
                map.text("instructions"),
                map.flag("pause"),
                map.texts("questions"),
                map.texts("materials"),
                map.optionalText("matches"),
                map.optionalText("tables"),
                blocks(map),
                map.origin()));
    }

    private Optional<WorkForm> workForm(Node node) {
        return LocatedMapping.open(node, DraaiboekSchema.WORK_FORM, findings).map(map -> new WorkForm(
                map.text("id"),
                map.text("name"),
                map.text("description"),
                map.text("instructions"),
                map.wholeNumber("minutes"),
                map.groupSize("group_size"),
                map.origin()));
    }

    private Optional<ParticipantsSource> participants(LocatedMapping map) {
        Optional<Node> value = map.node("participants");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode path) {
            return Optional.of(new ParticipantsSource.File(path.getValue().strip(), LocatedMapping.position(path)));
        }
        if (value.get() instanceof SequenceNode) {
            return Optional.of(new ParticipantsSource.Inline(map.list("participants", this::participant)));
        }
        map.report(Finding.error(LocatedMapping.position(value.get()), "yaml.participants.type")
                .withHint("yaml.participants.type.hint"));
        return Optional.empty();
    }

    private Optional<Participant> participant(Node node) {
        return LocatedMapping.open(node, DraaiboekSchema.PARTICIPANT, findings).map(map -> new Participant(
                map.text("id"),
                map.text("name"),
                map.text("role"),
                map.text("organisation"),
                map.texts("tags"),
                map.origin()));
    }

    private Optional<LocalDate> date(LocatedMapping map) {
        return map.optionalText("date").flatMap(raw -> {
            for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DUTCH_DATE)) {
                try {
                    return Optional.of(LocalDate.parse(raw, format));
                } catch (DateTimeParseException tryNext) {
                    // try the next accepted format
                }
            }
            map.report(Finding.error(map.origin().of("date"), "yaml.date.invalid", raw).withHint("yaml.date.hint"));
            return Optional.empty();
        });
    }

    private Optional<LocalTime> startTime(LocatedMapping map) {
        return map.optionalText("start").flatMap(raw -> {
            try {
                return Optional.of(LocalTime.parse(raw.replace('.', ':'), CLOCK_TIME));
            } catch (DateTimeParseException invalid) {
                map.report(Finding.error(map.origin().of("start"), "yaml.time.invalid", raw).withHint("yaml.time.hint"));
                return Optional.empty();
            }
        });
    }

    private static Finding syntaxFinding(MarkedYAMLException syntax) {
        Position problemAt = LocatedMapping.position(syntax.getProblemMark());
        Position contextAt = LocatedMapping.position(syntax.getContextMark());
        Position at = problemAt.isKnown() ? problemAt : contextAt.isKnown() ? contextAt : new Position(1, 1);
        String problem = syntax.getProblem() != null ? syntax.getProblem() : syntax.getMessage();
        String detail = syntax.getContext() == null ? problem : syntax.getContext() + ": " + problem;
        // An unclosed quote or bracket is found only at the end of the file; the line where it
        // was opened is what the user needs to look at.
        Finding finding = contextAt.isKnown() && contextAt.line() != at.line()
                ? Finding.error(at, "yaml.syntax.from", detail, contextAt.line())
                : Finding.error(at, "yaml.syntax", detail);
        return problem.contains("\\t") || problem.contains("\t")
                ? finding.withHint("yaml.syntax.tab.hint")
                : finding.withHint("yaml.syntax.hint");
    }
}
