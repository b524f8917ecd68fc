package org.newswatch.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeedFormatTest {

    @Test
    void dateLineFollowedByTextOnTheSameLine() {
        SeedFormat.Parsed p = SeedFormat.parse(" date 2020-02-19 Dozens reported dead in Syria");
        assertEquals(LocalDate.of(2020, 2, 19), p.date());
        assertEquals("Dozens reported dead in Syria", p.text());
    }

    @Test
    void dateLineOnItsOwnLine() {
        SeedFormat.Parsed p = SeedFormat.parse("date 2020-02-12\nTurkey announced Tuesday");
        assertEquals(LocalDate.of(2020, 2, 12), p.date());
        assertEquals("Turkey announced Tuesday", p.text());
    }

    @Test
    void noDateLineKeepsTheTextWhole() {
        SeedFormat.Parsed p = SeedFormat.parse("Accessibility links\n\nBreaking News");
        assertNull(p.date());
        assertEquals("Accessibility links\n\nBreaking News", p.text());
        assertNull(SeedFormat.parse("the date 2020-02-12 is in the middle").date());
    }

    @Test
    void impossibleDateIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SeedFormat.parse(" date 2020-13-45 text"));
    }
}
