package org.newswatch.extraction.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.SeedFormat;

/**
 * Reads seed-format files as articles (id = file name). Replayed files have no receive time; the latest
 * date line of the batch stands for it, so that a file without a date line is read in its batch's time
 * (its own text then fixes the day: captions, weekdays).
 */
public final class SeedArticles {

    private SeedArticles() {
    }

    public static List<Article> load(List<Path> files) throws IOException {
        List<SeedFormat.Parsed> parsed = new ArrayList<>();
        LocalDate latest = null;
        for (Path f : files) {
            SeedFormat.Parsed p = SeedFormat.parse(Files.readString(f, StandardCharsets.UTF_8));
            parsed.add(p);
            if (p.date() != null && (latest == null || p.date().isAfter(latest))) {
                latest = p.date();
            }
        }
        Instant received = latest == null ? null : latest.atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            SeedFormat.Parsed p = parsed.get(i);
            Instant published = p.date() == null ? null : p.date().atStartOfDay().toInstant(ZoneOffset.UTC);
            out.add(article(files.get(i).getFileName().toString(), p.text(), published,
                    received == null ? Instant.now() : received));
        }
        return out;
    }

    /** The articles in publication order (the receive time for those without a date line; then by id). */
    public static List<Article> inPublicationOrder(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(SeedArticles::time, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Article::id, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    private static Instant time(Article a) {
        return a.publishedAt() != null ? a.publishedAt() : a.receivedAt();
    }

    static Article article(String id, String text, Instant published, Instant received) {
        return new Article(Article.VERSION, id, null, null, null, published, received, Article.REPLAY, text, null);
    }
}
