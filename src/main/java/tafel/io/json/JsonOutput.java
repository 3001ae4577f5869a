package tafel.io.json;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Stable, human-readable JSON: fields in the order they are added, two-space indent, LF line
 * ends on every platform, a newline at the end.
 */
public final class JsonOutput {

    private final ObjectMapper mapper = JsonMapper.builder().build();

    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    public com.fasterxml.jackson.databind.node.ArrayNode array() {
        return mapper.createArrayNode();
    }

    public void print(PrintWriter out, JsonNode node) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            out.print(mapper.writer(pretty).writeValueAsString(node));
            out.print('\n');
            out.flush();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
