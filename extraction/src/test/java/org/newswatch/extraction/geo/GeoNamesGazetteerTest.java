package org.newswatch.extraction.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Place;

class GeoNamesGazetteerTest {

    private static GeoNamesGazetteer gazetteer;

    @BeforeAll
    static void load() {
        long started = System.nanoTime();
        gazetteer = GeoNamesGazetteer.shared();
        System.out.printf("gazetteer: %d entries, %d keys, loaded in %d ms (first call %d ms)%n", gazetteer.size(),
                gazetteer.keyCount(), gazetteer.loadMillis(), (System.nanoTime() - started) / 1_000_000);
    }

    private static Place place(String name) {
        Optional<Place> p = gazetteer.find(name);
        assertTrue(p.isPresent(), () -> name + " not found");
        return p.get();
    }

    private static void assertNear(Place p, double lat, double lon, double tolerance) {
        assertNotNull(p.latitude(), p + " has no latitude");
        assertTrue(Math.abs(p.latitude() - lat) <= tolerance && Math.abs(p.longitude() - lon) <= tolerance,
                () -> p + " is not near " + lat + "," + lon);
    }

    @Test
    void resolvesTownsOnSeveralContinents() {
        Place idlib = place("Idlib");
        assertEquals("SY", idlib.country());
        assertNear(idlib, 35.9, 36.6, 0.2);
        assertEquals("UA", place("Kharkiv").country());
        assertEquals("ML", place("Gao").country());
        assertEquals("YE", place("Marib").country());
        assertEquals("SD", place("El Fasher").country());
        assertEquals("NG", place("Maiduguri").country());
        assertNear(place("Maiduguri"), 11.85, 13.16, 0.2);
        assertEquals("AF", place("Kabul").country());
        assertEquals("IQ", place("Mosul").country());
        assertEquals("SO", place("Mogadishu").country());
        assertEquals("PS", place("Rafah").country());
        assertEquals("CO", place("Medellin").country());
    }

    @Test
    void smallSyrianTownsAndSpellingVariants() {
        Place saraqib = place("Saraqib");
        assertEquals("SY", saraqib.country());
        assertNear(saraqib, 35.86, 36.80, 0.1);
        assertEquals(saraqib, place("Saraqeb"));
        assertEquals(saraqib, place("Sarāqib"));
        assertEquals("SY", place("Taftanaz").country());
        assertEquals(place("Deir ez-Zor"), place("Dayr az Zawr"));
        assertEquals(place("Raqqa"), place("Ar-Raqqah"));
        assertEquals(place("Daraa"), place("Dar'a"));
        assertEquals(place("Kyiv"), place("Kiev"));
        assertEquals(place("Khan Shaykhun"), place("Khan Sheikhoun"));
        assertEquals("SY", place("Maarat al-Numan").country());
        assertEquals(place("Al-Bab"), place("al Bab"));
    }

    @Test
    void caseAndDiacriticsDoNotMatter() {
        assertEquals(place("Idlib"), place("IDLIB"));
        assertEquals(place("Idlib"), place("  idlib "));
        assertEquals(place("Idlib"), place("İdlib"));
        assertEquals(place("Sao Paulo"), place("São Paulo"));
        assertEquals(place("Ma'rib"), place("Ma\u2019rib"));
        assertEquals("marib", PlaceNames.key("Ma\u2019rib"));
        assertEquals("raqqah", PlaceNames.key("Ar-Raqqah"));
        assertEquals("deir ez zor", PlaceNames.key("Deir ez-Zor"));
        assertEquals(PlaceNames.fuzzy(PlaceNames.key("Deir ez-Zor")), PlaceNames.fuzzy(PlaceNames.key("Dayr az Zawr")));
    }

