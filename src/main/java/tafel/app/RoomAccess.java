package tafel.app;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import tafel.antwerp.TableRoster;
import tafel.io.antwerp.ProcessFolder;
import tafel.io.csv.CsvInput;
import tafel.io.csv.CsvOutput;
import tafel.io.files.AtomicFiles;
import tafel.io.files.IoFailure;

/**
 * Use case: who may write through the room's server. Every roster table has its own token
 * (128 random bits), kept in {@code tafels.csv} so the printed cards stay valid across restarts;
 * the facilitator has one more, kept apart in {@code beheer.txt}.
 */
public final class RoomAccess {

    public static final String TABLES_FILE = "tafels.csv";
    public static final String ADMIN_FILE = "beheer.txt";
    /** Where a running server can be reached from the laptop itself, for the laptop's own prompt. */
    public static final String SERVER_FILE = ".tafel-server";

    private final Map<String, String> tableOfToken;
    private final Map<String, String> links;
    private final Map<String, String> tokenOfTable;
    private final String adminToken;

    private RoomAccess(Map<String, String> tokenOfTable, Map<String, String> links, String adminToken) {
        this.links = Map.copyOf(links);
        this.tokenOfTable = Collections.unmodifiableMap(new LinkedHashMap<>(tokenOfTable));
        Map<String, String> reverse = new LinkedHashMap<>();
        tokenOfTable.forEach((table, token) -> reverse.put(token, table));
        this.tableOfToken = Collections.unmodifiableMap(reverse);
        this.adminToken = adminToken;
    }

    /**
     * The tokens of the folder, made for the tables that have none yet.
     *
     * @param random a source of unpredictable bits (SecureRandom; tests pass a seeded one)
     */
    public static RoomAccess open(ProcessFolder folder, TableRoster roster, RandomGenerator random) {
        try {
            Map<String, String> tokens = new LinkedHashMap<>();
            Map<String, String> links = new LinkedHashMap<>();
            if (Files.isRegularFile(folder.file(TABLES_FILE))) {
                CsvInput table = CsvInput.read(folder.file(TABLES_FILE));
                Optional<Integer> label = table.column("table");
                Optional<Integer> token = table.column("token");
                Optional<Integer> url = table.column("url");
                if (label.isPresent() && token.isPresent()) {
                    table.rows().forEach(row -> tokens.put(row.cell(label.get()), row.cell(token.get())));
                    url.ifPresent(column -> table.rows().stream().filter(row -> !row.cell(column).isEmpty())
                            .forEach(row -> links.put(row.cell(label.get()), row.cell(column))));
                }
            }
            boolean added = false;
            for (String label : roster.tables()) {
                if (!tokens.containsKey(label)) {
                    tokens.put(label, token(random));
                    added = true;
                }
            }
            if (added) {
                write(folder, tokens, links);
            }
            String admin;
            if (Files.isRegularFile(folder.file(ADMIN_FILE))) {
                admin = Files.readString(folder.file(ADMIN_FILE), StandardCharsets.UTF_8).strip();
            } else {
                admin = token(random);
                AtomicFiles.write(folder.file(ADMIN_FILE), (admin + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return new RoomAccess(tokens, links, admin);
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.file(TABLES_FILE).toString(),
                    IoFailure.reason(failed)).causedBy(failed);
        }
    }

    /**
     * The tables' links at this address, written next to their tokens (for the cards, and for
     * whoever looks in the folder); the links of the folder's last start are replaced.
     */
    public RoomAccess withLinks(ProcessFolder folder, String base) {
        Map<String, String> at = new LinkedHashMap<>();
        tokenOfTable.forEach((table, token) -> at.put(table, base + "t/" + token));
        try {
            write(folder, tokenOfTable, at);
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.file(TABLES_FILE).toString(),
                    IoFailure.reason(failed)).causedBy(failed);
        }
        return new RoomAccess(tokenOfTable, at, adminToken);
    }

    /**
     * Says where the running server answers on the laptop itself, so an entry prompt started
     * while it runs sends its entries through it instead of being refused as a second writer.
     */
    public static void announce(ProcessFolder folder, String localBase) {
        try {
            AtomicFiles.write(folder.file(SERVER_FILE), (localBase + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw TafelException.of(ExitCode.CANNOT_WRITE, "error.write", folder.file(SERVER_FILE).toString(),
                    IoFailure.reason(failed)).causedBy(failed);
        }
    }

    /** The server stopped; a file left behind by a crash is harmless (nobody answers there). */
    public static void withdraw(ProcessFolder folder) {
        try {
            Files.deleteIfExists(folder.file(SERVER_FILE));
        } catch (IOException leftBehind) {
            // nobody answers at the address it names
        }
    }

    /** Where a server of this folder said it answers, and the facilitator's token; empty when none said so. */
    public static Optional<Map.Entry<String, String>> announced(ProcessFolder folder) {
        try {
            if (!Files.isRegularFile(folder.file(SERVER_FILE)) || !Files.isRegularFile(folder.file(ADMIN_FILE))) {
                return Optional.empty();
            }
            return Optional.of(Map.entry(Files.readString(folder.file(SERVER_FILE), StandardCharsets.UTF_8).strip(),
                    Files.readString(folder.file(ADMIN_FILE), StandardCharsets.UTF_8).strip()));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** A table's link, when an address was known. */
    public Optional<String> link(String table) {
        return Optional.ofNullable(links.get(table));
    }

    private static void write(ProcessFolder folder, Map<String, String> tokens, Map<String, String> links) throws IOException {
        StringWriter text = new StringWriter();
        try (CsvOutput csv = links.isEmpty() ? CsvOutput.machine(text, "table", "token")
                : CsvOutput.machine(text, "table", "token", "url")) {
            tokens.forEach((label, token) -> {
                if (links.isEmpty()) {
                    csv.row(label, token);
                } else {
                    csv.row(label, token, links.getOrDefault(label, ""));
                }
            });
        }
        AtomicFiles.write(folder.file(TABLES_FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String token(RandomGenerator random) {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    /** The table a token belongs to, if it is a table's. */
    public Optional<String> tableOf(String token) {
        return Optional.ofNullable(tableOfToken.get(token));
    }

    public boolean isAdmin(String token) {
        return java.security.MessageDigest.isEqual(adminToken.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    public String adminToken() {
        return adminToken;
    }

    /** Every table's token, in roster order. */
    public Map<String, String> tableTokens() {
        return tokenOfTable;
    }
}
