package org.newswatch.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.SeedFormat;
import org.newswatch.extraction.Extractor;

/** The bench and the fault tests rely on these properties of the generated articles. */
class ArticleGeneratorTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    @Test
    void everyArticleYieldsTheEventItWasMadeForWithItsFigure() {
        ArticleGenerator generator = new ArticleGenerator("t1");
        List<Long> indexes = LongStream.concat(LongStream.range(0, 200), LongStream.of(5999, 6000, 6001, 12_345, 29_999))
                .boxed().toList();
        ArticleGenerator shifted = new ArticleGenerator("t1", 9_990_000);
        for (long i : indexes) {
            ArticleGenerator.Generated h = shifted.article(i);
            assertTrue(EXTRACTOR.extract(article(h)).stream().anyMatch(e -> e.count() != null && e.count() == h.count()),
                    h.text());
            ArticleGenerator.Generated g = generator.article(i);
            List<ExtractedEvent> events = EXTRACTOR.extract(article(g));
            EventType type = g.kind() == ArticleGenerator.Kind.TURKISH_WOUNDED ? EventType.WOUNDED : EventType.KILLED;
            assertTrue(events.stream().anyMatch(e -> e.type() == type && g.kind().victim.equals(e.victim())
                    && e.count() != null && e.count() == g.count() && g.date().equals(e.date())),
                    g.text() + " -> " + events);
            assertEquals(g.alerts(), type == EventType.KILLED && g.count() >= ArticleGenerator.MIN_COUNT, g.text());
        }
    }

    @Test
    void textsAreDistinctAndTooShortForNearDuplicateDetection() {
        ArticleGenerator generator = new ArticleGenerator("t2");
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            ArticleGenerator.Generated g = generator.next();
            assertTrue(texts.add(g.text()), g.text());
            // ingest's MinHash check ignores texts with fewer than 20 five-word shingles (< 24 words), even
            // counting the date line
            assertTrue(g.text().trim().split("[^\\p{L}\\p{N}]+").length < 24, g.text());
            assertTrue(g.text().contains(g.token()));
        }
    }

    @Test
    void noTwoAlertingArticlesReportTheSameEvent() {
        // the engine identifies a casualty event by type, party and figure, whatever the place and day
        for (long base : new long[] {0, 7_770_000}) {
            ArticleGenerator generator = new ArticleGenerator("t3", base);
            Set<String> events = new HashSet<>();
            for (long i = 0; i < 40_000; i++) {
                ArticleGenerator.Generated g = generator.article(i);
                if (g.alerts()) {
                    assertTrue(events.add(g.kind().victim + "/" + g.count()), g.text());
                }
            }
        }
        assertTrue(ArticleGenerator.subscription("s", "http://127.0.0.1:1/hook", 100).contains("\"minCount\":5"));
    }

    private static Article article(ArticleGenerator.Generated g) {
        SeedFormat.Parsed parsed = SeedFormat.parse(g.text());
        return new Article(Article.VERSION, "a" + g.index(), null, null, null,
                g.date().atStartOfDay(ZoneOffset.UTC).toInstant(), Instant.now(), Article.LIVE,
                parsed.text(), null);
    }
}
