package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.find;
import static org.newswatch.extraction.GeneralRulesTest.of;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Other event types, twenty-second round (rules22): classes of the dev sets' DISPLACEMENT and EQUIPMENT_LOSS misses.
 * Each sentence is written for this test, none is copied from a set.
 */
class OtherTypesRound21Test {

    /**
     * Events of this round's classes, with their principal party.
     * <ul>
     * <li>DISPLACEMENT (SAFE_PLACES school, church, gymnasium, housing): people moved to a school, churches or
     * temporary housing.</li>
     * <li>DISPLACEMENT (displacement.sheltered, SHELTER_SITE_NOUNS, SHELTERED_VERBS): a counted group taken to, staying
     * in, remaining in or sheltering in evacuation centres or relief camps.</li>
     * <li>EQUIPMENT_LOSS (forceHitBefore, equipment.burning-figure): vehicles burned or destroyed, with no owner
     * named, in the clause of an ambush or killing that struck one armed side ("killing 9 soldiers and burning 3
     * trucks", "ambushed an army convoy and destroyed three vehicles", "5 soldiers were killed; two vehicles were
     * burnt"): the struck side's.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{1} {2} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "After the landslide in Myagdi in Nepal on Friday, 25 families were moved to a school.|DISPLACEMENT|NPLCVL",
        "About 600 residents were moved to two schools and a church in Tarkwa in Ghana on Thursday.|DISPLACEMENT|GHACVL",
        "After the eruption near Lumajang in Indonesia, more than 4,100 people were taken to evacuation centres."
                + "|DISPLACEMENT|IDNCVL",
        "Floods hit Wayanad in India on Tuesday, and about 12,000 people are staying in relief camps.|DISPLACEMENT|INDCVL",
        "After the quake in Noto in Japan, some 9,000 people remain in evacuation shelters.|DISPLACEMENT|JPNCVL",
        "Jihadists ambushed an army convoy near Tillaberi in Niger on Monday, killing 9 soldiers and burning 3 trucks."
                + "|EQUIPMENT_LOSS|NERMIL",
        "Insurgents ambushed an army convoy near Palmyra in Syria on Monday and destroyed three vehicles."
                + "|EQUIPMENT_LOSS|SYRMIL",
        "Six Malian soldiers were killed near Gao in Mali on Sunday; two vehicles were burnt.|EQUIPMENT_LOSS|MLIMIL",
    })
    void eventsOfTheClasses(String text, String type, String principal) {
        find(extract("2023-05-10", text), EventType.valueOf(type), principal);
    }

    /**
     * No event of the type.
     * <ul>
     * <li>DISPLACEMENT: troops or officials moved to a school (no civilians); people a relative clause describes as
     * staying in an evacuation centre; a strike on a relief camp; wounded soldiers taken to a relief camp.</li>
     * <li>EQUIPMENT_LOSS: villagers' or traders' trucks burned in a raid (no armed side struck).</li>
     * </ul>
     */
    @ParameterizedTest(name = "no {1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Army troops were moved to a school near Kidal in Mali on Monday.|DISPLACEMENT",
        "Officials said 30 people who were staying in evacuation centres in Lumajang in Indonesia fell ill on Tuesday."
                + "|DISPLACEMENT",
        "An air strike hit a relief camp in Rafah in Gaza on Tuesday, killing 14 people.|DISPLACEMENT",
        "Twelve wounded soldiers were taken to relief camps near Kidal in Mali on Monday.|DISPLACEMENT",
        "Bandits raided a market near Tillaberi in Niger on Monday, killing 9 traders and burning 3 trucks."
                + "|EQUIPMENT_LOSS",
        "Gunmen attacked a village near Gao in Mali on Monday, killing five villagers and burning two trucks."
                + "|EQUIPMENT_LOSS",
    })
    void noEventOfTheType(String text, String type) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(of(EventType.valueOf(type), es).isEmpty(), es.toString());
    }

    /**
     * ATTACK (attack.explosive, DROP_VERBS): explosives dropped past a figure ("dropped at least 12 barrel bombs", "no
     * fewer than 12") or named before a participle whose droppers follow "by" ("bombs dropped by army helicopters on
     * X", "explosives dropped from a drone by rebels killed ..."); counter-examples: bombs found that the rebels had
     * dropped (no target, no harm), weapons dropped (no explosive).
     */
    @Test
    void explosivesDropped() {
        ExtractedEvent counted = find(extract("2019-08-10", "Syrian army helicopters dropped at least 12 barrel bombs on "
                + "Latamneh in Syria on Tuesday."), EventType.ATTACK, "SYRMIL");
        assertEquals(12L, counted.count());
        find(extract("2019-08-10", "Syrian army helicopters dropped no fewer than 12 barrel bombs on Latamneh in Syria on "
                + "Tuesday."), EventType.ATTACK, "SYRMIL");
        find(extract("2019-08-10", "Barrel bombs dropped by Syrian army helicopters on Latamneh in Syria killed three "
                + "farmers on Tuesday."), EventType.ATTACK, "SYRMIL");
        List<ExtractedEvent> by = of(EventType.ATTACK, extract("2019-08-10", "Explosives dropped from a drone by FARC "
                + "dissidents killed two soldiers at a base in Argelia in Colombia on Thursday."));
        assertTrue(by.stream().anyMatch(e -> "COLREB".equals(e.actor())), by.toString());
        assertTrue(of(EventType.ATTACK, extract("2019-08-10", "Soldiers found bombs dropped by the rebels near Kidal in "
                + "Mali.")).isEmpty());
        assertTrue(of(EventType.ATTACK, extract("2019-08-10", "The rebels dropped 14 of their weapons near Kidal in "
                + "Mali.")).isEmpty());
    }

    /**
     * Counter-examples of the owner class: when both sides are among the dead, or the destroying verb has a subject of
     * its own, or the phrase names its owner ("its vehicles"), the struck side does not become the machines' owner.
     */
    @Test
    void ownerIsNotTheStruckSide() {
        List<ExtractedEvent> both = of(EventType.EQUIPMENT_LOSS, extract("2020-02-10",
                "Regime forces and HTS fought near Saraqib in Syria on Monday; 9 regime soldiers and 5 HTS fighters were "
                        + "killed, and HTS fighters destroyed a tank."));
        assertTrue(both.stream().noneMatch(e -> "SYRREB".equals(e.victim())), both.toString());
        List<ExtractedEvent> own = of(EventType.EQUIPMENT_LOSS, extract("2020-02-10",
                "The army of Chad said 21 assailants were killed near Bol and that two of its vehicles were destroyed."));
        assertTrue(own.stream().noneMatch(e -> "TCDREB".equals(e.victim())), own.toString());
        List<ExtractedEvent> subject = of(EventType.EQUIPMENT_LOSS, extract("2020-02-10",
                "Government troops retook Kafr Nabudah in Syria after a day of fighting with HTS, which said its fighters "
                        + "had destroyed a T-72 tank."));
        assertTrue(subject.stream().noneMatch(e -> "SYRREB".equals(e.victim())), subject.toString());
        ExtractedEvent counted = find(extract("2020-02-10",
                "Jihadists ambushed an army convoy near Tillaberi in Niger on Monday, killing 9 soldiers and burning 3 "
                        + "trucks."), EventType.EQUIPMENT_LOSS, "NERMIL");
        assertEquals(3L, counted.count());
    }
}
