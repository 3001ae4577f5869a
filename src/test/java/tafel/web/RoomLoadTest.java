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

    /** A table's split of € 1.100.000 over the selected themes, in thousands, different per table. */
    private static List<Long> splitOf(int table, int themes) {
        List<Long> amounts = new ArrayList<>();
        long base = 1_100_000 / themes / 1000 * 1000;
        for (int i = 0; i < themes; i++) {
            amounts.add(base);
        }
        amounts.set(0, amounts.get(0) + 1_100_000 - base * themes);
        long shift = 1000L * (table % 7);
        amounts.set(0, amounts.get(0) - shift);
        amounts.set(themes - 1, amounts.get(themes - 1) + shift);
        return amounts;
    }

    /** Every table sends its body twice at once with the others (a phone that did not hear the answer). */
    private static void everyTableTwice(HttpClient client, String base, RoomAccess access,
                                        java.util.function.IntFunction<String> body) throws Exception {
        ExecutorService phones = Executors.newFixedThreadPool(30);
        try {
            List<Callable<List<Integer>>> sends = new ArrayList<>();
            for (int table = 1; table <= 30; table++) {
                int number = table;
                sends.add(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int attempt = 0; attempt < 2; attempt++) {
                        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/entries"))
                                .header("Authorization", "Bearer " + access.tableTokens().get(Integer.toString(number)))
                                .POST(HttpRequest.BodyPublishers.ofString(body.apply(number))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        statuses.add(answer.statusCode());
                    }
                    return statuses;
                });
            }
            for (Future<List<Integer>> answer : phones.invokeAll(sends, 60, TimeUnit.SECONDS)) {
                assertThat(answer.get()).containsExactly(201, 200);
            }
        } finally {
            phones.shutdownNow();
        }
    }

    private static List<InputStream> projectors(HttpClient client, String base) throws Exception {
        List<InputStream> streams = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            streams.add(client.send(HttpRequest.newBuilder(URI.create(base + "/api/stream")).build(),
                    HttpResponse.BodyHandlers.ofInputStream()).body());
        }
        return streams;
    }

    private static RoomServer serve(ProcessFolder folder, RoomAccess access) throws Exception {
        RoomDesk desk = new RoomDesk(AntwerpProcess.open(Notices.quiet(), folder), access,
                Clock.fixed(Instant.parse("2026-11-24T19:00:00Z"), ZoneId.of("Europe/Amsterdam")));
        return RoomServer.start("127.0.0.1", 0, desk, access);
    }

    private static com.fasterxml.jackson.databind.JsonNode tableView(HttpClient client, String base, RoomAccess access)
            throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/table"))
                        .header("Authorization", "Bearer " + access.tableTokens().get("1")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void thirtyTablesAtOnceThroughThreeStepsLoseNothingAndCountNothingTwice(@TempDir Path folder) throws Exception {
        Path dir = process(folder, "room");
        ProcessFolder processFolder = new ProcessFolder(dir);
        RoomAccess access = RoomAccess.open(processFolder,
                AntwerpProcess.open(Notices.quiet(), processFolder).roster().orElseThrow(), new SplittableRandom(11));
        HttpClient client = HttpClient.newHttpClient();
        List<String> selectedNames = new ArrayList<>();
        try (RoomServer server = serve(processFolder, access)) {
            String base = "http://127.0.0.1:" + server.port();
            List<InputStream> streams = projectors(client, base);
            everyTableTwice(client, base, access, table -> "{\"id\":\"t" + table + "\",\"step\":\"themes\",\"themes\":[\""
                    + String.join("\",\"", themesOf(table)) + "\"]}");
            var view = tableView(client, base, access);
            assertThat(view.path("step").asText()).isEqualTo("budget");
            List<String> selectedIds = new ArrayList<>();
            view.path("selected").forEach(theme -> {
                selectedIds.add(theme.path("id").asText());
                selectedNames.add(theme.path("name").asText());
            });
            everyTableTwice(client, base, access, table -> {
                List<Long> amounts = splitOf(table, selectedIds.size());
                StringBuilder split = new StringBuilder();
                for (int i = 0; i < selectedIds.size(); i++) {
                    split.append(i == 0 ? "" : ",").append('"').append(selectedIds.get(i)).append("\":").append(amounts.get(i));
                }
                return "{\"id\":\"b" + table + "\",\"step\":\"budget\",\"split\":{" + split + "}}";
            });
            for (InputStream stream : streams) {
                stream.close();
            }
        }
        // the projects are taken in between the forum and the festival, by the folder's own writer
        run("antwerp", "projects", dir.toString(), "--projects", EXAMPLES + "projecten.csv");
        List<String> round = new ArrayList<>();
        try (RoomServer server = serve(processFolder, access)) {
            String base = "http://127.0.0.1:" + server.port();
            List<InputStream> streams = projectors(client, base);
            var view = tableView(client, base, access);
            assertThat(view.path("step").asText()).isEqualTo("projects");
            java.util.Map<String, List<String>> ballot = new java.util.TreeMap<>();
            view.path("ballot").forEach(project -> ballot.computeIfAbsent(project.path("theme").asText(),
                    theme -> new ArrayList<>()).add(project.path("id").asText()));
            // a round covers two themes: the two with most projects on the ballot
            ballot.values().stream().sorted((one, other) -> other.size() - one.size()).limit(2).forEach(round::addAll);
            assertThat(round).as("enough projects for the tables to differ").hasSizeGreaterThan(5);
            everyTableTwice(client, base, access, table -> "{\"id\":\"p" + table + "\",\"step\":\"projects\",\"round\":\"1\","
                    + "\"projects\":[\"" + String.join("\",\"", projectsOf(table, round)) + "\"]}");
            for (InputStream stream : streams) {
                stream.close();
            }
        }
        assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).as("30 tables, 3 steps, every resend answered").hasSize(90);

        Path typed = process(folder, "typed");
        StringBuilder themes = new StringBuilder("evening,table,theme\n");
        StringBuilder budget = new StringBuilder("table,theme,amount\n");
        StringBuilder projects = new StringBuilder("round,table,project\n");
        for (int table = 1; table <= 30; table++) {
            for (String theme : themesOf(table)) {
                themes.append("1,").append(table).append(',').append(theme).append('\n');
            }
            List<Long> amounts = splitOf(table, selectedNames.size());
            for (int i = 0; i < selectedNames.size(); i++) {
                budget.append(table).append(',').append(selectedNames.get(i)).append(',').append(amounts.get(i)).append('\n');
            }
            for (String project : projectsOf(table, round)) {
                projects.append("1,").append(table).append(',').append(project).append('\n');
            }
        }
        run("antwerp", "themes", typed.toString(), "--input", Files.writeString(folder.resolve("t.csv"), themes).toString());
        run("antwerp", "budget", typed.toString(), "--input", Files.writeString(folder.resolve("b.csv"), budget).toString());
        run("antwerp", "projects", typed.toString(), "--projects", EXAMPLES + "projecten.csv");
        run("antwerp", "projects", typed.toString(), "--input", Files.writeString(folder.resolve("p.csv"), projects).toString());
        assertThat(run("antwerp", "results", dir.toString(), "--format", "json"))
                .isEqualTo(run("antwerp", "results", typed.toString(), "--format", "json"))
                .contains("\"funded_total\"");
    }

    private static List<String> projectsOf(int table, List<String> round) {
        List<String> projects = new ArrayList<>(round);
        Collections.shuffle(projects, new java.util.Random(table));
        return projects.subList(0, 5);
    }
}