    @Test
    void unknownNamesAreEmpty() {
        assertTrue(gazetteer.find("Xqzzyplorth").isEmpty());
        assertTrue(gazetteer.find("").isEmpty());
        assertTrue(gazetteer.find("   ").isEmpty());
        assertTrue(gazetteer.find(null).isEmpty());
        assertTrue(gazetteer.find("!!!").isEmpty());
        assertTrue(gazetteer.find("x".repeat(10_000)).isEmpty());
        assertFalse(gazetteer.isPlace("Tuesday"));
        assertFalse(gazetteer.isPlace("Police"));
        assertTrue(gazetteer.isPlace("Saraqeb"));
    }

    @Test
    void provinceWordsPreferTheRegion() {
        Optional<GeoMatch> city = gazetteer.lookup("Idlib", null, null);
        assertEquals(PlaceKind.CITY, city.orElseThrow().kind());
        GeoMatch province = gazetteer.lookup("Idlib province", null, null).orElseThrow();
        assertEquals(PlaceKind.ADMIN1, province.kind());
        assertEquals("SY", province.place().country());
        assertEquals(PlaceKind.ADMIN1, gazetteer.lookup("Idlib", PlaceKind.ADMIN1, null).orElseThrow().kind());
        assertEquals(PlaceKind.ADMIN1, gazetteer.lookup("the governorate of Idlib", null, null).orElseThrow().kind());
        assertEquals(PlaceKind.ADMIN1, gazetteer.lookup("Donetsk Oblast", null, null).orElseThrow().kind());
        assertEquals(PlaceKind.CITY, gazetteer.lookup("Donetsk", null, null).orElseThrow().kind());
        GeoMatch borno = gazetteer.lookup("Borno State", null, null).orElseThrow();
        assertEquals(PlaceKind.ADMIN1, borno.kind());
        assertEquals("NG", borno.place().country());
        assertEquals("SY", gazetteer.find("northern Idlib").orElseThrow().country());
        assertEquals("SY", gazetteer.find("Aleppo countryside").orElseThrow().country());
    }

    @Test
    void wordsAroundTheName() {
        GeoMatch northern = gazetteer.lookup("Northern State", null, null).orElseThrow();
        assertEquals("SD", northern.place().country());
        assertEquals(PlaceKind.ADMIN1, northern.kind());
        assertEquals("SD", gazetteer.find("South Kordofan").orElseThrow().country());
        assertEquals("PS", gazetteer.find("Rafah crossing").orElseThrow().country());
        assertEquals("PS", gazetteer.find("Gaza City").orElseThrow().country());
        assertEquals("UA", gazetteer.find("Kherson region").orElseThrow().country());
    }

    @Test
    void lookAlikesAbroadAreNotTaken() {
        // no Ghouta in the data; a German town with a similar alternate spelling must not stand in for it
        Optional<Place> ghouta = gazetteer.find("Eastern Ghouta", "SY");
        assertTrue(ghouta.isEmpty() || "SY".equals(ghouta.get().country()), () -> ghouta.toString());
        assertTrue(gazetteer.find("Eastern Ghouta").map(p -> !"DE".equals(p.country())).orElse(true));
    }

    @Test
    void countryBiasPicksTheStoryCountry() {
        // Ariha is also an alternate name of Jericho
        assertEquals("SY", gazetteer.find("Ariha", "SY").orElseThrow().country());
        assertEquals("PS", gazetteer.find("Jericho", "SY").orElseThrow().country());
        assertEquals("SY", gazetteer.find("Idlib", "SY").orElseThrow().country());
        // a bias never turns a big foreign city into a village
        assertEquals("FR", gazetteer.find("Paris", "SY").orElseThrow().country());
    }

    @Test
    void countries() {
        GeoMatch turkey = gazetteer.lookup("Turkey", null, null).orElseThrow();
        assertEquals(PlaceKind.COUNTRY, turkey.kind());
        assertEquals("TR", turkey.place().country());
        assertNotNull(turkey.place().latitude());
        assertEquals("TR", place("Türkiye").country());
        assertEquals("SY", place("Syria").country());
        assertEquals("Syria", place("Syria").name());
        assertEquals("US", place("United States").country());
        assertEquals("GE", place("Georgia").country());
        assertEquals("CD", place("DRC").country());
        assertEquals("RU", place("Russia").country());
    }

