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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import tafel.antwerp.Theme;
import tafel.app.AntwerpProcess;
import tafel.app.Notices;
import tafel.app.RoomAccess;
import tafel.app.RoomDesk;
import tafel.app.BudgetEntries;
import tafel.app.TakeInProjects;
import tafel.app.ThemeEntries;
import tafel.cli.Environment;
import tafel.cli.Tafel;
import tafel.io.antwerp.ProcessFolder;

/**
 * The room's pages in a real browser (Debian's chromium, headless), on loopback: a table host picks
 * five themes and sends them, the projector page shows the ranking and follows the next entry, and a
 * theme named like a script stays text. Skipped, and reported so, where no chromium is installed.
 */
class RoomBrowserTest {

    @TempDir
    Path folder;
    private RoomServer server;
    private RoomAccess access;
    private AntwerpProcess process;
    private WebDriver browser;

    @BeforeEach
    void serve() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path catalogue = Files.writeString(folder.resolve("catalogus.csv"), "id;naam\n1;Groen in straten\n2;Fietspaden\n"
                + "3;Speelpleinen\n4;Veiligheid\n5;Zwerfvuil\n6;<script>alert(1)</script>\n7;Cultuur\n");
        Path dir = folder.resolve("proces");
        int code = Tafel.run(new ByteArrayOutputStream(), new PrintWriter(new StringWriter()), Environment.plain(Locale.ENGLISH),
                "antwerp", "init", dir.toString(), "--budget", "100000", "--themes", catalogue.toString(), "--top", "3",
                "--tables", "4", "--title", "Wijkbudget <b>Noord</b>");
        assertThat(code).isZero();
        ProcessFolder processFolder = new ProcessFolder(dir);
        process = AntwerpProcess.open(Notices.quiet(), processFolder);
        access = RoomAccess.open(processFolder, process.roster().orElseThrow(), new SplittableRandom(3));
        RoomDesk desk = new RoomDesk(process, access, Clock.fixed(Instant.parse("2026-11-24T19:00:00Z"), ZoneId.of("Europe/Amsterdam")));
        server = RoomServer.start("127.0.0.1", 0, desk, access);
        browser = HeadlessChromium.open("412,915");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * The facilitator's page draws itself again when the room changes (a close, an entry): a button
     * found just before that is gone by the click, so find it again until the click lands.
     */
    private static void clickWhenSteady(org.openqa.selenium.support.ui.Wait<WebDriver> wait, By button) {
        wait.until(driver -> {
            try {
                driver.findElement(button).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    void aTableHostSendsFiveThemesAndTheProjectorFollows() throws Exception {
        browser.get(base() + "/t/" + access.tableTokens().get("2"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(driver -> driver.findElements(By.cssSelector("label.choice")).size() == 7);
        assertThat(browser.findElement(By.id("heading")).getText()).isEqualTo("Tafel 2 · Wijkbudget <b>Noord</b>");
        WebElement send = browser.findElement(By.id("send"));
        List<WebElement> choices = browser.findElements(By.cssSelector("label.choice"));
        assertThat(choices.get(5).getText()).isEqualTo("<script>alert(1)</script>");
        for (int i = 0; i < 4; i++) {
            choices.get(i).click();
        }
        assertThat(send.isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("4 van 5 gekozen");
        choices.get(5).click();
        assertThat(send.isEnabled()).isTrue();
        send.click();
        wait.until(driver -> driver.findElement(By.id("answer")).getText().contains("Ontvangen als invoer 1"));
        assertThat(process.state().themeChoice("1", "2")).isPresent();

        browser.get(base() + "/");
        wait.until(driver -> driver.findElements(By.cssSelector(".row")).size() == 5);
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Wijkbudget <b>Noord</b>");
        assertThat(browser.findElement(By.id("heading")).getText()).contains("1 tafel ", "nog niet: 1, 3, 4");
        assertThat(browser.getPageSource()).doesNotContain("<script>alert(1)</script>");
        new RoomDeskCaller(process).enterTable3();
        wait.until(driver -> driver.findElement(By.id("heading")).getText().contains("nog niet: 1, 4"));
    }

    @Test
    void theFacilitatorCorrectsATableClosesTheStepAndThePhoneFollows() throws Exception {
        // the page is drawn again on every change, so an element found a moment ago may be gone
        org.openqa.selenium.support.ui.FluentWait<WebDriver> wait = new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        browser.get(base() + "/t/" + access.tableTokens().get("4"));
        wait.until(driver -> driver.findElements(By.cssSelector("label.choice")).size() == 7);
        String phone = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        String laptop = browser.getWindowHandle();
        browser.get(base() + "/f/" + access.adminToken());
        wait.until(driver -> driver.findElement(By.id("h-tables")).getText().contains("nog niet: 1, 2, 3, 4"));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Wijkbudget <b>Noord</b>");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("e-table"))).selectByVisibleText("Tafel 3");
        browser.findElement(By.id("e-items")).sendKeys("Groen in straten, Fietspaden, Speelpl, Veiligheid, Cultuur");
        browser.findElement(By.id("e-send")).click();
        wait.until(driver -> driver.findElement(By.id("answer")).getText().equals("Bewaard als invoer 1."));
        wait.until(driver -> driver.findElement(By.id("h-tables")).getText().contains("nog niet: 1, 2, 4"));
        assertThat(process.state().themeChoice("1", "3").orElseThrow().themes()).containsExactly("1", "2", "3", "4", "7");

        browser.findElement(By.id("e-items")).sendKeys("Zwembad");
        browser.findElement(By.id("e-send")).click();
        wait.until(driver -> driver.findElement(By.id("answer")).getText().contains("onbekend thema \"Zwembad\""));

        clickWhenSteady(wait, By.xpath("//tbody/tr[1]//button[text()='Intrekken']"));
        wait.until(driver -> driver.findElement(By.id("answer")).getText().equals("Invoer 1 ingetrokken."));
        wait.until(driver -> driver.findElement(By.cssSelector("tbody tr:nth-child(2)")).getAttribute("class").equals("gone"));
        assertThat(process.state().themeChoice("1", "3")).isEmpty();

        clickWhenSteady(wait, By.xpath("//button[text()='Sluit thema’s']"));
        wait.until(driver -> !driver.findElements(By.xpath("//button[text()='Open thema’s opnieuw']")).isEmpty());
        clickWhenSteady(wait, By.xpath("//button[text()='Budget']"));
        wait.until(driver -> driver.findElement(By.xpath("//button[text()='Budget']")).getAttribute("class").equals("on"));

        browser.switchTo().window(phone);
        wait.until(driver -> driver.findElement(By.id("task")).getText().startsWith("Verdeel samen het budget"));
        browser.switchTo().window(laptop);
        clickWhenSteady(wait, By.xpath("//button[text()='Sluit budget']"));
        wait.until(driver -> !driver.findElements(By.xpath("//button[text()='Open budget opnieuw']")).isEmpty());
        browser.switchTo().window(phone);
        wait.until(driver -> driver.findElement(By.id("answer")).getText().contains("De begeleider heeft deze stap gesloten"));
        assertThat(browser.findElement(By.id("send")).isEnabled()).isFalse();
        browser.switchTo().window(laptop);
        assertThat(browser.getPageSource()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void aRoundWithFewerProjectsThanATableChoosesCanStillBeSent() throws Exception {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-24T20:00:00+01:00");
        // themes 1, 2 and 3 are chosen by every table, so they go on without a tie
        List<List<String>> chosen = List.of(List.of("1", "2", "3", "4", "5"), List.of("1", "2", "3", "4", "6"),
                List.of("1", "2", "3", "5", "6"), List.of("1", "2", "3", "6", "7"));
        for (int table = 1; table <= 4; table++) {
            assertThat(ThemeEntries.enter(process, "1", Integer.toString(table), chosen.get(table - 1), at, true).saved())
                    .isTrue();
        }
        for (String table : List.of("1", "2", "3", "4")) {
            assertThat(BudgetEntries.enter(process, process.outcome().themes().selected().stream().map(Theme::id).toList(),
                    table, List.of("Groen in straten=100000"), at, Locale.ROOT, true).saved()).isTrue();
        }
        Path projects = Files.writeString(folder.resolve("projecten.csv"), "nr;titel;thema;kosten\n"
                + "P1;Bomen in de Kerkstraat;Groen in straten;60000\nP2;Geveltuinen;Groen in straten;60000\n"
                + "P3;Plantsoen <em>Noord</em>;Groen in straten;60000\n");
        server.close();
        AntwerpProcess festival = TakeInProjects.copy(Notices.quiet(), process.folder(), projects);
        server = RoomServer.start("127.0.0.1", 0, new RoomDesk(festival, access, Clock.systemUTC()), access);

        browser.get(base() + "/t/" + access.tableTokens().get("1"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(driver -> driver.findElements(By.cssSelector("label.choice")).size() == 3);
        assertThat(browser.findElement(By.id("task")).getText()).isEqualTo("Ronde 1: kies samen 5 favoriete projecten.");
        List<WebElement> choices = browser.findElements(By.cssSelector("label.choice"));
        assertThat(choices.get(2).getText()).isEqualTo("P3 Plantsoen <em>Noord</em>");
        choices.get(0).click();
        choices.get(1).click();
        assertThat(browser.findElement(By.id("send")).isEnabled()).as("two of the theme's three").isFalse();
        choices.get(2).click();
        assertThat(browser.findElement(By.id("send")).isEnabled()).as("all the round's theme offers").isTrue();
        browser.findElement(By.id("send")).click();
        wait.until(driver -> driver.findElement(By.id("answer")).getText().contains("Ontvangen als invoer"));
        assertThat(festival.state().projectChoice("1", "1").orElseThrow().projects()).containsExactly("P1", "P2", "P3");
    }

    /** A second table's entry sent through the API, as another phone would. */
    private final class RoomDeskCaller {
        private final AntwerpProcess target;

        RoomDeskCaller(AntwerpProcess target) {
            this.target = target;
        }

        void enterTable3() throws Exception {
            java.net.http.HttpResponse<String> sent = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/entries"))
                            .header("Authorization", "Bearer " + access.tableTokens().get("3"))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                    "{\"id\":\"t3\",\"step\":\"themes\",\"themes\":[\"1\",\"2\",\"3\",\"4\",\"7\"]}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            assertThat(target.state().themeChoice("1", "3")).isPresent();
        }
    }
}
