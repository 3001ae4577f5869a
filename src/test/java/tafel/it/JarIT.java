package tafel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Runs the shaded jar (and the launcher) as real processes, the way README tells people to. */
class JarIT {

    private static final Path JAR = Path.of("target", "tafel.jar");

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tafel-out", ".txt");
        Path err = Files.createTempFile("tafel-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("LANG", "en_US.UTF-8");
            builder.environment().put("NO_COLOR", "1");
            Process process = builder.start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Result tafel(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    @Test
    void validatesEveryTemplate() throws Exception {
        List<String> args = new ArrayList<>(List.of("validate"));
        try (Stream<Path> templates = Files.list(Path.of("templates"))) {
            templates.sorted().forEach(path -> args.add(path.toString()));
        }
        assertThat(args).hasSize(7);
        Result result = tafel(args.toArray(String[]::new));
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(6).allMatch(line -> line.endsWith(": ok (warnings: 0)"));
    }

    @Test
    void showsTheLeersessieWithClockTimes() throws Exception {
        Result result = tafel("show", "templates/leersessie-bewoners-ambtenaren.yaml", "--start", "19:30",
                "--format", "csv");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).contains("A,Inleiding + toelichting op programma,5,19:30,19:35",
                "B,1-op-1-gesprek tussen 1 buurtproject en 1 ambtenaar,10,19:35,19:45",
                "C,Rondetafelgesprekken,40,19:45,20:25", "C.5,Het dreamteam!,5,20:20,20:25");
    }

    @Test
    void plansThirtyTwoPeopleAtTablesOfFourForTenRoundsWithoutRepeatsTheSameEveryRun() throws Exception {
        Path first = Files.createTempFile("tafels", ".csv");
        Path second = Files.createTempFile("tafels", ".csv");
        try {
            Result result = tafel("tables", "--people", "32", "--size", "4", "--rounds", "10", "--format", "csv", "-o", first.toString());
            assertThat(result.exitCode()).isZero();
            assertThat(result.err()).contains("No two people share a table twice in these 10 rounds");
            assertThat(tafel("tables", "--people", "32", "--size", "4", "--rounds", "10", "--format", "csv", "-o", second.toString())
                    .exitCode()).isZero();
            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
            // read back as an organiser's spreadsheet would: round,table,participant_id,participant_name
            Map<String, List<String>> tables = new TreeMap<>();
            Files.readAllLines(first, StandardCharsets.UTF_8).stream().skip(1).map(line -> line.split(","))
                    .forEach(cells -> tables.computeIfAbsent(cells[0] + "/" + cells[1], key -> new ArrayList<>()).add(cells[2]));
            assertThat(tables).hasSize(80).allSatisfy((key, seated) -> assertThat(seated).hasSize(4));
            Set<String> pairs = new HashSet<>();
            for (List<String> seated : tables.values()) {
                for (int i = 0; i < seated.size(); i++) {
                    for (int j = i + 1; j < seated.size(); j++) {
                        assertThat(pairs.add(seated.get(i) + "-" + seated.get(j))).as("pair %s-%s meets once", seated.get(i), seated.get(j)).isTrue();
                        pairs.add(seated.get(j) + "-" + seated.get(i));
                    }
                }
            }
            assertThat(pairs).hasSize(2 * 480);
        } finally {
            Files.deleteIfExists(first);
            Files.deleteIfExists(second);
        }
    }

    @Test
    void reportsBadDataWithExit65AndNoStackTrace() throws Exception {
        Result result = tafel("validate", "src/test/resources/issue-example.yaml");
        assertThat(result.exitCode()).isEqualTo(65);
        assertThat(result.err()).contains(":6:5: error:", ":9:14: error:", ":12:14: error:").doesNotContain("\tat ");
    }

    @Test
    void reportsAMissingFileWithExit66() throws Exception {
        Result result = tafel("show", "no-such-file.yaml");
        assertThat(result.exitCode()).isEqualTo(66);
        assertThat(result.err()).startsWith("tafel: Cannot find the file no-such-file.yaml.");
    }

    @Test
    void printsNamesWithDiacriticsAsUtf8() throws Exception {
        Path draaiboek = Files.createTempFile("tafel", ".yaml");
        try {
            Files.writeString(draaiboek, "title: Avond met Zoë Ünver en Şahin\nblocks:\n  - {code: A, title: Øyvind, minutes: 5}\n");
            Result result = tafel("show", draaiboek.toString(), "--format", "csv");
            assertThat(result.out()).contains("A,Øyvind,5,00:00,00:05");
            assertThat(tafel("show", draaiboek.toString()).out()).contains("Avond met Zoë Ünver en Şahin");
        } finally {
            Files.deleteIfExists(draaiboek);
        }
    }

    @Test
    void theLauncherRunsTheJarFromAnyFolder() throws Exception {
        Path launcher = Path.of("scripts", "tafel").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version")
                .directory(Files.createTempDirectory("elsewhere").toFile());
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("tafel 0.");
    }

    @Test
    void withoutATerminalRunFallsBackToPlainLines() throws Exception {
        Path session = Files.createTempDirectory("plain").resolve("sessie");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "run", "leersessie-bewoners", "--session", session.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", "en_US.UTF-8");
        builder.environment().put("TERM", "dumb");
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write("note via een pijp\n\nwait 5m\nquit\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err).contains("plain line mode").contains("stdin:3: \"wait\" only works with --headless");
        assertThat(out).contains("note for A saved: via een pijp").containsPattern("\\d\\d:\\d\\d:\\d\\d A: 0:0\\d of 5:00")
                .contains("session ended");
        assertThat(Files.readString(session.resolve("events.jsonl"))).contains("\"text\":\"via een pijp\"");
    }

    /** Two real processes on one session folder: the second is refused while the first runs, and free after it ends. */
    @Test
    void aSecondWriterIsRefusedWhileTheFirstRunsAndWelcomeAfter() throws Exception {
        Path work = Files.createTempDirectory("writers");
        Path session = work.resolve("sessie");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Result created = tafel("run", "leersessie-bewoners", "--session", session.toString(), "--headless",
                "--date", "2026-11-24", "--start", "19:30", "--input", Files.writeString(work.resolve("a.txt"), "wait 2m\n").toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        List<String> resume = List.of(java, "-jar", JAR.toAbsolutePath().toString(), "run", "--resume", session.toString(),
                "--headless");
        Process first = new ProcessBuilder(resume).redirectError(work.resolve("first.err").toFile())
                .redirectOutput(work.resolve("first.out").toFile()).start();
        try {
            Path lock = session.resolve(".tafel-lock");
            for (int tries = 0; tries < 600 && !(Files.exists(lock) && Files.readString(lock).startsWith(first.pid() + "\t")); tries++) {
                Thread.sleep(50);
            }
            Result second = run(resume);
            assertThat(second.exitCode()).as(second.err()).isEqualTo(75);
            assertThat(second.err()).contains("is being written by another tafel: 'tafel run --resume' (process " + first.pid());
            assertThat(tafel("status", session.toString()).exitCode()).isZero();
        } finally {
            first.getOutputStream().write("note van de eerste\n".getBytes(StandardCharsets.UTF_8));
            first.getOutputStream().close();
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first.exitValue()).isZero();
        Result after = tafel("run", "--resume", session.toString(), "--headless", "--input",
                Files.writeString(work.resolve("b.txt"), "note van de tweede\n").toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(Files.readString(session.resolve("events.jsonl"))).contains("van de eerste", "van de tweede");
    }

    /** The room's server as a real process on loopback: the address first, a phone's entry journaled, no second writer. */
    @Test
    void theRoomServerTakesATablesEntryAndIsTheFoldersOnlyWriter() throws Exception {
        Path work = Files.createTempDirectory("room");
        Path dir = work.resolve("proces");
        Result init = tafel("antwerp", "init", dir.toString(), "--budget", "1100000", "--themes",
                "examples/antwerpen/catalogus.csv", "--unit", "1000", "--tables", "5");
        assertThat(init.exitCode()).as(init.err()).isZero();
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(javaBinary, "-jar", JAR.toAbsolutePath().toString(), "antwerp", "serve", dir.toString(),
                "--bind", "127.0.0.1", "--port", "0").redirectError(work.resolve("serve.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            String base = out.readLine();
            assertThat(base).matches("http://127\\.0\\.0\\.1:\\d+/");
            String token = Files.readAllLines(dir.resolve("tafels.csv")).get(2).split(",")[1];
            HttpResponse<String> sent = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "api/entries"))
                            .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"id\":\"1\",\"step\":\"themes\",\"themes\":[\"Fietspaden\",\"Speelpleinen\","
                                            + "\"Zwerfvuil\",\"Jeugdwerking\",\"Buurtfeesten\"]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            assertThat(Files.readString(dir.resolve("events.jsonl"))).contains("\"table\":\"2\"");
            // the laptop's own prompt goes through the server, which stays the one writer
            ProcessBuilder prompt = new ProcessBuilder(javaBinary, "-jar", JAR.toAbsolutePath().toString(), "antwerp",
                    "themes", dir.toString(), "--lang", "en");
            prompt.environment().put("LANG", "en_US.UTF-8");
            prompt.redirectOutput(work.resolve("prompt.out").toFile()).redirectError(work.resolve("prompt.err").toFile());
            Process typing = prompt.start();
            try (var keys = typing.getOutputStream()) {
                keys.write(("4: Fietspaden, Speelpleinen, Zwerfvuil, Jeugdwerking, Buurtfeesten\n"
                        + "2: Fietspaden, Speelpleinen, Zwerfvuil, Jeugdwerking, Cultuur\ny\n").getBytes(StandardCharsets.UTF_8));
            }
            assertThat(typing.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(typing.exitValue()).as(Files.readString(work.resolve("prompt.err"))).isZero();
            assertThat(Files.readString(work.resolve("prompt.err"))).contains("The room’s server runs for this folder (" + base);
            assertThat(Files.readString(work.resolve("prompt.out"))).contains("Entry 2 · table 4 saved",
                    "Table 2 already entered (entry 1)", "Entry 3 · table 2 saved");
            Result undo = tafel("antwerp", "themes", dir.toString(), "--undo", "2");
            assertThat(undo.exitCode()).as(undo.err()).isZero();
            Result otherStep = tafel("antwerp", "projects", dir.toString(), "--undo", "3");
            assertThat(otherStep.exitCode()).as(otherStep.err()).isEqualTo(65);
            assertThat(otherStep.err()).contains("Entry 3 (themes 1/2: ", "belongs to another step");
            assertThat(Files.readString(dir.resolve("events.jsonl"))).contains("\"undoes\":2").doesNotContain("\"undoes\":3");
            Result second = tafel("antwerp", "themes", dir.toString(), "--input", "examples/antwerpen/themas.csv");
            assertThat(second.exitCode()).as("files are taken in by the folder's own writer only").isEqualTo(75);
            assertThat(second.err()).contains("'tafel antwerp serve'");
        } finally {
            server.destroy();
            assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** kill -9 of the room's server in the middle of a burst: every entry it acknowledged is in the journal after a restart. */
    @Test
    void everyAcknowledgedEntrySurvivesAKillOfTheServer() throws Exception {
        Path work = Files.createTempDirectory("room-kill");
        Path dir = work.resolve("proces");
        assertThat(tafel("antwerp", "init", dir.toString(), "--budget", "1100000", "--themes",
                "examples/antwerpen/catalogus.csv", "--unit", "1000", "--tables", "30").exitCode()).isZero();
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> serve = List.of(javaBinary, "-jar", JAR.toAbsolutePath().toString(), "antwerp", "serve", dir.toString(),
                "--bind", "127.0.0.1", "--port", "0");
        Process server = new ProcessBuilder(serve).redirectError(work.resolve("serve.err").toFile()).start();
        String base = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        List<String> tokens = Files.readAllLines(dir.resolve("tafels.csv")).subList(1, 31);
        HttpClient client = HttpClient.newHttpClient();
        List<Integer> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService phones = java.util.concurrent.Executors.newFixedThreadPool(30);
        for (int table = 0; table < 30; table++) {
            String token = tokens.get(table).split(",")[1];
            int number = table;
            phones.submit(() -> {
                try {
                    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "api/entries"))
                            .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"id\":\"k" + number + "\",\"step\":\"themes\",\"themes\":[\"Fietspaden\","
                                            + "\"Speelpleinen\",\"Zwerfvuil\",\"Jeugdwerking\",\"Buurtfeesten\"]}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 201) {
                        acknowledged.add(Integer.parseInt(answer.body().replaceFirst("(?s)^\\{\"entry\":(\\d+),.*", "$1")));
                    }
                } catch (Exception cut) {
                    // the server was killed under this request: it was not acknowledged
                }
                return null;
            });
            if (table == 14) {
                // in the middle of the burst: some answered, some in flight, the rest still to come
                for (int wait = 0; wait < 200 && acknowledged.size() < 3; wait++) {
                    Thread.sleep(10);
                }
                server.destroyForcibly();
            }
        }
        phones.shutdown();
        assertThat(phones.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Result status = tafel("antwerp", "results", dir.toString(), "--format", "json");
        assertThat(status.exitCode()).as(status.err()).isZero();
        String journal = Files.readString(dir.resolve("events.jsonl"));
        assertThat(acknowledged).as("entries answered before the kill").hasSizeGreaterThanOrEqualTo(3).hasSizeLessThan(30);
        for (int entry : acknowledged) {
            assertThat(journal).as("acknowledged entry " + entry).contains("\"entry\":" + entry + ",");
        }
    }

    /** After a crash the facilitator starts the same draaiboek again: tafel offers the unfinished session instead of a new one. */
    @Test
    void startingADraaiboekAgainOffersItsUnfinishedSession() throws Exception {
        Path work = Files.createTempDirectory("again");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "run", "leersessie-bewoners", "--headless", "--date", "2026-11-24", "--start", "19:30"));
        ProcessBuilder first = new ProcessBuilder(command).directory(work.toFile());
        first.environment().put("LANG", "en_US.UTF-8");
        Process started = first.start();
        try (var stdin = started.getOutputStream()) {
            stdin.write("wait 2m\nnote eerste\n".getBytes(StandardCharsets.UTF_8));
        }
        started.getInputStream().readAllBytes();
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Process again = new ProcessBuilder(command).directory(work.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        again.getOutputStream().close();
        String err = new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(err).isEqualTo(75);
        assertThat(err).contains("is unfinished in sessions/2026-11-24-leersessie-voor-bewoners",
                "tafel run --resume sessions/2026-11-24-leersessie-voor-bewoners", "--new");
        assertThat(work.resolve("sessions/2026-11-24-leersessie-voor-bewoners-2")).doesNotExist();
        List<String> fresh = new ArrayList<>(command);
        fresh.add("--new");
        Process anew = new ProcessBuilder(fresh).directory(work.toFile()).start();
        anew.getOutputStream().close();
        anew.getInputStream().readAllBytes();
        assertThat(anew.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(work.resolve("sessions/2026-11-24-leersessie-voor-bewoners-2")).isDirectory();
    }

    /** A closed terminal window or kill: the process says how to go on, and nothing confirmed is lost. */
    @Test
    void aTerminatedLiveSessionSaysHowToResume() throws Exception {
        Path session = Files.createTempDirectory("term").resolve("sessie");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "run", "leersessie-bewoners", "--session", session.toString(), "--plain");
        builder.environment().put("LANG", "en_US.UTF-8");
        Path errFile = Files.createTempFile("tafel-term", ".txt");
        builder.redirectError(errFile.toFile());
        Process process = builder.start();
        var stdin = process.getOutputStream();
        stdin.write("note voor het einde\n".getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        for (int i = 0; i < 100 && !(Files.exists(session.resolve("events.jsonl"))
                && Files.readString(session.resolve("events.jsonl")).contains("voor het einde")); i++) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(session.resolve("events.jsonl"))).contains("voor het einde");
        process.toHandle().destroy(); // SIGTERM, leaving its stdin open (Process.destroy would close it first)
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(errFile, StandardCharsets.UTF_8);
        Files.deleteIfExists(errFile);
        assertThat(err).containsPattern("continue (it )?with: tafel run --resume " + java.util.regex.Pattern.quote(session.toString()));
        assertThat(Files.readString(session.resolve("events.jsonl"))).contains("voor het einde");
    }

    /** A file larger than the memory tafel may use ends in one plain message with the limit, never a stack trace. */
    @Test
    void runningOutOfMemoryIsOnePlainMessage() throws Exception {
        StringBuilder pb = new StringBuilder("META\nkey;value\nnum_projects;50\nbudget;100000\nvote_type;approval\n"
                + "PROJECTS\nproject_id;cost;name\n");
        for (int i = 0; i < 50; i++) {
            pb.append(i).append(';').append(1000 + i).append(";Project ").append(i).append('\n');
        }
        pb.append("VOTES\nvoter_id;vote\n");
        for (int voter = 0; voter < 400_000; voter++) {
            pb.append(voter).append(';').append(voter % 50).append(',').append((voter * 7) % 50).append('\n');
        }
        Path file = Files.createTempFile("big", ".pb");
        Files.writeString(file, pb);
        Result result = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-jar", JAR.toString(), "projects", "allocate", "--pb", file.toString()));
        Files.deleteIfExists(file);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(65);
        assertThat(result.err()).contains("too large for the memory tafel may use (24 MB)")
                .doesNotContain("OutOfMemoryError", "\tat ");
    }

    /** Line mode warns as the full screen does: a status line and the terminal's bell when the warning time is reached. */
    @Test
    void plainLineModeWarnsWithABell() throws Exception {
        Path work = Files.createTempDirectory("warn");
        Path draaiboek = Files.writeString(work.resolve("kort.yaml"),
                "title: Kort\nblocks:\n  - {code: A, title: Eén minuut, minutes: 1}\n  - {code: B, title: Nog een, minutes: 1}\n");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "run", draaiboek.toString(), "--session", work.resolve("s").toString(),
                "--warn", "1", "--plain");
        builder.environment().put("LANG", "en_US.UTF-8");
        Path out = work.resolve("out.txt");
        builder.redirectOutput(out.toFile()).redirectError(work.resolve("err.txt").toFile());
        Process process = builder.start();
        var stdin = process.getOutputStream();
        // one minute left at the start is within --warn 1: the ticker says so within a second or two
        for (int i = 0; i < 100 && !Files.readString(out, StandardCharsets.UTF_8).contains("\u0007"); i++) {
            Thread.sleep(100);
        }
        stdin.write("quit\n".getBytes(StandardCharsets.UTF_8));
        stdin.close();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(printed).contains("\u0007").containsPattern("A: 0:0\\d of 1:00");
    }

