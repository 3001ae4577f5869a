package tafel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tafel.app.AntwerpProcess;
import tafel.app.Notices;
import tafel.app.RoomAccess;
import tafel.app.RoomDesk;
import tafel.cli.Environment;
import tafel.cli.Tafel;
import tafel.io.antwerp.ProcessFolder;

/** The room's API on loopback: tokens, idempotent entries, refusals in the page's language, results, the stream. */
class RoomServerTest {

    private static final String EXAMPLES = "examples/antwerpen/";
    private static final String FIVE = "[\"Fietspaden\", \"Speelpleinen\", \"Sport voor iedereen\", \"Jeugdwerking\", \"Buurtfeesten\"]";

    @TempDir
    Path folder;
    private Path dir;
    private RoomServer server;
    private RoomAccess access;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void serve() throws Exception {
        dir = folder.resolve("proces");
        tafel("antwerp", "init", dir.toString(), "--budget", "€ 1.100.000", "--themes", EXAMPLES + "catalogus.csv",
                "--unit", "1000", "--tie-rule", "lot", "--seed", "2026", "--tables", "10", "--title", "Burgerbegroting");
        ProcessFolder processFolder = new ProcessFolder(dir);
        AntwerpProcess process = AntwerpProcess.open(Notices.quiet(), processFolder);
        access = RoomAccess.open(processFolder, process.roster().orElseThrow(), new SplittableRandom(7));
        RoomDesk desk = new RoomDesk(process, access,
                Clock.fixed(Instant.parse("2026-11-24T19:00:00Z"), ZoneId.of("Europe/Amsterdam")));
        server = RoomServer.start("127.0.0.1", 0, desk, access);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void tafel(String... args) {
        int code = Tafel.run(new java.io.ByteArrayOutputStream(), new java.io.PrintWriter(new java.io.StringWriter()),
                Environment.plain(Locale.ENGLISH), args);
        assertThat(code).as(String.join(" ", args)).isZero();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> post(String token, String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/entries")).header("Content-Type", "application/json")
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTablesEntryIsJournaledOnceAndOnlyWithItsOwnToken() throws Exception {
        String three = access.tableTokens().get("3");
        assertThat(access.tableTokens()).hasSize(10);
        assertThat(Files.readString(dir.resolve("tafels.csv"))).startsWith("table,token\n1,").contains("\n3," + three + "\n");
        HttpResponse<String> created = post(three, "{\"id\":\"a1\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "nl");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).isEqualTo("{\"entry\":1,\"table\":\"3\",\"understood\":[\"Fietspaden\","
                + "\"Speelpleinen\",\"Sport voor iedereen\",\"Jeugdwerking\",\"Buurtfeesten\"]}");
        assertThat(Files.readString(dir.resolve("events.jsonl"))).contains("\"table\":\"3\"");
        HttpResponse<String> again = post(three, "{\"id\":\"a1\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "nl");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(created.body());
        assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(1);

        assertThat(post(null, "{\"id\":\"b\",\"step\":\"themes\"}", "en").statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("0000", "{\"id\":\"b\",\"step\":\"themes\"}", "nl");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Deze link geldt niet");
        HttpResponse<String> other = post(three, "{\"id\":\"c\",\"step\":\"themes\",\"table\":\"4\",\"themes\":" + FIVE + "}", "en");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("This link is for table 3");
        HttpResponse<String> refused = post(three, "{\"id\":\"d\",\"step\":\"themes\",\"themes\":[\"Zwembad\"]}", "nl");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("onbekend thema \\\"Zwembad\\\"", "precies 5");
        assertThat(post(three, "{\"step\":", "en").statusCode()).isEqualTo(400);
        assertThat(post(three, "{\"id\":\"e\",\"step\":\"themes\",\"x\":\"" + "a".repeat(70_000) + "\"}", "en").statusCode())
                .isEqualTo(413);
        assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(1);
    }

    @Test
    void theResultsAreExactlyTheCommandsJsonAndTheStreamSaysWhenTheyChange() throws Exception {
        HttpRequest streamRequest = HttpRequest.newBuilder(uri("/api/stream")).build();
        HttpResponse<java.io.InputStream> stream = client.send(streamRequest, HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertThat(events.readLine()).isEqualTo("event: hello");
        CompletableFuture<String> change = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = events.readLine()) != null; ) {
                    if (line.startsWith("event: change")) {
                        return events.readLine();
                    }
                }
                return "";
            } catch (java.io.IOException closed) {
                return "";
            }
        });
        long sent = System.nanoTime();
        assertThat(post(access.tableTokens().get("1"), "{\"id\":\"x\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "en")
                .statusCode()).isEqualTo(201);
        assertThat(change.get(5, TimeUnit.SECONDS)).isEqualTo("data: {\"entry\":1}");
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(1));

        HttpResponse<String> results = client.send(HttpRequest.newBuilder(uri("/api/results"))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        java.io.ByteArrayOutputStream cli = new java.io.ByteArrayOutputStream();
        Tafel.run(cli, new java.io.PrintWriter(new java.io.StringWriter()), Environment.plain(Locale.ENGLISH),
                "antwerp", "results", dir.toString(), "--format", "json");
        assertThat(results.body()).isEqualTo(cli.toString(StandardCharsets.UTF_8));
        assertThat(results.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    }

    @Test
    void aResendAfterARestartOfTheServerIsRecognisedFromTheJournal() throws Exception {
        String token = access.tableTokens().get("7");
        assertThat(post(token, "{\"id\":\"phone-7-1\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "en").statusCode())
                .isEqualTo(201);
        assertThat(Files.readString(dir.resolve("events.jsonl"))).contains("\"client\":\"phone-7-1\"");
        server.close();
        AntwerpProcess reopened = AntwerpProcess.open(Notices.quiet(), new ProcessFolder(dir));
        RoomDesk restarted = new RoomDesk(reopened, access, Clock.systemUTC());
        server = RoomServer.start("127.0.0.1", 0, restarted, access);
        HttpResponse<String> again = post(token, "{\"id\":\"phone-7-1\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "en");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).startsWith("{\"entry\":1,\"table\":\"7\"");
        assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(1);
        assertThat(post(token, "{\"id\":\"" + "x".repeat(101) + "\",\"step\":\"themes\"}", "en").statusCode()).isEqualTo(400);
    }

    private String stepOf(String token) throws Exception {
        String body = client.send(HttpRequest.newBuilder(uri("/api/table")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.replaceAll("(?s).*\"step\":\"(\\w+)\".*", "$1");
    }

    @Test
    void thePhonesMoveToTheBudgetWhenEveryTableChoseAndStayThereUntilEveryTableSplit() throws Exception {
        for (int table = 1; table <= 10; table++) {
            assertThat(stepOf(access.tableTokens().get("1"))).isEqualTo("themes");
            assertThat(post(access.tableTokens().get(Integer.toString(table)), "{\"id\":\"t" + table
                    + "\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "en").statusCode()).isEqualTo(201);
        }
        assertThat(stepOf(access.tableTokens().get("1"))).isEqualTo("budget");
        String id = Files.readString(dir.resolve("themes.csv")).lines().filter(line -> line.contains(",Fietspaden,"))
                .findFirst().orElseThrow().split(",")[0];
        HttpResponse<String> split = post(access.tableTokens().get("1"), "{\"id\":\"b1\",\"step\":\"budget\",\"split\":{\""
                + id + "\":1100000}}", "en");
        assertThat(split.statusCode()).as(split.body()).isEqualTo(201);
        assertThat(stepOf(access.tableTokens().get("2"))).as("nine tables still to split").isEqualTo("budget");
        assertThat(post(access.tableTokens().get("2"), "{\"id\":\"b2\",\"step\":\"budget\",\"split\":{\"" + id
                + "\":99999999999999999}}", "en").statusCode()).as("an amount beyond any budget").isEqualTo(422);
        assertThat(post(access.tableTokens().get("2"), "{\"id\":\"b3\",\"step\":\"budget\",\"split\":{\"" + id
                + "\":[1]}}", "en").statusCode()).as("an amount that is no amount").isEqualTo(400);
    }

    @Test
    void aPhoneThatSendsTooOftenIsAskedToWait() throws Exception {
        String token = access.tableTokens().get("5");
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 31; i++) {
            statuses.add(post(token, "{\"id\":\"r" + i + "\",\"step\":\"themes\",\"themes\":[\"Zwembad\"]}", "nl").statusCode());
        }
        assertThat(statuses.subList(0, 30)).containsOnly(422);
        assertThat(statuses.get(30)).isEqualTo(429);
        assertThat(post(access.tableTokens().get("6"), "{\"id\":\"s\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "nl")
                .statusCode()).as("another table is not slowed down").isEqualTo(201);
    }

    @Test
    void pagesCarryNoSecretAndTheTableApiOnlyItsTable() throws Exception {
        String token = access.tableTokens().get("2");
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/t/" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(access.adminToken()).doesNotContain(token).contains("textContent");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        HttpResponse<String> table = client.send(HttpRequest.newBuilder(uri("/api/table"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(table.body()).contains("\"table\":\"2\"", "\"step\":\"themes\"").doesNotContain(access.adminToken());
        assertThat(client.send(HttpRequest.newBuilder(uri("/../../etc/passwd")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(client.send(HttpRequest.newBuilder(uri("/api/table")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> admin(String token, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "nl");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(body == null ? request.build()
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String themeIds() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (String name : List.of("Fietspaden", "Speelpleinen", "Sport voor iedereen", "Jeugdwerking", "Buurtfeesten")) {
            ids.add(Files.readString(dir.resolve("themes.csv")).lines().filter(line -> line.contains("," + name + ","))
                    .findFirst().orElseThrow().split(",")[0]);
        }
        return String.join(", ", ids);
    }

    @Test
    void theFacilitatorAsksBeforeReplacingWhenThePromptSaysSoAndUndoesTheLast() throws Exception {
        String facilitator = access.adminToken();
        assertThat(post(facilitator, "{\"id\":\"1\",\"step\":\"themes\",\"table\":\"5\",\"themes\":" + FIVE + "}", "en")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> ask = post(facilitator, "{\"id\":\"2\",\"step\":\"themes\",\"table\":\"5\",\"replace\":false,"
                + "\"themes\":" + FIVE + "}", "en");
        assertThat(ask.statusCode()).isEqualTo(409);
        assertThat(ask.body()).contains("\"confirm\":[\"Table 5 already entered (entry 1)");
        assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(1);
        HttpResponse<String> last = admin(facilitator, "/api/admin/undo", "{\"step\":\"themes\",\"table\":\"5\"}");
        assertThat(last.body()).startsWith("{\"undone\":1,");
        assertThat(admin(facilitator, "/api/admin/undo", "{\"step\":\"themes\"}").body()).as("nothing left").isEqualTo("{}");
    }

    @Test
    void theFacilitatorEntersForAnyTableAndWithdrawsWhatCameIn() throws Exception {
        String facilitator = access.adminToken();
        assertThat(admin(null, "/api/admin", null).statusCode()).isEqualTo(401);
        assertThat(admin("0000", "/api/admin", null).statusCode()).isEqualTo(401);
        HttpResponse<String> table = admin(access.tableTokens().get("1"), "/api/admin", null);
        assertThat(table.statusCode()).isEqualTo(403);
        assertThat(table.body()).contains("Alleen de begeleider");
        assertThat(admin(access.tableTokens().get("1"), "/api/admin/undo", "{\"entry\":1}").statusCode()).isEqualTo(403);

        assertThat(post(access.tableTokens().get("3"), "{\"id\":\"p3\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "nl")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> typed = post(facilitator, "{\"id\":\"f1\",\"step\":\"themes\",\"table\":\"Tafel 04\","
                + "\"themes\":" + FIVE + "}", "nl");
        assertThat(typed.statusCode()).as(typed.body()).isEqualTo(201);
        assertThat(typed.body()).startsWith("{\"entry\":2,\"table\":\"4\",");
        HttpResponse<String> noTable = post(facilitator, "{\"id\":\"f2\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "nl");
        assertThat(noTable.statusCode()).isEqualTo(422);
        assertThat(noTable.body()).contains("voor welke tafel");

        HttpResponse<String> overview = admin(facilitator, "/api/admin", null);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("\"step\":\"themes\"", "\"round\":\"1\"", "\"view\":\"auto\"",
                "{\"table\":\"3\",\"host\":\"\",\"themes\":1,\"budget\":null,\"projects\":null}",
                "{\"table\":\"4\",\"host\":\"\",\"themes\":2,", "\"names\":[\"Fietspaden\",");

        HttpResponse<String> undone = admin(facilitator, "/api/admin/undo", "{\"entry\":1}");
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(undone.body()).isEqualTo("{\"undone\":1,\"what\":\"themes 1/3: " + themeIds() + "\",\"entry\":3}");
        assertThat(admin(facilitator, "/api/admin", null).body()).contains("{\"table\":\"3\",\"host\":\"\",\"themes\":null,",
                "{\"entry\":3,\"type\":\"undone\"", "\"corrects\":1");
        HttpResponse<String> twice = admin(facilitator, "/api/admin/undo", "{\"entry\":1}");
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("1");
        assertThat(admin(facilitator, "/api/admin/undo", "{\"entry\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(admin(facilitator, "/api/admin/nothing", "{}").statusCode()).isEqualTo(404);
        assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(3);
    }

    @Test
    void aClosedStepRefusesThePhonesButNotTheFacilitatorAndOpensAgain() throws Exception {
        String facilitator = access.adminToken();
        assertThat(post(access.tableTokens().get("1"), "{\"id\":\"a\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "nl")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> closed = admin(facilitator, "/api/admin/close", "{\"step\":\"themes\",\"closed\":true}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(closed.body()).isEqualTo("{\"entry\":2}");
        assertThat(admin(facilitator, "/api/admin/close", "{\"step\":\"themes\"}").body())
                .as("closing twice writes nothing").isEqualTo("{}");
        assertThat(stepOf(access.tableTokens().get("2"))).as("the phones move on").isEqualTo("budget");

        HttpResponse<String> late = post(access.tableTokens().get("2"), "{\"id\":\"b\",\"step\":\"themes\",\"themes\":"
                + FIVE + "}", "nl");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("De begeleider heeft deze stap gesloten");
        assertThat(post(access.tableTokens().get("1"), "{\"id\":\"a\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "nl")
                .statusCode()).as("a resend of what was already in").isEqualTo(200);
        assertThat(post(facilitator, "{\"id\":\"f\",\"step\":\"themes\",\"table\":\"2\",\"themes\":" + FIVE + "}", "nl")
                .statusCode()).isEqualTo(201);

        assertThat(admin(facilitator, "/api/admin/close", "{\"step\":\"themes\",\"closed\":false}").body())
                .isEqualTo("{\"entry\":4}");
        assertThat(post(access.tableTokens().get("2"), "{\"id\":\"c\",\"step\":\"themes\",\"themes\":" + FIVE + "}", "nl")
                .statusCode()).isEqualTo(201);
        assertThat(Files.readString(dir.resolve("events.jsonl")))
                .contains("\"type\":\"step_closed\"", "\"step\":\"themes\",\"part\":\"1\"", "\"type\":\"step_reopened\"");
        assertThat(admin(facilitator, "/api/admin/close", "{\"step\":\"feest\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void closingARoundMovesThePhonesToTheNextAndTheProjectorViewIsTheFacilitatorsChoice() throws Exception {
        String facilitator = access.adminToken();
        assertThat(admin(facilitator, "/api/admin/close", "{\"step\":\"projects\",\"closed\":true}").body())
                .isEqualTo("{\"entry\":1}");
        assertThat(admin(facilitator, "/api/admin/close", "{\"step\":\"projects\",\"closed\":true}").body())
                .isEqualTo("{\"entry\":2}");
        assertThat(admin(null, "/api/room", null).body()).contains("\"round\":\"3\"", "\"view\":\"auto\"");
        assertThat(admin(facilitator, "/api/admin/close", "{\"step\":\"projects\",\"closed\":false}").body())
                .as("reopening takes back the round closed last").isEqualTo("{\"entry\":3}");
        assertThat(admin(null, "/api/room", null).body()).contains("\"round\":\"2\"");

        HttpResponse<String> view = admin(facilitator, "/api/admin/view", "{\"view\":\"budget\"}");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(admin(null, "/api/room", null).body()).contains("\"view\":\"budget\"");
        HttpResponse<String> unknown = admin(facilitator, "/api/admin/view", "{\"view\":\"<script>\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("auto, budget, projects, themes").doesNotContain("<script>");
        assertThat(admin(null, "/api/admin/view", "{\"view\":\"themes\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void theFacilitatorsPageHoldsNoTokenAndTablesCannotReachItsApi() throws Exception {
        HttpResponse<String> page = admin(null, "/f/" + access.adminToken(), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(access.adminToken()).contains("/api/admin");
        assertThat(admin(null, "/t/" + access.tableTokens().get("1"), null).body()).doesNotContain("/api/admin");
    }
}
