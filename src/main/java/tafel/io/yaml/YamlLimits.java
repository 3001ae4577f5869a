package tafel.io.yaml;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import java.io.StringReader;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import tafel.draaiboek.Finding;
import tafel.draaiboek.Position;

/**
 * Bounds on the YAML tafel reads, checked before any work is spent on it: the size of the text
 * (a parser's cost grows faster than the text), and the number of values once anchors and
 * aliases are expanded (740 bytes of nested aliases can stand for billions of values).
 */
public final class YamlLimits {

    /** A draaiboek of 300 blocks with long instructions is about 100 KB. */
    public static final int MAX_CHARACTERS = 1_000_000;
    public static final long MAX_VALUES = 100_000;

    private YamlLimits() {
    }

    /**
     * The document's node tree with the limits applied, or null for an empty document. Composed
     * directly rather than through {@code Yaml}, whose constructor also builds the object
     * constructor, representer and dumper tafel never uses (about a tenth of a validate run).
     */
    public static Node compose(String text, boolean allowDuplicateKeys) {
        LoaderOptions options = options(allowDuplicateKeys);
        return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                .getSingleNode();
    }

    private static LoaderOptions options(boolean allowDuplicateKeys) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(allowDuplicateKeys);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(MAX_CHARACTERS + 1);
        options.setNestingDepthLimit(50);
        return options;
    }

    /** A finding when the text is longer than tafel reads, before the parser sees it. */
    public static Optional<Finding> tooLong(String text) {
        if (text.length() <= MAX_CHARACTERS) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(new Position(1, 1), "yaml.tooLarge", text.length(), MAX_CHARACTERS)
                .withHint("yaml.tooLarge.hint"));
    }

    /**
     * Where the parser's "special characters are not allowed" was: the first control character
     * other than tab and line ends, so the message can name a line.
     */
    public static Position unreadableAt(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\ufffe' || c == '\uffff') {
                return new Position(line, column);
            }
            column++;
        }
        return new Position(1, 1);
    }

    /** A finding when the composed document stands for more values than tafel reads. */
    public static Optional<Finding> tooManyValues(Node root) {
        long values = values(root, new IdentityHashMap<>());
        if (values <= MAX_VALUES) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(new Position(1, 1), "yaml.tooManyValues", MAX_VALUES)
                .withHint("yaml.tooManyValues.hint"));
    }

    /** Values counted as if every alias were written out; shared nodes are counted once and reused, capped early. */
    private static long values(Node node, Map<Node, Long> known) {
        Long counted = known.get(node);
        if (counted != null) {
            return counted;
        }
        known.put(node, MAX_VALUES + 1); // a node that contains itself counts as too many
        long total = 1;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                total = Math.min(MAX_VALUES + 1, total + values(tuple.getKeyNode(), known) + values(tuple.getValueNode(), known));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                total = Math.min(MAX_VALUES + 1, total + values(item, known));
            }
        }
        known.put(node, total);
        return total;
    }
}
