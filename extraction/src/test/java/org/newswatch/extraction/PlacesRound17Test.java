package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.PlacesRound15Test.placed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Segmenter;
import org.newswatch.extraction.text.Sentence;

/**
 * Classes of place wording that the seventeenth round's dev sets (fresh12, fresh11, fresh10) showed the engine getting
 * wrong. The sentences are our own.
 */
class PlacesRound17Test {

    private static Sentence sentence(String text) {
        return Segmenter.split(text).get(0);
    }

    private static List<Places.Mention> mentions(String text) {
        return Places.find(sentence(text));
    }

    private static List<String> names(String text) {
        return mentions(text).stream().map(Places.Mention::name).toList();
    }

    private static Places.Mention mention(String text, String name) {
        return mentions(text).stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + mentions(text)));
    }

    @Test
    void aNotesPlaceAndDayBeforeADashHeadTheNote() {
        // "El Fasher, 11/06/2024 - ...": a monitor's note headed by its place and its day with a year, then a dash
        assertEquals("Kadugli", names("Kadugli, 14/03/2024 - Artillery shells fell on the main market, killing four "
                + "people.").get(0));
        placed("Kadugli", EventType.KILLED, "2024-03-14", "Kadugli, 14/03/2024 - Artillery shells fell on the main "
                + "market, killing four people.");
        // ... the town the body names wins over the heading, the areas after the heading are given for reference too
        List<Places.Mention> ps = mentions("Maimbung, Sulu, 9 Mar 2021 - Soldiers clashed with gunmen in Barangay "
                + "Lapa on Tuesday.");
        assertTrue(mention("Maimbung, Sulu, 9 Mar 2021 - Soldiers clashed with gunmen in Barangay Lapa on Tuesday.",
                "Maimbung").admin(), ps.toString());
        assertTrue(mention("Maimbung, Sulu, 9 Mar 2021 - Soldiers clashed with gunmen in Barangay Lapa on Tuesday.",
                "Sulu").admin(), ps.toString());
        placed("Bentiu", EventType.KILLED, "2022-05-02", "Unity, 2 May 2022 - Armed youths raided cattle camps near "
                + "Bentiu, killing seven herders.");
        // a wire's dateline has no year: no heading ("KADUGLI, March 14 - ")
        assertFalse(mentions("KADUGLI, March 14 - Artillery shells fell on the main market in Dilling, killing four "
                + "people.").stream().anyMatch(m -> m.name().equalsIgnoreCase("Kadugli") && m.admin()));
        // ... and a place noun with its region in brackets before the day and a colon
        assertTrue(mention("Bijapur district (Chhattisgarh), 3 May 2023: Two Maoists were killed in the forests near "
                + "Gangaloor.", "Bijapur").admin());
    }

    @Test
    void aDatedHeadingAloneInItsSentenceIsTheNotesPlace() {
        // "Port-au-Prince, 4 March 2024: Gang members attacked ...; four guards were killed": the heading names the
        // note's place for the sentences after it too
        placed("Cap-Haitien", EventType.KILLED, "2024-03-04", "Cap-Haitien, 4 March 2024: Gang members attacked the "
                + "city prison overnight. Three guards were killed, officials said.");
    }

    @Test
    void whereTheWoundedWereTreatedIsNoPlaceOfTheEvent() {
        // "died of his wounds at the national hospital in Daraa": an area given for reference, the village wins
        assertTrue(mention("A corporal was shot near Nahta and died of his wounds at the national hospital in Daraa.",
                "Daraa").admin());
        placed("Nahta", EventType.KILLED, "2020-02-24", "A corporal was shot near Nahta and died of his wounds at the "
                + "national hospital in Daraa.");
        assertTrue(mention("Gunmen attacked Kafr Shams; nine people were being treated at Sanamayn hospital.",
                "Sanamayn hospital").admin());
        // a hospital that was attacked is the place
        assertFalse(mention("Shells fell on the hospital in Ariha, killing two nurses.", "Ariha").admin());
        // a poisoning note that names only the hospital's town stays there
        placed("Bhagalpur", EventType.KILLED, "2022-08-05", "On 5 August 2022, 12 people died and more than 40 were "
                + "admitted to hospital in Bhagalpur after drinking toxic liquor.");
        // carried to: "were injured ... and airlifted to Imphal" names where they were taken, not where they fell
        assertFalse(names("Three soldiers were injured in the ambush and were airlifted to Imphal.").contains("Imphal"));
        assertFalse(names("Some of the wounded were driven more than 300 km to Niamey.").contains("Niamey"));
        // ... troops flown to a town are deployed there
        assertTrue(names("Two battalions were flown to Goma on Sunday.").contains("Goma"));
    }

    @Test
    void aJourneysEndOrAUnitsBaseGivesWayToWhereItHappened() {
        placed("Namsiguia", EventType.ATTACK, "2023-06-26", "A supply convoy heading to Dori was attacked at Namsiguia "
                + "on Monday.");
        assertTrue(mention("Troops waiting for a train to Lahore were killed in Karachi.", "Lahore").admin());
        // a unit's base is no place at all
        assertFalse(names("Marines of a battalion based in Jolo clashed with gunmen in Indanan.").contains("Jolo"));
    }

    @Test
    void aProvinceBesideASmallerPlaceInOneClauseIsGivenForReference() {
        // "In Lao Cai province, a flash flood buried the hamlet of Lang Nu": the hamlet is the place
        assertTrue(mention("In Yen Bai province, a landslide buried the hamlet of Lang Tau.", "Yen Bai").admin());
        assertTrue(mention("Rebels in Indonesia's Papua province shot dead four workers who were building a road in "
                + "Sinak district.", "Papua").admin());
        // ... not a part of the province's toll, nor another event
        assertFalse(mention("Militants killed 30 people in Sindh province, including 12 passengers pulled off a bus in "
                + "Larkana district.", "Sindh").admin());
        assertFalse(mention("A convoy heading into Idlib province was hit, as troops pushed into the town of Kafr Nabl.",
                "Idlib").admin());
    }

    @Test
    void aTownAfterItsNounAndTheAreaItIsTheCapitalOf() {
        // "in Guinea's second city Nzerekore": the town written right after its noun
        assertTrue(names("A stampede in Guinea's second city Kankan killed 12 people.").contains("Kankan"));
        // "Erbil, the capital of Iraq's Kurdistan region": the region says where the town lies
        placed("Erbil", EventType.KILLED, "2021-02-16", "Rockets struck near the airport of Erbil, the capital of Iraq's "
                + "Kurdistan region, killing one contractor.");
        assertTrue(mention("The army retook Singa, capital of Sennar state, on Sunday.", "Sennar").admin());
    }

    @Test
    void mountainsVolcanoesAndParksGiveWayToATown() {
        // "cold lava from Mount Marapi hit Agam": the feature gives way to the district the sentence names
        assertFalse(names("Cold lava from Mount Sinabung hit Karo on Sunday, killing five.").contains("Mount Sinabung"));
        assertFalse(names("Rebels fled into Congo's Virunga park after attacking a school in Kasindi.")
                .contains("Virunga"));
        // ... and stays when the sentence names nothing else; "the eruption of the X volcano" names it
        assertTrue(names("The eruption of the Semeru volcano killed 14 people.").contains("Semeru"));
        // a forest is where fighters hide, a place of its own
        assertTrue(names("Jets struck a hideout near Sambisa forest in Gwoza LGA.").contains("Sambisa"));
    }

    @Test
    void aDivisionsSeatAStreetAndAHeadlinesVerbNameAPlace() {
        assertTrue(names("Insurgents occupied the district headquarters of Macomia for a day.").contains("Macomia"));
        assertTrue(names("A car bomb went off in a busy street of Ras al-Ain, killing six.").contains("Ras al-Ain"));
        assertTrue(names("Syrian army enters Saraqeb as rebels withdraw").contains("Saraqeb"));
        // no place in the name of a day
        assertFalse(names("The quake struck the coast on New Year's Day, killing 20.").contains("New Year"));
        // a security body is no place ("a gang linked to Military Intelligence")
        assertFalse(names("Members of a gang linked to Military Intelligence fired at a protest in Shahba.")
                .contains("Military Intelligence"));
        // "the headquarters of" a body names no place
        assertFalse(names("Gunmen attacked the headquarters of Military Intelligence.").contains("Military Intelligence"));
    }

    @Test
    void aPeoplesWordStartingAVillagesNameAfterALocative() {
        // "near Arab Saeed in western Idlib": the village, not a people
        assertTrue(names("Clashes broke out near Arab Saeed in western Idlib.").contains("Arab Saeed"));
        placed("Arab Hasan", EventType.KILLED, "2020-06-23", "Two men were killed in Arab Hasan on Monday.");
        // ... a people's word elsewhere stays no place
        assertFalse(names("Arab tribes met in Deir ez-Zor.").contains("Arab tribes"));
        assertFalse(names("Arab League envoys arrived in Damascus.").stream().anyMatch(x -> x.startsWith("Arab")));
    }

    @Test
    void aRoadByItsEndsGivesWayToTheTownNearIt() {
        // "off the Narayanghat-Mugling highway near Simaltal": where on the road the sentence says
        assertTrue(mention("A landslide swept a bus off the Dhulikhel-Sindhuli highway near Khurkot into the river.",
                "Dhulikhel").admin());
        // ... a road's end alone in its sentence stays the place
        assertFalse(mention("Gunmen ambushed a bus on the Juba-Nimule road, killing five.", "Juba").admin());
        // a building's noun alone is no place ("taken to the Saudi Hospital")
        assertFalse(names("The wounded were taken to the Saudi Hospital.").contains("Hospital"));
    }

    @Test
    void anAreaOfADistrictIsAPlaceOfItsOwn() {
        // "in the Machedi area of Kathua district": the area, not the district (nor a quarter of a town)
        placed("Bani", EventType.KILLED, "2024-07-08", "Militants ambushed an army vehicle in the Bani area of Kathua "
                + "district, killing four soldiers.");
        Places.Mention m = mention("Militants ambushed an army vehicle in the Bani area of Kathua district.", "Bani");
        assertEquals("area", sentence("Militants ambushed an army vehicle in the Bani area of Kathua district.")
                .lc(m.end() - 1));
        // ... a city's area stays the city's part ("the Tayouneh area of Beirut")
        m = mention("Clashes broke out in the Tayouneh area of Beirut.", "Tayouneh");
        assertEquals(m.index() + 1, m.end());
    }

    @Test
    void aRoadGivesWayToTheAreaAfterIt() {
        placed("Jabal al-Zawiya", EventType.KILLED, "2020-03-19", "Two soldiers were killed by rocket fire on their "
                + "position near the M4 in Jabal al-Zawiya.");
    }

    @Test
    void quartersOfTowns() {
        // "in the Wusta district of Qamishli": a district of a town the data gives no population is the town's
        placed("Qamishli", EventType.KILLED, "2019-07-11", "A car bomb exploded in the Wusta district of Qamishli on "
                + "Thursday, killing a passer-by.");
        // a barangay under a dated heading is the heading town's
        placed("Patikul", EventType.KILLED, "2022-02-07", "Patikul, Sulu, 6 Feb 2022 - Marines clashed with some 20 "
                + "Abu Sayyaf members in Barangay Bungkaung. Three militants died.");
    }
}
