package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.find;
import static org.newswatch.extraction.GeneralRulesTest.of;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Other event types, nineteenth round: classes of the dev sets' ATTACK, DISPLACEMENT, CAPTURE and EQUIPMENT_LOSS
 * misses and false events. Each sentence is written for this test, none is copied from a set.
 */
class OtherTypesRound19Test {

    /**
     * Attacks of two classes. Fire named by its munitions (riot-control or live) is an attack, with a target or "to
     * disperse" the crowd. Fire told as a noun of its kind ("sniper fire", "rocket fire", "tank fire") is the attack of
     * the side named by its modifier, its origin ("from army positions", "from rebel-held areas"), its agent ("by
     * government forces"), or the subject that answered with it.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Riot police fired tear gas and rubber bullets at thousands of marchers in Conakry in Guinea on Thursday.|GINMIL",
        "Soldiers fired live rounds and tear gas canisters at the crowd outside the town hall in Mandalay in Myanmar "
                + "on Sunday.|MMRMIL",
        "Police in Kenya fired tear gas to disperse hundreds of demonstrators in Nairobi on Tuesday.|KENMIL",
        "Israeli tank fire hit a house in the village of Aitaroun in Lebanon on Monday.|ISRMIL",
        "Sniper fire from army positions killed a shepherd near Kafr Nabl in Syria on Sunday.|SYRMIL",
        "Sniper fire from HTS positions wounded a soldier near Kafr Nabl in Syria on Sunday.|SYRREB",
        "Rocket fire from rebel-held areas hit the Hamdaniya district of Aleppo in Syria, wounding three people.|SYRREB",
        "Mortar fire by government forces killed two children in Ariha in Syria on Friday.|SYRMIL",
        "Syrian rebels shelled a village on Monday, and the army responded with rocket fire on Kafr Nabl.|SYRMIL",
    })
    void attacksByFire(String text, String actor) {
        find(extract("2023-05-10", text), EventType.ATTACK, actor);
    }

    /** A worker fired from a job is no attack; fire with neither a side nor harm is no event. */
    @ParameterizedTest(name = "no attack <- {0}")
    @CsvSource(delimiter = '|', value = {
        "The mining company in Guinea fired 300 workers in Conakry on Thursday.",
        "The Kenyan police chief fired two commanders in Nairobi on Tuesday over the handling of the protest.",
        "The rocket fire stopped on Sunday as the truce in Idlib in Syria took hold.",
        "Residents of Idlib in Syria said they had grown used to the sound of artillery fire at night.",
    })
    void noAttack(String text) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(of(EventType.ATTACK, es).isEmpty(), es.toString());
    }

    /** Fire read by another rule keeps that rule's reading, not the fire noun's. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "A Syrian army patrol came under heavy rocket fire from HTS fighters near Idlib on Monday.|attack.came-under",
        "Syrian troops opened sniper fire on the marchers in Deraa on Monday.|attack.opened-fire-adjective",
    })
    void fireOtherRulesReadIsTheirs(String text, String rule) {
        List<ExtractedEvent> es = of(EventType.ATTACK, extract("2023-05-10", text));
        assertTrue(es.stream().anyMatch(e -> rule.equals(e.rule())), es.toString());
        assertFalse(es.stream().anyMatch(e -> "attack.fire-noun".equals(e.rule())), es.toString());
    }

    /**
     * No displacement: the flight of one person told by a pronoun, or of people a pronoun names in a clause of time
     * (an escape or a circumstance of another deed); the displaced who are the dead or the drowned (their flight is not
     * the news).
     */
    @ParameterizedTest(name = "no displacement <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Bandits shot dead four villagers near Gusau in Nigeria and burned shops before they fled into the forest.",
        "Militants killed nine people in Kaya in Burkina Faso on Monday and shot residents as they fled.",
        "The gunman killed two officers in Hebron on Friday; he fled by car after the shooting, police said.",
        "A displaced family of four drowned near Darkush in Syria on Tuesday while crossing the Orontes.",
        "Nine displaced people, including four children, died in a school in Idlib in Syria on Monday.",
        "Three displaced killed as drone hits Marib camp in Yemen",
    })
    void flightThatIsNoDisplacement(String text) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(of(EventType.DISPLACEMENT, es).isEmpty(), es.toString());
    }

    /** A flight counted, in a clause of its own or of time, stays a displacement; so do the displaced who fled. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "About 5,000 people fled Kaya in Burkina Faso on Monday as the fighting reached the town.|BFACVL",
        "Thousands of villagers fled their homes near Kaya in Burkina Faso when they heard gunfire on Monday.|BFACVL",
        "Some 9,000 displaced people in Idlib in Syria fled again on Monday as the shelling resumed.|SYRCVL",
    })
    void flightThatIsADisplacement(String text, String victim) {
        find(extract("2023-05-10", text), EventType.DISPLACEMENT, victim);
    }

    /**
     * People who crossed or fled into a country are not of that country: they are of the country the text is
     * otherwise about, even where the dateline or the officials quoted are the destination's; with no other country in
     * the text, no side is given them.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "MAE SOT, Thailand, May 2 - Fighting raged around Myawaddy in Myanmar on Monday. About 2,500 civilians have "
                + "crossed into Thailand since Saturday, Thai officials said.|MMRCVL",
        "Clashes spread in Sudan's West Darfur on Monday. More than 6,000 people have fled into Chad since Friday, "
                + "officials in N'Djamena said.|SDNCVL",
        "Fighting went on in Colombia's Arauca department on Monday. About 900 Venezuelans crossed into Colombia on "
                + "Sunday, officials said.|VENCVL",
    })
    void theDisplacedAreNotOfTheirDestination(String text, String victim) {
        List<ExtractedEvent> es = of(EventType.DISPLACEMENT, extract("2023-05-10", text));
        find(es, EventType.DISPLACEMENT, victim);
        assertTrue(es.size() == 1, es.toString());
    }

    /** People the text names by their nation keep it, even going to their nation's country. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Fighting went on in Azerbaijan on Monday. More than 50,000 ethnic Armenians have fled Nagorno-Karabakh to "
                + "Armenia since Thursday, officials in Yerevan said.|ARM",
    })
    void theNamedNationStays(String text, String country) {
        List<ExtractedEvent> es = of(EventType.DISPLACEMENT, extract("2023-05-10", text));
        assertTrue(es.size() == 1 && es.get(0).victim().startsWith(country), es.toString());
    }

    @ParameterizedTest(name = "no displacement <- {0}")
    @CsvSource(delimiter = '|', value = {
        "About 3,000 civilians have crossed into Bangladesh since Sunday, officials said.",
    })
    void aDestinationAloneGivesNoSide(String text) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(of(EventType.DISPLACEMENT, es).isEmpty(), es.toString());
    }
}
