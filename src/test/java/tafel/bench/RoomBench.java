package tafel.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import tafel.antwerp.Theme;
import tafel.app.AntwerpProcess;
import tafel.app.Notices;
import tafel.app.ProjectEntries;
import tafel.app.RoomAccess;
import tafel.app.TakeInProjects;
import tafel.app.RoomDesk;
import tafel.cli.Environment;
import tafel.cli.Tafel;
import tafel.io.antwerp.ProcessFolder;
import tafel.web.RoomServer;

/**
 * The room's figures of docs/BENCHMARKS.md: 30 tables posting steps 1, 2 and 3 at once (loopback,
 * five projector streams open), submit latency p50/p99 per step, entry to stream event, heap used.
 * Run with scripts/bench-room.
 */
public final class RoomBench {

    private RoomBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("room-bench");
        Path dir = work.resolve("proces");
        run("antwerp", "init", dir.toString(), "--budget", "1100000", "--themes", "examples/antwerpen/catalogus.csv",
                "--unit", "1000", "--tie-rule", "lot", "--seed", "1", "--tables", "30");
        ProcessFolder folder = new ProcessFolder(dir);
        // the projects are in the folder before the evening, so step 3 follows without a restart
        TakeInProjects.copy(Notices.quiet(), folder, Path.of("examples/antwerpen/projecten.csv"));
        AntwerpProcess process = AntwerpProcess.open(Notices.quiet(), folder);
        RoomAccess access = RoomAccess.open(folder, process.roster().orElseThrow(), new SecureRandom());
        RoomDesk desk = new RoomDesk(process, access, Clock.systemDefaultZone());
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService phones = Executors.newFixedThreadPool(30);
        List<String> names = process.contents().catalogue().themes().stream().map(Theme::name).toList();
        try (RoomServer server = RoomServer.start("127.0.0.1", 0, desk, access)) {
            String base = "http://127.0.0.1:" + server.port();
            List<BufferedReader> streams = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                streams.add(new BufferedReader(new InputStreamReader(client.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/stream")).build(), HttpResponse.BodyHandlers.ofInputStream()).body(),
                        StandardCharsets.UTF_8)));
            }
            List<Double> themes = burst(client, phones, base, access, table -> {
                List<String> five = new ArrayList<>(names);
                Collections.rotate(five, table * 3);
                return "{\"id\":\"t" + table + "\",\"step\":\"themes\",\"themes\":[\"" + String.join("\",\"", five.subList(0, 5))
                        + "\"]}";
            });
            String first = process.outcome().themes().selected().get(0).id();
            List<Double> budget = burst(client, phones, base, access,
                    table -> "{\"id\":\"b" + table + "\",\"step\":\"budget\",\"split\":{\"" + first + "\":1100000}}");
            Map<String, List<String>> byTheme = new TreeMap<>();
            ProjectEntries.ballot(process.outcome()).values().forEach(project ->
                    byTheme.computeIfAbsent(project.theme(), theme -> new ArrayList<>()).add(project.id()));
            List<String> round = new ArrayList<>();
            byTheme.values().stream().sorted((one, other) -> other.size() - one.size()).limit(2).forEach(round::addAll);
            List<Double> projects = burst(client, phones, base, access, table -> {
                List<String> five = new ArrayList<>(round);
                Collections.rotate(five, table);
                return "{\"id\":\"p" + table + "\",\"step\":\"projects\",\"round\":\"1\",\"projects\":[\""
                        + String.join("\",\"", five.subList(0, Math.min(5, five.size()))) + "\"]}";
            });
            long sent = System.nanoTime();
            client.send(HttpRequest.newBuilder(URI.create(base + "/api/entries"))
                    .header("Authorization", "Bearer " + access.tableTokens().get("1"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"again\",\"step\":\"budget\",\"split\":{\"" + first
                            + "\":1100000}}")).build(), HttpResponse.BodyHandlers.ofString());
            BufferedReader stream = streams.get(4);
            int changes = 0;
            for (String line; (line = stream.readLine()) != null; ) {
                if (line.startsWith("event: change") && ++changes == 91) {
                    break;
                }
            }
            double toStream = (System.nanoTime() - sent) / 1e6;
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.out.printf(Locale.ROOT, "30 tables at once, step 1 (themes): p50 %.0f ms, p99 %.0f ms%n", pct(themes, 50),
                    pct(themes, 99));
            System.out.printf(Locale.ROOT, "30 tables at once, step 2 (budget): p50 %.0f ms, p99 %.0f ms%n", pct(budget, 50),
                    pct(budget, 99));
            System.out.printf(Locale.ROOT, "30 tables at once, step 3 (projects): p50 %.0f ms, p99 %.0f ms%n",
                    pct(projects, 50), pct(projects, 99));
            System.out.printf(Locale.ROOT, "entry -> event on a projector stream: %.0f ms%n", toStream);
            System.out.printf(Locale.ROOT, "heap in use after the evening: %d MB%n",
                    (runtime.totalMemory() - runtime.freeMemory()) / 1024 / 1024);
            System.out.printf(Locale.ROOT, "journal: %d entries%n", Files.readAllLines(dir.resolve("events.jsonl")).size());
        } finally {
            phones.shutdownNow();
        }
    }

    private static List<Double> burst(HttpClient client, ExecutorService phones, String base, RoomAccess access,
                                      java.util.function.IntFunction<String> body) throws Exception {
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        List<Callable<Integer>> sends = new ArrayList<>();
        for (int table = 1; table <= 30; table++) {
            int number = table;
            sends.add(() -> {
                long start = System.nanoTime();
                int status = client.send(HttpRequest.newBuilder(URI.create(base + "/api/entries"))
                        .header("Authorization", "Bearer " + access.tableTokens().get(Integer.toString(number)))
                        .POST(HttpRequest.BodyPublishers.ofString(body.apply(number))).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
                millis.add((System.nanoTime() - start) / 1e6);
                if (status != 201) {
                    throw new IllegalStateException("table " + number + ": " + status);
                }
                return status;
            });
        }
        for (var answer : phones.invokeAll(sends, 60, TimeUnit.SECONDS)) {
            answer.get();
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted;
    }

    private static double pct(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static void run(String... args) {
        StringWriter err = new StringWriter();
        if (Tafel.run(new ByteArrayOutputStream(), new PrintWriter(err), Environment.plain(Locale.ENGLISH), args) != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": " + err);
        }
    }
}
