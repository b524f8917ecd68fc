package org.newswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13's "done when", over the whole stack (broker and the three services as processes, as {@code ./newswatch
 * demo} runs them): the dashboard in Debian's Chromium (headless, through Debian's chromedriver; {@code .ci/run}
 * installs both), opened before anything happens. Sign in (a refused key first); a subscription made in the form (a
 * bad one first: the API's message at its field); the seeds replayed through ingest, extraction and alerting while the
 * page stays open: the 51 SYRMIL and 22 TURMIL alerts appear in the feed without reload, markers for Idlib and Saraqeb
 * on the map, the timeline's bar for 2020-02-11; a silence made from the feed mutes a later alert (an article posted to
 * ingest) of that subscription only; the explorer's CSV and GeoJSON parse; every form field has a label; a source split
 * off an alert (issue 16) shows as an alert of its own. Screenshots at
 * 1280 px and 390 px go to {@code target/screenshots/}.
 */
class DeskBrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** A later report of Turkish troop deaths (another day, place and figure than the seeds' stories). */
    static final String LATER = " date 2020-03-05\nFive Turkish soldiers were killed on Thursday in a Syrian government"
            + " air strike on their post near Saraqeb, the Turkish Defence Ministry said.\n\nThe ministry said the"
            + " soldiers died near the town of Saraqeb in Idlib province.\n";

    @TempDir
    Path data;

    ChromeDriver browser;

    @Test
    void anAnalystWorksTheDeskWhileTheSeedsGoThroughTheWholeStack() throws Exception {
        PrintStream log = new PrintStream(Files.newOutputStream(data.resolve("stack.log")), true, StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("chromium-profile");
        try (Stack stack = Stack.start(Main.home(), data.resolve("stack"), Stack.Ports.free(), log);
                PipelineClient client = PipelineClient.of(stack)) {
            browser = chromium(profile);
            try {
                work(stack, client, log);
            } finally {
                browser.quit();
            }
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the closed network refuses the browser's own calls: none are made
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void work(Stack stack, PipelineClient client, PrintStream log) throws Exception {
        browser.get(stack.url(Stack.Service.ALERT).resolve("/").toString());
        browser.findElement(By.id("api-key")).sendKeys("not-a-key");
        browser.findElement(By.cssSelector("#login-form button")).click();
        waiting().until(b -> b.findElement(By.id("login-error")).getText().contains("not accepted"));
        WebElement key = browser.findElement(By.id("api-key"));
        key.clear();
        key.sendKeys(stack.keys().admin());
        browser.findElement(By.cssSelector("#login-form button")).click();
        waiting().until(b -> b.findElement(By.id("desk")).isDisplayed());
        assertEquals(List.of(), unlabelledFields(), "every form field has a label");
        js("window.notReloaded = true");

        // a bad subscription: the API's message at its field; then a good one
        browser.findElement(By.cssSelector("#subscription-form button[type=submit]")).click();
        waiting().until(b -> b.findElement(By.cssSelector("[data-error-for='name']")).getText().equals("name is required"));
        assertEquals("true", browser.findElement(By.id("sub-name")).getAttribute("aria-invalid"));
        browser.findElement(By.id("sub-name")).sendKeys("Desk: Turkish troop deaths");
        browser.findElement(By.id("sub-victims")).sendKeys("TURMIL");
        browser.findElement(By.cssSelector("#subscription-form button[type=submit]")).click();
        waiting().until(b -> b.findElement(By.id("subscription-result")).getText().startsWith("Created subscription "));
        String mine = browser.findElement(By.id("subscription-result")).getText()
                .substring("Created subscription ".length());
        assertEquals("", browser.findElement(By.cssSelector("[data-error-for='name']")).getText(), "the error is gone");

        // the seeds through ingest, extraction and alerting, with the demo's subscriptions
        List<String> lines = Demo.replaySeeds(client, Main.home().resolve("seeds"), log);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"count\":51") && l.contains("SYRMIL")), lines.toString());
        waiting().until(b -> card("military-deaths", "51 Syrian military killed") != null
                && card("turkish-troop-deaths", "22 Turkish military killed") != null
                && card(mine, "22 Turkish military killed") != null);
        assertEquals(Boolean.TRUE, js("return window.notReloaded === true"), "the alerts came without a reload");
        waiting().until(b -> markers().contains("Idlib")
                && markers().stream().anyMatch(m -> m.equals("Saraqeb") || m.equals("Saraqib")));
        waiting().until(b -> bars().getOrDefault("2020-02-11", 0L) >= 51);
        screenshot("dashboard-1280.png");

        // a silence made from the feed mutes a later alert of that subscription, not the demo's
        card(mine, "22 Turkish military killed").findElement(By.cssSelector("button.silence")).click();
        waiting().until(b -> card(mine, "22 Turkish military killed").findElement(By.cssSelector("button.silence"))
                .getText().equals("Silenced"));
        PipelineClient.Answer posted = client.postArticle(LATER);
        assertTrue(posted.status() / 100 == 2, posted.body());
        waiting().until(b -> card(mine, "2020-03-05") != null && card("turkish-troop-deaths", "2020-03-05") != null);
        String later = card(mine, "2020-03-05").getText();
        assertTrue(later.contains("5 Turkish military killed") && later.contains("muted"), later);
        assertFalse(card("turkish-troop-deaths", "2020-03-05").getText().contains("muted"));

        assertTrue(browser.findElement(By.id("silences")).getText().contains("subscription = " + mine),
                "the feed's silence is listed");

        // the silence form: the API's message at its field, then a silence listed and expired
        browser.findElement(By.cssSelector("#silence-form button[type=submit]")).click();
        waiting().until(b -> b.findElement(By.cssSelector("[data-error-for='matchers[0].value']")).getText()
                .equals("value is required"));
        assertEquals("true", browser.findElement(By.id("silence-value")).getAttribute("aria-invalid"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("silence-name"))).selectByValue("victim");
        browser.findElement(By.id("silence-value")).sendKeys("SYRREB");
        browser.findElement(By.id("silence-comment")).sendKeys("desk test");
        browser.findElement(By.cssSelector("#silence-form button[type=submit]")).click();
        waiting().until(b -> b.findElement(By.id("silences")).getText().contains("victim = SYRREB"));
        browser.findElement(By.xpath("//table[@id='silences']//tr[td[contains(., 'victim = SYRREB')]]//button"))
                .click();
        waiting().until(b -> !b.findElement(By.id("silences")).getText().contains("victim = SYRREB"));

        // the timeline by party: Turkish military deaths only
        WebElement party = browser.findElement(By.id("timeline-party"));
        party.sendKeys("TURMIL");
        party.submit();
        waiting().until(b -> bars().getOrDefault("2020-02-27", 0L) >= 22
                && bars().getOrDefault("2020-02-11", 0L) < 51); // the 51 Syrian soldiers are not Turkish military

        // the explorer around Saraqeb (place radius)
        browser.findElement(By.cssSelector("#explorer-form input[name=near]")).sendKeys("35.86447,36.80591");
        browser.findElement(By.cssSelector("#explorer-form input[name=radiusKm]")).sendKeys("5");
        browser.findElement(By.cssSelector("#explorer-form button[type=submit]")).click();
        waiting().until(b -> b.findElement(By.id("explorer-count")).getText().matches("[1-9][0-9]* events"));
        List<WebElement> places = browser.findElements(By.cssSelector("#events tbody tr td:nth-child(6)"));
        assertFalse(places.isEmpty());
        places.forEach(p -> assertTrue(p.getText().startsWith("Saraqib"), p.getText()));
        browser.findElement(By.cssSelector("#explorer-form input[name=near]")).clear();
        browser.findElement(By.cssSelector("#explorer-form input[name=radiusKm]")).clear();

        // the explorer and its exports
        browser.findElement(By.cssSelector("#explorer-form input[name=q]")).sendKeys("soldiers");
        browser.findElement(By.cssSelector("#explorer-form button[type=submit]")).click();
        waiting().until(b -> b.findElement(By.id("explorer-count")).getText().matches("[1-9][0-9]* events"));
        int shown = Integer.parseInt(browser.findElement(By.id("explorer-count")).getText().split(" ")[0]);
        String csv = exported("text/csv");
        List<List<String>> rows = csv(csv);
        assertEquals(shown + 1, rows.size(), csv);
        assertTrue(rows.get(0).contains("victimName"), rows.get(0).toString());
        JsonNode geo = Json.MAPPER.readTree(exported("application/geo+json"));
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertTrue(geo.get("features").size() > 0 && geo.get("features").size() <= shown, geo.toString());
        assertEquals("Point", geo.at("/features/0/geometry/type").asText());

        // issue 16: the 51 SYRMIL alert's second source, split off from its card, fires as its own alert
        WebElement syrmil = card("military-deaths", "51 Syrian military killed");
        assertTrue(syrmil.getText().contains("2 sources") && syrmil.getText().contains("Latest source joined:"),
                syrmil.getText());
        List<WebElement> splits = syrmil.findElements(By.cssSelector("button.split-source"));
        assertEquals(2, splits.size(), "a Split off button per source");
        String splitArticle = splits.get(1).getAttribute("data-article");
        splits.get(1).click();
        waiting().until(b -> b.findElements(By.cssSelector("#feed li[data-subscription='military-deaths']")).stream()
                .filter(c -> c.getText().contains("51 Syrian military killed") && c.getText().contains("1 source ·"))
                .count() == 2);
        splitSurvivesACrash(stack, client, splitArticle);

        // a phone's viewport (a desktop window cannot be made narrower than about 500 px)
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 390, "height", 1600,
                "deviceScaleFactor", 1, "mobile", true));
        waiting().until(b -> b.findElement(By.id("feed")).isDisplayed());
        assertEquals(Boolean.FALSE, js("return document.documentElement.scrollWidth > window.innerWidth"),
                "nothing wider than the phone's screen");
        screenshot("dashboard-390.png");
    }

    /**
     * alert-service killed (-9) and started again, its state restored from its changelogs: the split report read
     * again from the events topic (as after an extract-service reprocessing) neither rejoins the first alert nor fires
     * again; a later report with the same key (so behind it on the events topic) shows it was read.
     */
    private static void splitSurvivesACrash(Stack stack, PipelineClient client, String splitArticle) throws Exception {
        int before = client.readAlerts().size();
        stack.kill(Stack.Service.ALERT, 0);
        stack.restart(Stack.Service.ALERT, 0);
        ConsumerRecord<String, String> split = client.readTopic(Topics.EVENTS).stream()
                .filter(r -> r.value().contains("\"article\":\"" + splitArticle + "\"")
                        && r.value().contains("\"victim\":\"SYRMIL\"") && r.value().contains("\"count\":51"))
                .findFirst().orElseThrow();
        com.fasterxml.jackson.databind.node.ObjectNode later = (com.fasterxml.jackson.databind.node.ObjectNode)
                Json.MAPPER.readTree(split.value());
        later.put("eventId", "sentinel-" + split.key()).put("article", "sentinel-article").put("victim", "TURMIL")
                .put("count", 7).put("date", "2020-03-20").remove("actor");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.EVENTS, null, split.timestamp(), split.key(), split.value()))
                    .get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(Topics.EVENTS, null, split.timestamp(), split.key(),
                    Json.MAPPER.writeValueAsString(later))).get(30, TimeUnit.SECONDS);
        }
        List<Alert> after = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90))
                .until(client::readAlerts, l -> l.stream().anyMatch(a -> LocalDate.of(2020, 3, 20).equals(a.date())
                        && "turkish-troop-deaths".equals(a.subscriptionId())));
        List<Alert> added = after.subList(before, after.size());
        assertTrue(added.stream().allMatch(a -> LocalDate.of(2020, 3, 20).equals(a.date())),
                "after the restart only the later report's alerts: " + added);
    }

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        // the feed and the timeline are redrawn as alerts arrive
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** The timeline's bars as drawn: day to figure, read in one script (the chart is redrawn as alerts arrive). */
    @SuppressWarnings("unchecked")
    java.util.Map<String, Long> bars() {
        return (java.util.Map<String, Long>) js("const out = {}; document.querySelectorAll('#timeline rect.bar')"
                + ".forEach((r) => { out[r.dataset.date] = Number(r.dataset.deaths); }); return out;");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The feed's card of the subscription whose text contains {@code text}, null if none. */
    WebElement card(String subscription, String text) {
        return browser.findElements(By.cssSelector("#feed li[data-subscription='" + subscription + "']")).stream()
                .filter(c -> c.getText().contains(text)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    List<String> markers() {
        return (List<String>) js("return window.desk.markers();");
    }

    /** The form fields (inputs, selects, text areas of every form) with no label: by for=, around them, or aria-label. */
    @SuppressWarnings("unchecked")
    List<String> unlabelledFields() {
        return (List<String>) js("return [...document.querySelectorAll('form input, form select, form textarea')]"
                + ".filter((f) => f.type !== 'hidden' && !f.closest('label') && !(f.id && document.querySelector("
                + "'label[for=\"' + f.id + '\"]')) && !f.getAttribute('aria-label'))"
                + ".map((f) => f.form.id + ' ' + (f.name || f.id));");
    }

    /** What the download buttons save, as the page fetched it (in JSON, so that no line end is changed on the way). */
    String exported(String type) throws IOException {
        String json = (String) ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length"
                + " - 1]; window.desk.exportText(arguments[0]).then((t) => done(JSON.stringify(t)));", type);
        return Json.MAPPER.readValue(json, String.class);
    }

    /** The rows of a CSV text (RFC 4180: quoted fields, CRLF), read by Jackson's CSV parser. */
    static List<List<String>> csv(String text) throws IOException {
        assertTrue(text.endsWith("\r\n"), "records end with CRLF");
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    void screenshot(String name) throws IOException {
        js("window.scrollTo(0, 0)");
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
