package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;

/** Random and adversarial text: never throws, finishes in linear time, no events from noise. */
class RobustnessTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    private static List<ExtractedEvent> run(String text) {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        return EXTRACTOR.extract(new Article(1, "r", null, null, null, null, t, Article.LIVE, text, null));
    }

    @Test
    void emptyAndNull() {
        assertTrue(run("").isEmpty());
        assertTrue(EXTRACTOR.extract(new Article(1, "n", null, null, null, null, null, Article.LIVE, null, null)).isEmpty());
    }

    /** Issue 18: a sentence that ends with its verb and no full stop threw ArrayIndexOutOfBoundsException. */
    @Test
    void sentencesCutRightAfterTheirVerb() {
        List<ExtractedEvent> seized = run("During a search in the harbour district on Friday, police said two rifles and 150 rounds"
                + " of ammunition were seized");
        assertTrue(seized.stream().noneMatch(e -> e.type() == org.newswatch.contracts.EventType.CAPTURE), seized.toString());
        run("After three days of fighting, government troops have recaptured");
        run("Rebels said they took");
        for (String verb : List.of("captured", "seized", "took", "killed", "wounded", "fled", "launched", "shot", "destroyed",
                "clashed", "attacked", "deployed", "warned", "met", "lost")) {
            run("Rebels " + verb);
            run(verb);
            run("The army " + verb + " the");
        }
    }

    /** Found by the generated inputs: a line that is only a parenthesised credit threw IndexOutOfBoundsException. */
    @Test
    void aLineThatIsOnlyACredit() {
        assertTrue(run("(AP/Reuters)").isEmpty());
        assertTrue(run("(Photo: AFP/Kola Sulaimon)").isEmpty());
        List<ExtractedEvent> events = run("Gunmen killed 5 farmers in Zamfara.\n(Photo: AFP/Kola Sulaimon)");
        assertTrue(events.size() == 1 && events.get(0).count() == 5, events.toString());
    }

    /** Found by the generated inputs: a four-character number after a month ("Dec 19.5") threw NumberFormatException. */
    @Test
    void aDecimalAfterAMonthIsNoYear() {
        run("CAIRO, Dec 19.5 soldiers were killed (Reuters) - Sudan's Rapid Support Forces said on Monday they had taken"
                + " control of Wad Madani.");
        run("Officials said on April 31.5 million people fled, 2023.");
        run("On 3 March 1,55 people were killed.");
    }

    /** Found by the generated inputs: a comma after a decimal point ("1.1,5") threw NumberFormatException. */
    @Test
    void aCommaAfterADecimalPoint() {
        List<ExtractedEvent> events = run("UNHCR said 1.1,5 people fled to Iran and Pakistan last year.");
        assertTrue(events.stream().allMatch(e -> e.count() == null), events.toString());
    }

    @Test
    void binaryJunkAndBadBytes() {
        Random r = new Random(42);
        byte[] b = new byte[200_000];
        r.nextBytes(b);
        assertTrue(run(new String(b, StandardCharsets.ISO_8859_1)).isEmpty());
        assertTrue(run(new String(b, StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void nestedPunctuationAndHugeNumbers() {
        String nested = "(".repeat(50_000) + "[{\"'" + ")".repeat(50_000) + "... ,,, ;;; --- ".repeat(5000);
        assertTrue(run(nested).isEmpty());
        List<ExtractedEvent> big = run("1".repeat(400) + " soldiers were killed. " + "9".repeat(400) + ",000 people fled.");
        assertTrue(big.stream().allMatch(e -> e.count() == null), big.toString());
    }

    @Test
    void tenMegabytesInLinearTime() {
        String sentence = "Troops advanced toward the river while officials met reporters in the capital. ";
        StringBuilder b = new StringBuilder(10_500_000);
        while (b.length() < 10_000_000) {
            b.append(sentence);
        }
        String text = b.toString();
        List<ExtractedEvent> events = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(text));
        assertTrue(events.size() < 10, "noise gave " + events.size() + " events");
        String letters = "a".repeat(10_000_000);
        assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(letters)).isEmpty());
    }
}