    /**
     * {@code run --serve}: the countdown page's data follows the terminal. Headless, so the clock
     * is the script's: "wait 2m" moves it exactly two minutes.
     */
    @Test
    void theRoomsCountdownFollowsTheSessionTheTerminalControls() throws Exception {
        Path work = Files.createTempDirectory("countdown");
        Path draaiboek = Files.writeString(work.resolve("kort.yaml"), "title: Kort <b>avond</b>\nblocks:\n"
                + "  - {code: A, title: Welkom, minutes: 5}\n  - {code: B, title: Gesprek, minutes: 20}\n");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "run", draaiboek.toString(), "--session", work.resolve("s").toString(),
                "--headless", "--serve", "--port", "0", "--bind", "127.0.0.1", "--start", "19:30", "--date", "2026-11-24");
        builder.environment().put("LANG", "en_US.UTF-8");
        builder.redirectError(work.resolve("err.txt").toFile());
        Process process = builder.start();
        var stdin = process.getOutputStream();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String first = out.readLine();
            assertThat(first).as(Files.readString(work.resolve("err.txt"))).matches("Countdown for the room: http://127\\.0\\.0\\.1:\\d+/");
            String base = first.substring(first.indexOf("http"));
            HttpClient client = HttpClient.newHttpClient();
            // headless starts the session by itself, a moment after the address is printed
            String started = "";
            for (int i = 0; i < 100 && !started.contains("\"phase\":\"running\""); i++) {
                Thread.sleep(i == 0 ? 0 : 100);
                started = client.send(HttpRequest.newBuilder(URI.create(base + "api/session")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            assertThat(started).contains("\"title\":\"Kort <b>avond</b>\"", "\"phase\":\"running\"",
                    "\"block\":\"Welkom\"", "\"remaining_seconds\":300");
            stdin.write("wait 2m\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            String running = "";
            for (int i = 0; i < 100 && !running.contains("\"remaining_seconds\":180"); i++) {
                Thread.sleep(100);
                running = client.send(HttpRequest.newBuilder(URI.create(base + "api/session")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            assertThat(running).contains("\"phase\":\"running\"", "\"block\":\"Welkom\"", "\"remaining_seconds\":180",
                    "\"next\":\"Gesprek\"", "\"expected_end\":\"19:55\"");
            stdin.write("next\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            String next = "";
            for (int i = 0; i < 100 && !next.contains("Gesprek\",\"work_form"); i++) {
                Thread.sleep(100);
                next = client.send(HttpRequest.newBuilder(URI.create(base + "api/session")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            assertThat(next).contains("\"block_number\":2", "\"remaining_seconds\":1200", "\"next\":null",
                    "\"expected_end\":\"19:52\"");
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("EventSource").doesNotContain("http://", "https://");
            assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "api/session"))
                    .POST(HttpRequest.BodyPublishers.ofString("next")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("the page cannot steer the session").isEqualTo(404);
        } finally {
            stdin.write("quit\n".getBytes(StandardCharsets.UTF_8));
            stdin.close();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(process.exitValue()).isZero();
    }
}
