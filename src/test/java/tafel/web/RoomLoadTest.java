package tafel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.AntwerpProcess;
import tafel.app.Notices;
import tafel.app.RoomAccess;
import tafel.app.RoomDesk;
import tafel.cli.Environment;
import tafel.cli.Tafel;
import tafel.io.antwerp.ProcessFolder;

/**
 * Thirty tables sending at once, each twice (a phone that did not hear the answer), with five
 * projector streams open: nothing lost, nothing twice, and the same results as the same entries
 * typed into a file and read with --input.
 */
class RoomLoadTest {

    private static final String EXAMPLES = "examples/antwerpen/";
    private static final List<String> NAMES = List.of("Groen in straten", "Fietspaden", "Speelpleinen",
            "Veiligheid in de buurt", "Cultuur in de wijk", "Zwerfvuil", "Sport voor iedereen", "Ontmoetingsplekken",
            "Jeugdwerking", "Ouderen en zorg");

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Tafel.run(out, new PrintWriter(err), Environment.plain(Locale.ENGLISH), args);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Path process(Path folder, String name) {
        Path dir = folder.resolve(name);
        run("antwerp", "init", dir.toString(), "--budget", "€ 1.100.000", "--themes", EXAMPLES + "catalogus.csv",
                "--unit", "1000", "--tie-rule", "lot", "--seed", "2026", "--tables", "30", "--title", "Festival");
        return dir;
    }

    private static List<String> themesOf(int table) {
        List<String> names = new ArrayList<>(NAMES);
        Collections.shuffle(names, new java.util.Random(table));
        return names.subList(0, 5);
    }

    @Test
    void thirtyTablesAtOnceLoseNothingAndCountNothingTwice(@TempDir Path folder) throws Exception {
        Path dir = process(folder, "room");
        ProcessFolder processFolder = new ProcessFolder(dir);
        AntwerpProcess process = AntwerpProcess.open(Notices.quiet(), processFolder);
        RoomAccess access = RoomAccess.open(processFolder, process.roster().orElseThrow(), new SplittableRandom(11));
        RoomDesk desk = new RoomDesk(process, access, Clock.fixed(Instant.parse("2026-11-24T19:00:00Z"),
                ZoneId.of("Europe/Amsterdam")));
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService phones = Executors.newFixedThreadPool(30);
        try (RoomServer server = RoomServer.start("127.0.0.1", 0, desk, access)) {
            String base = "http://127.0.0.1:" + server.port();
            List<InputStream> streams = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                streams.add(client.send(HttpRequest.newBuilder(URI.create(base + "/api/stream")).build(),
                        HttpResponse.BodyHandlers.ofInputStream()).body());
            }
            List<Callable<List<Integer>>> sends = new ArrayList<>();
            for (int table = 1; table <= 30; table++) {
                int number = table;
                sends.add(() -> {
                    String body = "{\"id\":\"t" + number + "\",\"step\":\"themes\",\"themes\":[\""
                            + String.join("\",\"", themesOf(number)) + "\"]}";
                    List<Integer> statuses = new ArrayList<>();
                    for (int attempt = 0; attempt < 2; attempt++) {
                        statuses.add(client.send(HttpRequest.newBuilder(URI.create(base + "/api/entries"))
                                .header("Authorization", "Bearer " + access.tableTokens().get(Integer.toString(number)))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode());
                    }
                    return statuses;
                });
            }
            List<Future<List<Integer>>> answers = phones.invokeAll(sends, 60, TimeUnit.SECONDS);
            for (Future<List<Integer>> answer : answers) {
                assertThat(answer.get()).containsExactly(201, 200);
            }
            for (InputStream stream : streams) {
                stream.close();
            }
        } finally {
            phones.shutdownNow();
        }
        assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(30);

        Path typed = process(folder, "typed");
        StringBuilder file = new StringBuilder("evening,table,theme\n");
        for (int table = 1; table <= 30; table++) {
            for (String theme : themesOf(table)) {
                file.append("1,").append(table).append(',').append(theme).append('\n');
            }
        }
        run("antwerp", "themes", typed.toString(), "--input", Files.writeString(folder.resolve("in.csv"), file).toString());
        assertThat(run("antwerp", "results", dir.toString(), "--format", "json"))
                .isEqualTo(run("antwerp", "results", typed.toString(), "--format", "json"));
    }
}
