package tafel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import tafel.app.AntwerpProcess;
import tafel.app.Notices;
import tafel.app.RoomAccess;
import tafel.app.RoomDesk;
import tafel.cli.Environment;
import tafel.cli.Tafel;
import tafel.io.antwerp.ProcessFolder;

/**
 * The phone's budget form under chips (Groningen, Emmen): it asks how many sit at the table (the
 * roster's number already filled in), counts chips instead of euros, and sends the people with
 * the split, which the journal keeps. Real browser on loopback; skipped where no chromium is installed.
 */
class ChipsBrowserTest {

    @TempDir
    Path folder;
    private RoomServer server;
    private WebDriver browser;
    private RoomDesk desk;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void tafel(String... args) {
        int code = Tafel.run(new ByteArrayOutputStream(), new PrintWriter(new StringWriter()), Environment.plain(Locale.ENGLISH),
                args);
        assertThat(code).as(String.join(" ", args)).isZero();
    }

    /** The room's server for the folder on loopback, and a phone-sized browser; the tables' links in what it returns. */
    private RoomAccess serve(Path dir) throws Exception {
        ProcessFolder processFolder = new ProcessFolder(dir);
        AntwerpProcess process = AntwerpProcess.open(Notices.quiet(), processFolder);
        RoomAccess access = RoomAccess.open(processFolder, process.roster().orElseThrow(), new SplittableRandom(5));
        desk = new RoomDesk(process, access, Clock.fixed(Instant.parse("2026-11-24T19:00:00Z"), ZoneId.of("Europe/Amsterdam")));
        server = RoomServer.start("127.0.0.1", 0, desk, access);
        browser = HeadlessChromium.open("412,915");
        return access;
    }

    @Test
    void aTableHostPlacesItsPeoplesChips() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path catalogue = Files.writeString(folder.resolve("catalogus.csv"), "id;naam\n1;Groen in straten\n2;Fietspaden\n"
                + "3;Speelpleinen\n4;Veiligheid\n5;Zwerfvuil\n");
        Path roster = Files.writeString(folder.resolve("tafels.csv"), "tafel;tafelleider;deelnemers\n1;Fatima;6\n2;Joost;\n");
        Path dir = folder.resolve("proces");
        tafel("antwerp", "init", dir.toString(), "--budget", "100000", "--themes", catalogue.toString(), "--top", "3",
                "--themes-per-table", "3", "--unit", "1000", "--roster", roster.toString(), "--title", "Hoogkerk");
        Path rules = dir.resolve("antwerpen.yaml");
        Files.writeString(rules, Files.readString(rules) + "chips_per_participant: 2\nchip_value: 5000\n");
        Path themes = Files.writeString(folder.resolve("themas.csv"), "avond,tafel,thema\n1,1,Groen in straten\n1,1,Fietspaden\n"
                + "1,1,Speelpleinen\n1,2,Groen in straten\n1,2,Fietspaden\n1,2,Speelpleinen\n");
        tafel("antwerp", "themes", dir.toString(), "--input", themes.toString());
        RoomAccess access = serve(dir);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        browser.get("http://127.0.0.1:" + server.port() + "/t/" + access.tableTokens().get("1"));
        wait.until(driver -> driver.findElement(By.id("task")).getText().startsWith("Leg samen jullie fiches"));
        assertThat(browser.findElement(By.id("task")).getText()).contains("2 per persoon, elk € 5.000 waard");
        assertThat(browser.findElement(By.id("people")).getAttribute("value")).isEqualTo("6");
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("nog 12 fiches te leggen");
        List<WebElement> chips = browser.findElements(By.cssSelector("#form input[data-theme]"));
        assertThat(chips).hasSize(3);
        WebElement send = browser.findElement(By.id("send"));
        chips.get(0).clear();
        chips.get(0).sendKeys("13");
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("1 fiches te veel");
        assertThat(send.isEnabled()).isFalse();
        chips.get(0).clear();
        chips.get(0).sendKeys("8");
        chips.get(1).clear();
        chips.get(1).sendKeys("4");
        wait.until(driver -> driver.findElement(By.id("send")).isEnabled());
        send.click();
        wait.until(driver -> driver.findElement(By.id("answer")).getText().startsWith("Ontvangen als invoer"));
        assertThat(Files.readString(dir.resolve("events.jsonl"))).contains("\"participants\":6");

