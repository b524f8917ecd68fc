package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Json;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's Chromium (headless, through chromedriver; installed by {@code .ci/run}): sign in with an API
 * key, a subscription form that shows the API's message at the field, then alerts that arrive while the page is open
 * appear in the feed (readable names), as markers on the map and as a bar of the timeline; a silence made from the feed
 * mutes a later alert; the explorer's CSV and GeoJSON parse. Screenshots at 1280 px and at phone width go to
 * {@code target/screenshots/}.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DashboardBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TestHTTPResource("/")
    URL root;

    ChromeDriver browser;
    Path profile;

    @BeforeEach
    void start() throws IOException {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the closed network refuses the browser's own calls: none are made
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    List<WebElement> cards(String subscriptionId) {
        return browser.findElements(By.cssSelector("#feed li[data-subscription='" + subscriptionId + "']"));
    }

    @Test
    void anAnalystWorksTheDesk() throws Exception {
        String k = "kw" + UUID.randomUUID().toString().replace("-", "");
        browser.get(root.toString());
        browser.findElement(By.id("api-key")).sendKeys("not-a-key");
        browser.findElement(By.cssSelector("#login-form button")).click();
        waiting().until(b -> b.findElement(By.id("login-error")).getText().contains("not accepted"));
        WebElement key = browser.findElement(By.id("api-key"));
        key.clear();
        key.sendKeys(TestCredentials.ADMIN);
        browser.findElement(By.cssSelector("#login-form button")).click();
        waiting().until(b -> b.findElement(By.id("desk")).isDisplayed());

        // a bad subscription: the API's message at its field; then a good one
        browser.findElement(By.cssSelector("#subscription-form button[type=submit]")).click();
        waiting().until(b -> b.findElement(By.cssSelector("[data-error-for='name']")).getText().equals("name is required"));
        assertEquals("true", browser.findElement(By.id("sub-name")).getAttribute("aria-invalid"));
        browser.findElement(By.id("sub-name")).sendKeys("Desk " + k);
        browser.findElement(By.id("sub-victims")).sendKeys("MIL");
        browser.findElement(By.id("sub-keywords")).sendKeys(k);
        WebElement min = browser.findElement(By.id("sub-min"));
        min.clear();
        min.sendKeys("20");
        browser.findElement(By.cssSelector("#subscription-form button[type=submit]")).click();
        waiting().until(b -> b.findElement(By.id("subscription-result")).getText().startsWith("Created subscription "));
        String id = browser.findElement(By.id("subscription-result")).getText().substring("Created subscription ".length());
        assertEquals("", browser.findElement(By.cssSelector("[data-error-for='name']")).getText(), "the error is gone");

        // alerts arrive while the page is open
        EventsAndPreviewTest.produce("SYRMIL", 51, EventsAndPreviewTest.IDLIB, "51 Syrian soldiers were killed " + k,
                LocalDate.of(2020, 2, 11));
        EventsAndPreviewTest.produce("TURMIL", 22, EventsAndPreviewTest.SARAQEB, "22 Turkish soldiers were killed " + k,
                LocalDate.of(2020, 2, 27));
        try {
            waiting().until(b -> cards(id).size() == 2);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("feed " + browser.findElement(By.id("feed-state")).getText() + " cards "
                    + cards(id).size() + "; alerts of the subscription: " + given().queryParam("subscription", id)
                    .when().get("/alerts").then().extract().asString() + "; browser log: "
                    + browser.manage().logs().get("browser").getAll(), e);
        }
        String feed = browser.findElement(By.id("feed")).getText();
        assertTrue(feed.contains("At least 51 Syrian military killed in Idlib province, Syria"), feed);
        assertTrue(feed.contains("At least 22 Turkish military killed in Saraqeb, Idlib province, Syria"), feed);
        waiting().until(b -> markers().containsAll(List.of("Idlib", "Saraqeb")));
        WebElement bar = browser.findElement(By.cssSelector("#timeline rect[data-date='2020-02-11']"));
        assertTrue(Integer.parseInt(bar.getAttribute("data-deaths")) >= 51);
        screenshot("dashboard-1280.png");

        // a silence made from the feed mutes a later alert of the subscription
        cards(id).get(0).findElement(By.cssSelector("button.silence")).click();
        waiting().until(b -> cards(id).get(0).findElement(By.cssSelector("button.silence")).getText().equals("Silenced"));
        EventsAndPreviewTest.produce("TURMIL", 30, EventsAndPreviewTest.SARAQEB, "30 Turkish soldiers were killed " + k,
                LocalDate.of(2020, 3, 1));
        waiting().until(b -> cards(id).size() == 3);
        waiting().until(b -> cards(id).stream().anyMatch(c -> c.getText().contains("30 Turkish military")
                && c.getText().contains("muted")));
        List<Boolean> muted = given().queryParam("subscription", id).when().get("/alerts").then().extract().path("muted");
        assertEquals(1, muted.stream().filter(Boolean.TRUE::equals).count(), "the later alert is muted: " + muted);

        // the explorer and its exports
        browser.findElement(By.cssSelector("#explorer-form input[name=q]")).sendKeys(k);
        browser.findElement(By.cssSelector("#explorer-form button[type=submit]")).click();
        waiting().until(b -> b.findElement(By.id("explorer-count")).getText().equals("3 events"));
        String csv = exported("text/csv");
        List<List<String>> rows = EventsAndPreviewTest.parseCsv(csv);
        assertEquals(4, rows.size(), csv);
        assertTrue(rows.get(0).contains("victimName"));
        JsonNode geo = Json.MAPPER.readTree(exported("application/geo+json"));
        assertEquals(3, geo.get("features").size());
        assertEquals("Point", geo.at("/features/0/geometry/type").asText());

        browser.manage().window().setSize(new Dimension(390, 1600));
        waiting().until(b -> b.findElement(By.id("feed")).isDisplayed());
        screenshot("dashboard-390.png");
    }

    @SuppressWarnings("unchecked")
    List<String> markers() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return window.desk.markers();");
    }

    /** What the download buttons save, as the page fetched it (in JSON, so that no line end is changed on the way). */
    String exported(String type) throws IOException {
        String json = (String) ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length"
                + " - 1]; window.desk.exportText(arguments[0]).then((t) => done(JSON.stringify(t)));", type);
        return Json.MAPPER.readValue(json, String.class);
    }

    void screenshot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
