package org.newswatch.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newswatch.contracts.Place;
import org.newswatch.extraction.geo.Gazetteer;

/** A small stand-in for the GeoNames gazetteer: a few places of several conflicts, with their countries. */
final class TestGazetteer implements Gazetteer {

    private final Map<String, String> countries = new HashMap<>();

    TestGazetteer() {
        put("SY", "Dar'a", "Idlib", "Kafr Nabl", "Daraa al-Balad", "Jasim", "Maarat al-Numan", "Afrin", "Hama",
                "Saraqeb", "Taftanaz", "Aleppo", "Tal Shihab");
        put("UA", "Kharkiv", "Zaporizhzhia", "Bakhmut", "Kyiv", "Avdiivka", "Vovchansk", "Dnipro", "Robotyne");
        put("ML", "Mopti", "Moura", "Kidal", "Bamako");
        put("BF", "Solhan");
        put("NG", "Zabarmari", "Maiduguri", "Kaduna", "Katsina");
        put("YE", "Hajjah", "Taiz", "Marib", "Harib");
        put("SD", "El Fasher", "Wad Madani", "Nyala", "Khartoum");
        put("MM", "Sagaing", "Shan", "Kayah");
        put("KE", "Mandera");
        put("CD", "Bunagana", "Goma");
        put("AF", "Kunduz");
        put("PS", "Gaza", "Rafah");
        put("TR", "Istanbul", "Ankara");
    }

    private void put(String iso2, String... names) {
        for (String n : names) {
            countries.put(n, iso2);
        }
    }

    @Override
    public Optional<Place> find(String name) {
        String c = countries.get(name);
        return c == null ? Optional.empty() : Optional.of(new Place(name, c, 0.0, 0.0));
    }
}
