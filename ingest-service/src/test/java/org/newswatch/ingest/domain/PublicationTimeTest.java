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
    void yearlessDaysAreReadAgainstAnArchiveClock() {
        Instant clock = Instant.parse("2020-02-12T09:00:00Z");
        assertEquals(Instant.parse("2020-02-11T00:00:00Z"), PublicationTime.nearClock(
                "Talks resumed on Feb. 10 and a funeral was held on Feb 11.", clock, RECEIVED));
        assertEquals(Instant.parse("2019-12-30T00:00:00Z"), PublicationTime.nearClock(
                "Shelling resumed on 30 December after a lull.", Instant.parse("2020-01-04T00:00:00Z"), RECEIVED));
        assertEquals(Instant.parse("2020-12-28T00:00:00Z"), PublicationTime.nearClock(
                "The convoy arrived on Dec. 28; talks are set for Jan. 9.", Instant.parse("2021-01-03T00:00:00Z"), RECEIVED));
        // a full date wins over year-less days; no day at all gives null (the caller then takes the clock)
        assertEquals(Instant.parse("2020-02-27T00:00:00Z"), PublicationTime.nearClock(
                "Seen on Feb. 28. Photo: Feb. 27, 2020.", clock, RECEIVED));
        assertNull(PublicationTime.nearClock("The war began in March 2011. At 10:30 the shelling stopped.", clock, RECEIVED));
        assertNull(PublicationTime.nearClock("Clashes continued.", clock, RECEIVED));
    }

    @Test
    void seedWithoutAnyYearGetsItsLatestDayInAnArchive() throws IOException {
        String text = seed("003_790ccee8608768f8.txt");
        assertNull(PublicationTime.inText(text, RECEIVED));
        assertEquals(Instant.parse("2020-02-11T00:00:00Z"),
                PublicationTime.nearClock(text, Instant.parse("2020-02-27T00:00:00Z"), RECEIVED));
    }

    @Test
    void seedWithoutDateLineGetsItsCaptionDate() throws IOException {
        assertEquals(Instant.parse("2020-02-27T00:00:00Z"), PublicationTime.inText(seed("004_8674de191b92f232.txt"), RECEIVED));
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = PublicationTimeTest.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource /seeds/" + name + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
