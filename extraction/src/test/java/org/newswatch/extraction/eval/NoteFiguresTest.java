package org.newswatch.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NoteFiguresTest {

    @Test
    void aPlaceNameIsComparedWithoutAccentsCasePunctuationOrALeadingArabicArticle() {
        assertEquals(NoteFigures.fold("Sanamayn"), NoteFigures.fold("al-Sanamayn"));
        assertEquals(NoteFigures.fold("Suwayda"), NoteFigures.fold("As Suwayda"));
        assertEquals(NoteFigures.fold("Geneina"), NoteFigures.fold("El Geneina"));
        assertEquals(NoteFigures.fold("Jérémie"), NoteFigures.fold("jeremie"));
        // ... but a name that merely starts with those letters keeps them, and the rest of a name counts
        assertNotEquals(NoteFigures.fold("Alma"), NoteFigures.fold("Ma"));
        assertNotEquals(NoteFigures.fold("Daraa al-Balad"), NoteFigures.fold("Daraa"));
    }
}