    @Test
    void placesCarryTheirDivisions() {
        Place saraqib = place("Saraqeb");
        assertEquals(Place.Precision.TOWN, saraqib.precision());
        assertNotNull(saraqib.admin1(), "Saraqib lies in a province");
        assertEquals("Idlib", saraqib.admin1().name());
        assertTrue(saraqib.admin1().code().startsWith("SY."), saraqib.admin1().code());
        assertNull(saraqib.admin2(), "GeoNames gives Saraqib no district: none is made up");
        Place kafrNabl = gazetteer.find("Kafr Nabl", null, "SY").orElseThrow();
        assertEquals(saraqib.admin1(), kafrNabl.admin1());
        assertNotNull(kafrNabl.admin2(), "Kafr Nabl lies in a district");
        assertEquals("Maarrat al-Nu'man", kafrNabl.admin2().name());
        assertTrue(kafrNabl.admin2().code().startsWith(kafrNabl.admin1().code() + "."), kafrNabl.admin2().code());

        Place idlib = gazetteer.find("Idlib province").orElseThrow();
        assertEquals(Place.Precision.ADMIN1, idlib.precision());
        assertEquals(saraqib.admin1(), idlib.admin1(), "a province is its own first-level division");
        assertNull(idlib.admin2());

        Place district = gazetteer.division(kafrNabl.admin2().code()).orElseThrow();
        assertEquals(Place.Precision.ADMIN2, district.precision());
        assertEquals(kafrNabl.admin2(), district.admin2());
        assertEquals(kafrNabl.admin1(), district.admin1(), "a district lies in its province");
        assertEquals(idlib, gazetteer.division(idlib.admin1().code()).orElseThrow());
        assertTrue(gazetteer.division("XX.99").isEmpty());

        Place kharkiv = gazetteer.find("Kupiansk").orElseThrow();
        assertEquals("UA", kharkiv.country());
        assertEquals("Kharkiv", kharkiv.admin1().name());
        Place syria = gazetteer.find("Syria").orElseThrow();
        assertEquals(Place.Precision.COUNTRY, syria.precision());
        assertNull(syria.admin1());
        assertNull(syria.admin2());
    }

    @Test
    void roads() {
        GeoMatch m5 = gazetteer.lookup("M5", null, "SY").orElseThrow();
        assertEquals(PlaceKind.ROAD, m5.kind());
        assertEquals(new Place("M5", "SY", null, null), m5.place());
        assertEquals("M5", gazetteer.find("M-5 highway").orElseThrow().name());
        assertEquals("M4", gazetteer.find("the M4 motorway").orElseThrow().name());
        assertNull(gazetteer.find("N1").orElseThrow().latitude());
        GeoMatch road = gazetteer.lookup("the Aleppo-Damascus road", null, null).orElseThrow();
        assertEquals(PlaceKind.ROAD, road.kind());
        assertEquals("SY", road.place().country());
        assertEquals("Aleppo-Damascus road", road.place().name());
    }

