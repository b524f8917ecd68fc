package org.newswatch.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset as browsers decide it: BOM, HTTP header, meta, detector; a mislabelled page is said so. */
class PageCharsetTest {

    private static final Charset LATIN = Charset.forName("windows-1252");
    private static final String PAGE = "<html><head>%s</head><body><p>Grüße aus Köln – 5 €</p></body></html>";

    @Test
    void httpHeaderWinsOverMeta() {
        byte[] bytes = PAGE.formatted("<meta charset=utf-8>").getBytes(LATIN);
        PageCharset.Decoded d = PageCharset.decode(bytes, "text/html; charset=ISO-8859-1");
        assertEquals("http", d.source());
        assertTrue(d.text().contains("Grüße aus Köln – 5 €"), d.text());
    }

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] page = PAGE.formatted("<meta charset=iso-8859-1>").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[page.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(page, 0, bytes, 3, page.length);
        PageCharset.Decoded d = PageCharset.decode(bytes, "text/html; charset=iso-8859-1");
        assertEquals("bom", d.source());
        assertTrue(d.text().startsWith("<html>") && d.text().contains("Grüße"), d.text());
    }

    @Test
    void metaThenDetector() {
        PageCharset.Decoded meta = PageCharset.decode(PAGE.formatted("<meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=windows-1252\">").getBytes(LATIN), null);
        assertEquals("meta", meta.source());
        assertTrue(meta.text().contains("Grüße aus Köln – 5 €"));

        PageCharset.Decoded utf8 = PageCharset.decode(PAGE.formatted("").getBytes(StandardCharsets.UTF_8), null);
        assertEquals("detected", utf8.source());
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        PageCharset.Decoded legacy = PageCharset.decode(PAGE.formatted("").getBytes(LATIN), null);
        assertEquals("detected", legacy.source());
        assertTrue(legacy.text().contains("Grüße aus Köln – 5 €"));
    }

    @Test
    void aMetaFurtherInTheHeadCountsAsTheParserMeetsIt() {
        String filler = "<script src=\"x.js\" charset=\"utf-8\"></script>\n".repeat(40);
        byte[] bytes = PAGE.formatted(filler + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
                .replace("Grüße aus Köln", "河北省新闻").getBytes(Charset.forName("GB18030"));
        PageCharset.Decoded d = PageCharset.decode(bytes, null);
        assertEquals("meta", d.source());
        assertTrue(d.text().contains("河北省新闻"), d.text());
    }

    @Test
    void aDeclarationTheBytesBelieNeverGivesSilentMojibake() {
        // says latin-1, is UTF-8: read as UTF-8 and reported as mislabelled
        byte[] bytes = PAGE.formatted("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8);
        PageCharset.Decoded d = PageCharset.decode(bytes, "text/html; charset=utf-8");
        assertEquals("http", d.source());
        byte[] mislabelled = PAGE.formatted("<meta charset=\"x\">").getBytes(StandardCharsets.UTF_8);
        PageCharset.Decoded m = PageCharset.decode(mislabelled, "text/html; charset=us-ascii");
        assertEquals("mislabelled", m.source());
        assertTrue(m.text().contains("Grüße aus Köln – 5 €"), m.text());
    }
}
