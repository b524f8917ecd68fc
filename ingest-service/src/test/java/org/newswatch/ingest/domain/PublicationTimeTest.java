package org.newswatch.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An article without a date line takes its publication day from the dates its text states. */
class PublicationTimeTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void latestStatedDateNotAfterTheReceiveDay() {
        assertEquals(Instant.parse("2020-02-27T00:00:00Z"), PublicationTime.inText(
                "Smoke over Saraqeb, Feb. 26, 2020. Fighters on a tank, Feb. 27, 2020. Photo: AFP", RECEIVED));
        assertEquals(Instant.parse("2023-04-20T00:00:00Z"),
                PublicationTime.inText("Khartoum, 20 April 2023 (OCHA) - Fighting continued.", RECEIVED));
        assertEquals(Instant.parse("2020-02-20T00:00:00Z"),
                PublicationTime.inText("Dozens reported dead | News | DW | 20.02.2020", RECEIVED));
        assertEquals(Instant.parse("2019-10-06T00:00:00Z"), PublicationTime.inText("Report of 2019-10-06.", RECEIVED));
    }

    @Test
    void futureImpossibleAndYearlessDatesAreIgnored() {
        assertNull(PublicationTime.inText("Talks resumed on Feb. 10 and a funeral was held on Feb 11.", RECEIVED));
        assertNull(PublicationTime.inText("The ceasefire expires on March 3, 2031.", RECEIVED));
        assertNull(PublicationTime.inText("On Feb. 30, 2020 nothing happened.", RECEIVED));
        assertNull(PublicationTime.inText("The war began in March 2011.", RECEIVED));
    }

    @Test
    void seedWithoutDateLineGetsItsCaptionDate() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/seeds/004_8674de191b92f232.txt")) {
            if (in == null) {
                throw new IllegalStateException("test resource /seeds/004_8674de191b92f232.txt missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(Instant.parse("2020-02-27T00:00:00Z"), PublicationTime.inText(text, RECEIVED));
        }
    }
}