    @Test
    void sharedInstanceIsTheSameAcrossThreads() throws Exception {
        List<Callable<GeoNamesGazetteer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(GeoNamesGazetteer::shared);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<GeoNamesGazetteer> f : pool.invokeAll(calls)) {
                assertSame(gazetteer, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lookupsAreCheap() {
        String[] names = {"Idlib", "Saraqeb", "Taftanaz", "Kharkiv", "Gao", "Marib", "Nowhereville", "M5",
            "Idlib province", "northern Hama"};
        long started = System.nanoTime();
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            if (gazetteer.find(names[i % names.length]).isPresent()) {
                found++;
            }
        }
        System.out.printf("gazetteer: 100000 lookups in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(90_000, found);
    }

    @Test
    void noiseNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            int len = random.nextInt(40);
            StringBuilder b = new StringBuilder(len);
            for (int j = 0; j < len; j++) {
                b.append((char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x3000)));
            }
            String s = b.toString();
            gazetteer.lookup(s, PlaceKind.values()[random.nextInt(PlaceKind.values().length)], "SY");
            gazetteer.isPlace(s);
        }
        assertTrue(gazetteer.find("\u0000\uFFFF\uD800").isEmpty());
        assertTrue(gazetteer.find("9".repeat(400)).isEmpty());
        assertTrue(gazetteer.find("((((((((((((-))))))))))) --- ,,,").isEmpty());
    }

    @Test
    void worksThroughTheInterface() {
        Gazetteer world = Gazetteer.world();
        assertEquals("SY", world.find("Ariha", PlaceKind.CITY, "SY").orElseThrow().country());
        assertEquals(PlaceKind.ADMIN1,
                GeoNamesGazetteer.shared().lookup("Aleppo", PlaceKind.ADMIN1, "SY").orElseThrow().kind());
    }

    @Test
    void longestNameAtAPosition() {
        String text = "Clashes in Deir ez-Zor province on Monday, and near Saraqeb's outskirts; Police said.";
        PlaceSpan deir = gazetteer.matchAt(text, text.indexOf("Deir"), "SY").orElseThrow();
        assertEquals("Deir ez-Zor province", text.substring(deir.start(), deir.end()));
        assertEquals(PlaceKind.ADMIN1, deir.match().kind());
        PlaceSpan saraqeb = gazetteer.matchAt(text, text.indexOf("Saraqeb"), "SY").orElseThrow();
        assertEquals("Saraqeb", text.substring(saraqeb.start(), saraqeb.end()));
        assertEquals("SY", saraqeb.match().place().country());
        assertTrue(gazetteer.matchAt(text, text.indexOf("Police"), "SY").isEmpty());
        assertTrue(gazetteer.matchAt(text, text.indexOf("Monday"), "SY").isEmpty());
        assertTrue(gazetteer.matchAt(text, text.indexOf("near"), "SY").isEmpty());
        String road = "seized the M5 highway near Khan Sheikhoun.";
        PlaceSpan m5 = gazetteer.matchAt(road, road.indexOf("M5"), "SY").orElseThrow();
        assertEquals("M5 highway", road.substring(m5.start(), m5.end()));
        PlaceSpan khan = gazetteer.matchAt(road, road.indexOf("Khan"), "SY").orElseThrow();
        assertEquals("Khan Sheikhoun", road.substring(khan.start(), khan.end()));
    }

    @Test
    void sharedInstanceIsLoadedOnce() {
        assertSame(GeoNamesGazetteer.shared(), GeoNamesGazetteer.shared());
        Gazetteer asInterface = GeoNamesGazetteer.shared();
        assertTrue(asInterface.isPlace("Gao"));
    }

    @Test
    void districtsNoListedTownNamesAreKnownWithoutCoordinates() {
        // GeoNames gives Cameroon's and Mozambique's towns no district code; the districts are still names there
        Place mezam = place("Mezam");
        assertEquals("CM", mezam.country());
        assertEquals(Place.Precision.ADMIN2, mezam.precision());
        assertEquals("North-West", mezam.admin1().name());
        assertNull(mezam.latitude(), "no town of it is listed: no invented coordinates");
        assertEquals("MZ", place("Muidumbe").country());
        assertEquals("SS", place("Magwi").country(), "'Magwi County' without its noun");
    }

    @Test
    void frenchNamedProvincesAreFoundByTheirOwnName() {
        Place yatenga = place("Yatenga");
        assertEquals("BF", yatenga.country(), "GeoNames calls it 'Province du Yatenga'");
        assertEquals(Place.Precision.ADMIN2, yatenga.precision());
    }

    @Test
    void aNameWrittenApartMatchesTheDatasOneWordSpellingExactly() {
        Optional<GeoMatch> m = gazetteer.lookup("Petion-Ville", null, null);
        assertTrue(m.isPresent());
        assertEquals("HT", m.get().place().country());
        assertFalse(m.get().fuzzy(), "only the hyphen differs from 'Petionville'");
    }
}
