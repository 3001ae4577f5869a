package tafel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import tafel.app.Notices;
import tafel.app.SessionCountdown;
import tafel.app.StartSession;
import tafel.session.SessionCommand;
import tafel.terminal.SimulatedClock;

/**
 * The session's countdown page in a real browser on a projector-sized window: the block, the
 * time left, the next block; a pause and the next block reach the page without a reload.
 * Skipped, and reported so, where no chromium is installed.
 */
class SessionPageBrowserTest {

    @TempDir
    Path folder;
    private StartSession.Live live;
    private SessionServer server;
    private WebDriver browser;
    private SimulatedClock clock;

    @BeforeEach
    void serve() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path draaiboek = Files.writeString(folder.resolve("avond.yaml"), "title: Wijkavond <i>Noord</i>\nblocks:\n"
                + "  - {code: A, title: Welkom en kennismaking, minutes: 10}\n  - {code: B, title: Tafelgesprekken, minutes: 45}\n");
        clock = new SimulatedClock(Instant.parse("2026-11-24T18:30:00Z"), ZoneId.of("Europe/Amsterdam"));
        StartSession.Prepared prepared = StartSession.create(Notices.quiet(), draaiboek.toString(),
                Optional.of(folder.resolve("sessie")), Optional.empty(), false, clock);
        live = StartSession.open(prepared);
        live.session().execute(new SessionCommand.Start(Optional.empty()), OffsetDateTime.now(clock));
        server = SessionServer.start("127.0.0.1", 0, new SessionCountdown(live.session(), clock, 2));
        browser = HeadlessChromium.open("1920,1080");
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (live != null) {
            live.close();
        }
    }

    @Test
    void theRoomSeesTheBlockTheTimeLeftAndWhatComesNext() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get("http://127.0.0.1:" + server.port() + "/");
        wait.until(driver -> driver.findElement(By.id("block")).getText().equals("Welkom en kennismaking"));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Wijkavond <i>Noord</i>");
        assertThat(browser.findElement(By.id("where")).getText()).isEqualTo("Blok 1 van 2");
        assertThat(browser.findElement(By.id("clock")).getText()).as("the page counts down by itself").matches("10:00|9:5\\d");
        assertThat(browser.findElement(By.id("next")).getText()).isEqualTo("Hierna: Tafelgesprekken · Verwacht einde 20:25");

        clock.advance(Duration.ofMinutes(9));
        live.session().execute(new SessionCommand.Pause(), OffsetDateTime.now(clock));
        wait.until(driver -> driver.findElement(By.id("part")).getText().equals("Gepauzeerd"));
        assertThat(browser.findElement(By.id("clock")).getText()).isEqualTo("1:00");
        assertThat(browser.findElement(By.id("clock")).getAttribute("class")).isEqualTo("paused");

        live.session().execute(new SessionCommand.Resume(), OffsetDateTime.now(clock));
        live.session().execute(new SessionCommand.Next(), OffsetDateTime.now(clock));
        wait.until(driver -> driver.findElement(By.id("block")).getText().equals("Tafelgesprekken"));
        assertThat(browser.findElement(By.id("next")).getText()).startsWith("Dit is het laatste blok");
        assertThat(browser.findElement(By.id("clock")).getText()).matches("45:00|44:5\\d");
    }
}
