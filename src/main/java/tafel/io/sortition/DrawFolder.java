package tafel.io.sortition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tafel.io.files.AtomicFiles;

/**
 * A draw kept for later, in a folder of its own: copies of the respondents and the quotas exactly as
 * read, and {@code loting.json} with how it was drawn, the panel, the reserves and every
 * replacement since. Each write replaces {@code loting.json} atomically and forces it to disk.
 */
public final class DrawFolder {

    public static final String RESPONDENTS = "respondenten.csv";
    public static final String QUOTAS = "quota.csv";
    public static final String DRAW = "loting.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A panel member who dropped out and the reserve who took the seat. */
    public record Replacement(String out, String in, String at) {
    }

    /**
     * @param household     the address column when one per household could sit
     * @param year          the year ages were reckoned in
     * @param drawnAt       when it was drawn
     * @param witnesses     who saw it drawn, as the organiser named them
     * @param probabilities every respondent's chance, by id, in file order
     * @param lotteryPanels how many panels the lottery held
     * @param interchangeableGroups how many groups of people the quotas cannot tell apart the seed drew among (0: none)
     */
    public record Draw(int size, String seed, String method, Optional<String> household, int year, List<String> panel,
                       List<String> reserves, List<Replacement> replacements, String drawnAt, List<String> witnesses,
                       Map<String, Double> probabilities, int lotteryPanels, int interchangeableGroups) {
        public Draw {
            panel = List.copyOf(panel);
            reserves = List.copyOf(reserves);
            replacements = List.copyOf(replacements);
            witnesses = List.copyOf(witnesses);
            probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
        }

        /** The same draw with one more replacement. */
        public Draw with(Replacement replacement) {
            List<Replacement> more = new ArrayList<>(replacements);
            more.add(replacement);
            return new Draw(size, seed, method, household, year, panel, reserves, more, drawnAt, witnesses, probabilities,
                    lotteryPanels, interchangeableGroups);
        }
    }

    private final Path dir;

    public DrawFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** A new folder with the inputs' bytes and the draw; false when the folder already holds a draw (nothing written). */
    public boolean create(byte[] respondents, byte[] quotas, Draw draw) throws IOException {
        if (Files.exists(file(DRAW))) {
            return false;
        }
        Files.createDirectories(dir);
        AtomicFiles.write(file(RESPONDENTS), respondents);
        AtomicFiles.write(file(QUOTAS), quotas);
        write(draw);
        return true;
    }

    public void write(Draw draw) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("size", draw.size()).put("seed", draw.seed()).put("method", draw.method())
                .put("year", draw.year());
        if (draw.household().isPresent()) {
            root.put("one_per_household", draw.household().get());
        } else {
            root.putNull("one_per_household");
        }
        ArrayNode panel = root.putArray("panel");
        draw.panel().forEach(panel::add);
        ArrayNode reserves = root.putArray("reserves");
        draw.reserves().forEach(reserves::add);
        root.put("drawn_at", draw.drawnAt()).put("lottery_panels", draw.lotteryPanels())
                .put("interchangeable_groups", draw.interchangeableGroups());
        ArrayNode witnesses = root.putArray("witnesses");
        draw.witnesses().forEach(witnesses::add);
        ObjectNode probabilities = root.putObject("probabilities");
        draw.probabilities().forEach(probabilities::put);
        ArrayNode replacements = root.putArray("replacements");
        draw.replacements().forEach(replacement -> replacements.addObject().put("out", replacement.out())
                .put("in", replacement.in()).put("at", replacement.at()));
        AtomicFiles.write(file(DRAW), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /**
     * @throws NoSuchFileException when the folder holds no draw
     * @throws IOException         when it cannot be read, or is not a draw tafel wrote
     */
    public Draw read() throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file(DRAW)));
        if (!root.path("size").isInt() || !root.path("seed").isTextual() || !root.path("panel").isArray()
                || !root.path("reserves").isArray()) {
            throw new IOException("not a draw: size, seed, panel and reserves are needed");
        }
        List<Replacement> replacements = new ArrayList<>();
        root.path("replacements").forEach(node -> replacements.add(new Replacement(node.path("out").asText(),
                node.path("in").asText(), node.path("at").asText())));
        Map<String, Double> probabilities = new LinkedHashMap<>();
        root.path("probabilities").fields().forEachRemaining(field -> probabilities.put(field.getKey(), field.getValue().asDouble()));
        return new Draw(root.get("size").asInt(), root.get("seed").asText(), root.path("method").asText("leximin"),
                root.path("one_per_household").isTextual() ? Optional.of(root.get("one_per_household").asText()) : Optional.empty(),
                root.path("year").asInt(), texts(root.get("panel")), texts(root.get("reserves")), replacements,
                root.path("drawn_at").asText(""), texts(root.path("witnesses")), probabilities, root.path("lottery_panels").asInt(),
                root.path("interchangeable_groups").asInt(0));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