        // table 2's people are not in the roster: nothing can be sent before the host says how many
        browser.get("http://127.0.0.1:" + server.port() + "/t/" + access.tableTokens().get("2"));
        wait.until(driver -> driver.findElement(By.id("task")).getText().startsWith("Leg samen jullie fiches"));
        WebElement people = browser.findElement(By.id("people"));
        assertThat(people.getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.id("send")).isEnabled()).isFalse();
        people.sendKeys("5");
        List<WebElement> second = browser.findElements(By.cssSelector("#form input[data-theme]"));
        second.get(2).clear();
        second.get(2).sendKeys("10");
        wait.until(driver -> driver.findElement(By.id("send")).isEnabled());
        browser.findElement(By.id("send")).click();
        wait.until(driver -> driver.findElement(By.id("answer")).getText().startsWith("Ontvangen als invoer"));
        assertThat(Files.readString(dir.resolve("events.jsonl"))).contains("\"participants\":5");
    }

    /**
     * Emmen 2023 with the support rule of 2016: the phone lists the plans, not themes, and asks
     * per plan how many of the table's people put chips on it; the journal keeps both.
     */
    @Test
    void aTableHostPlacesChipsOnPlansWithHowManySupportedEach() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path roster = Files.writeString(folder.resolve("tafels.csv"), "tafel;tafelleider;deelnemers\n1;Fatima;4\n");
        Path dir = folder.resolve("proces");
        tafel("antwerp", "init", dir.toString(), "--budget", "24000", "--unit", "1000", "--roster", roster.toString(),
                "--title", "Emmerhout", "--preset", "emmen-2023");
        Path rules = dir.resolve("antwerpen.yaml");
        Files.writeString(rules, Files.readString(rules).replace("# min_support_share: 0.5", "min_support_share: 0.5"));
        Path plans = Files.writeString(folder.resolve("plannen.csv"), "id;titel;thema;kosten\nA;Speeltuin;buurt;15000\n"
                + "B;Bankjes;buurt;8000\n");
        tafel("antwerp", "projects", dir.toString(), "--projects", plans.toString());
        RoomAccess access = serve(dir);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        browser.get("http://127.0.0.1:" + server.port() + "/t/" + access.tableTokens().get("1"));
        wait.until(driver -> driver.findElement(By.id("task")).getText().startsWith("Leg samen jullie fiches op de plannen"));
        assertThat(browser.findElements(By.cssSelector("#form .row span")).stream().map(WebElement::getText).toList())
                .containsExactly("Aantal mensen aan deze tafel", "Speeltuin", "Bankjes");
        List<WebElement> chips = browser.findElements(By.cssSelector("#form input[data-theme]"));
        List<WebElement> support = browser.findElements(By.cssSelector("#form input.support"));
        assertThat(support).hasSize(2);
        chips.get(0).clear();
        chips.get(0).sendKeys("16");
        chips.get(1).clear();
        chips.get(1).sendKeys("6");
        // chips on a plan without saying from how many people: not yet
        assertThat(browser.findElement(By.id("send")).isEnabled()).isFalse();
        support.get(0).sendKeys("3");
        support.get(1).sendKeys("5");
        assertThat(browser.findElement(By.id("send")).isEnabled()).as("5 of 4 people").isFalse();
        support.get(1).clear();
        support.get(1).sendKeys("1");
        wait.until(driver -> driver.findElement(By.id("send")).isEnabled());
        browser.findElement(By.id("send")).click();
        wait.until(driver -> driver.findElement(By.id("answer")).getText().startsWith("Ontvangen als invoer"));
        String journal = Files.readString(dir.resolve("events.jsonl"));
        assertThat(journal).contains("\"A\":16000").contains("\"B\":6000").contains("\"supporters\":{\"A\":3,\"B\":1}");
        // 1 of 4 is less than half: Bankjes' chips do not count; Speeltuin's 16 chips are worth EUR 16.000
        var plansDecided = desk.process().outcome().plans().orElseThrow().plans();
        assertThat(plansDecided).extracting(plan -> plan.project().id() + " " + plan.worth() + " " + plan.funded())
                .containsExactly("A 1600000 true", "B 0 false");
    }
}
