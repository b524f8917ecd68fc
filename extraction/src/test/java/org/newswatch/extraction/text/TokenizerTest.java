package org.newswatch.extraction.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> lc(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::lc).toList();
    }

    @Test
    void wordsNumbersPunctuationAndPossessives() {
        assertEquals(List.of("the", "u.s.", "army", "'s", "950,000", "troops", "in", "al-eis", "."),
                lc("The U.S. army's 950,000 troops in al-Eis."));
    }

    @Test
    void anAcronymThatLowerCasedIsACommonWordKeepsItsReading() {
        assertEquals(List.of("12", "isis", "fighters", "and", "the", "toll", "is", "45"),
                lc("12 IS fighters and the toll is 45"));
        assertEquals("IS", Tokenizer.tokenize("IS fighters").get(0).text(), "the text stays as written");
        assertEquals(List.of("is"), lc("Is"), "only the acronym as written");
    }

    @Test
    void inALineOfCapitalsTheAcronymIsTheWord() {
        assertEquals(List.of("the", "death", "toll", "is", "45"), lc("THE DEATH TOLL IS 45"));
    }
}
