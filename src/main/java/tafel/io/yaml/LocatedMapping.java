package tafel.io.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import tafel.draaiboek.Finding;
import tafel.draaiboek.GroupSize;
import tafel.draaiboek.Origin;
import tafel.draaiboek.Position;
import tafel.text.ClosestMatch;
import tafel.text.Phrase;

/**
 * One YAML mapping read against its {@link Keys}: unknown and repeated keys are reported as
 * soon as it is opened, and the typed getters report a wrong type at the value's position.
 * Every finding goes to the shared list, so one pass reports all problems of a file.
 */
final class LocatedMapping {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");

    private final MappingNode node;
    private final Keys keys;
    private final List<Finding> findings;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private LocatedMapping(MappingNode node, Keys keys, List<Finding> findings) {
        this.node = node;
        this.keys = keys;
        this.findings = findings;
        index();
    }

    /** Opens a node as a mapping, or reports that it is not one and returns empty. */
    static Optional<LocatedMapping> open(Node node, Keys keys, List<Finding> findings) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new LocatedMapping(mapping, keys, findings));
        }
        findings.add(Finding.error(position(node), "yaml.type.mapping", keys.context(), describe(node))
                .withHint("yaml.type.mapping.hint", keys.context(), String.join(", ", keys.canonicalKeys())));
        return Optional.empty();
    }

    static Position position(Node node) {
        return position(node.getStartMark());
    }

    static Position position(Mark mark) {
        return mark == null ? Position.UNKNOWN : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    Position at() {
        return position(node);
    }

    /** Where the mapping and each key that was given are, for rules that point at a field. */
    Origin origin() {
        Map<String, Position> fields = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> fields.put(key, position(tuple.getValueNode())));
        return new Origin(at(), fields);
    }

    boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    Optional<Node> node(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    String text(String key) {
        return node(key).flatMap(value -> scalar(value, "yaml.type.text")).map(String::strip).orElse("");
    }

    Optional<String> optionalText(String key) {
        String text = text(key);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    Optional<Integer> wholeNumber(String key) {
        return node(key).flatMap(value -> scalar(value, "yaml.type.number")).flatMap(raw -> {
            String trimmed = raw.strip();
            if (WHOLE_NUMBER.matcher(trimmed).matches()) {
                try {
                    return Optional.of(Integer.parseInt(trimmed));
                } catch (NumberFormatException tooLarge) {
                    // falls through to the message below
                }
            }
            findings.add(Finding.error(position(node(key).orElseThrow()), "yaml.type.wholeNumber", key, raw)
                    .withHint("yaml.type.wholeNumber.hint", key));
            return Optional.empty();
        });
    }

    boolean flag(String key) {
        return node(key).flatMap(value -> scalar(value, "yaml.type.flag")).map(raw -> {
            switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "ja", "on", "waar":
                    return true;
                case "false", "no", "nee", "off", "onwaar":
                    return false;
                default:
                    findings.add(Finding.error(position(node(key).orElseThrow()), "yaml.type.flagValue", key, raw)
                            .withHint("yaml.type.flagValue.hint", key));
                    return false;
            }
        }).orElse(false);
    }

    /** A list of texts; a single text is accepted as a list of one. */
    List<String> texts(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            List<String> texts = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                scalar(item, "yaml.type.text").map(String::strip).filter(text -> !text.isEmpty()).ifPresent(texts::add);
            }
            return texts;
        }
        return scalar(value.get(), "yaml.type.textList").map(String::strip).map(List::of).orElse(List.of());
    }

    /** The items of a list, each converted by {@code reader}; items it cannot read are left out. */
    <T> List<T> list(String key, Function<Node, Optional<T>> reader) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            findings.add(Finding.error(position(value.get()), "yaml.type.list", key, describe(value.get()))
                    .withHint("yaml.type.list.hint", key));
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            reader.apply(item).ifPresent(items::add);
        }
        return items;
    }

    Optional<GroupSize> groupSize(String key) {
        return node(key).flatMap(value -> scalar(value, "yaml.type.groupSize")).flatMap(raw -> {
            String trimmed = raw.strip();
            Matcher range = RANGE.matcher(trimmed);
            try {
                if (WHOLE_NUMBER.matcher(trimmed).matches() && Integer.parseInt(trimmed) >= 1) {
                    return Optional.of(GroupSize.exactly(Integer.parseInt(trimmed)));
                }
                if (range.matches()) {
                    return Optional.of(new GroupSize(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))));
                }
            } catch (IllegalArgumentException invalid) {
                // reported below
            }
            findings.add(Finding.error(position(node(key).orElseThrow()), "yaml.type.groupSizeValue", raw)
                    .withHint("yaml.type.groupSize.hint"));
            return Optional.empty();
        });
    }

    void report(Finding finding) {
        findings.add(finding);
    }

    private Optional<String> scalar(Node value, String expectedKey) {
        if (value instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        findings.add(Finding.error(position(value), expectedKey, describe(value)));
        return Optional.empty();
    }

    private void index() {
        Map<String, Position> writtenAt = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                findings.add(Finding.error(position(keyNode), "yaml.key.notText", keys.context()));
                continue;
            }
            String written = scalarKey.getValue();
            Optional<String> canonical = keys.canonical(written);
            if (canonical.isEmpty()) {
                Finding unknown = Finding.error(position(keyNode), "yaml.key.unknown", written, keys.context());
                findings.add(ClosestMatch.among(written, keys.allWritten())
                        .map(suggestion -> unknown.withHint("hint.didYouMean", suggestion))
                        .orElse(unknown.withHint("yaml.key.unknown.hint", keys.context(),
                                String.join(", ", keys.canonicalKeys()))));
                continue;
            }
            Position previous = writtenAt.putIfAbsent(canonical.get(), position(keyNode));
            if (previous != null) {
                findings.add(Finding.error(position(keyNode), "yaml.key.repeated", written, previous.line())
                        .withHint("yaml.key.repeated.hint"));
                continue;
            }
            entries.put(canonical.get(), tuple);
        }
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    /** A word for what was found instead, for "expected a list, found text". */
    static Phrase describe(Node node) {
        if (node instanceof MappingNode) {
            return Phrase.of("yaml.kind.mapping");
        }
        if (node instanceof SequenceNode) {
            return Phrase.of("yaml.kind.list");
        }
        return Phrase.of("yaml.kind.text", ((ScalarNode) node).getValue());
    }
}
