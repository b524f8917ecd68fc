package org.newswatch.extraction;

import java.util.Locale;
import java.util.Set;
import org.newswatch.contracts.incident.IncidentMatch;
import org.newswatch.extraction.geo.GeoMatch;
import org.newswatch.extraction.geo.PlaceKind;
import org.newswatch.extraction.text.Sentence;

/**
 * A city's quarters, sites and numbered blocks, which monitors place in the city: "Kabul's Dasht-e-Barchi area",
 * "the Mezzeh 86 area of Damascus", "Delmas 18, in Port-au-Prince", "Barangay Bato-Bato, Indanan". Read once the
 * article's places are resolved; both the event's place and the article's main place ask it.
 */
final class Quarters {

    private Quarters() {
    }

    /** A city that holds quarters: one of this many people. */
    private static final long CITY_WITH_QUARTERS = 100_000;
    /** A city whose every unknown name "in" it is a quarter: one of this many people. */
    private static final long METROPOLIS = 1_000_000;
    /** Titles of the units below a municipality: "Barangay Bato-Bato, Indanan", "Tambon Lam Phaya, Mueang Yala". */
    private static final Set<String> SUBUNIT_TITLES = Lexicon.words("SUBUNIT_TITLES");
    /** A place the gazetteer lists this near a city (km) is one of its quarters ("Balata", 3 km from Nablus). */
    private static final double QUARTER_KM = 5;
    /** Without divisions to compare, a namesake further than this from the city (km) is not the quarter the text names. */
    private static final double NAMESAKE_KM = 50;
    /** Nouns of a city's parts that may follow a quarter's name: "the Mezzeh 86 area", "Penha complex". */
    private static final Set<String> QUARTER_NOUNS = Lexicon.words("TOWN_PARTS", "SITES", "FACILITIES", "QUARTER_NOUNS");
    /** Nouns of a city's parts that a note under a city's dated heading names: "the al-Hamdaniyah neighbourhood". */
    private static final Set<String> HEADING_PART_NOUNS = Places.placeWords("HEADING_PART_NOUNS");
    /** Words that open a city quarter's name: "Complexo da Mare", "Colonia Obrera", "Comuna 13". */
    private static final Set<String> QUARTER_TITLES = Places.placeWords("QUARTER_TITLES");
    /** "village", "town": a place of its own, named by monitors even inside a city's area ("Kanan village"). */
    private static final Set<String> VILLAGE_NOUNS = Lexicon.words("TOWN_NOUNS");
    private static final Set<String> COMPASS_WORDS = Lexicon.words("COMPASS");
    /** Nouns of a town's parts: "neighbourhood", "area", "quarter". */
    private static final Set<String> TOWN_PARTS = Lexicon.words("TOWN_PARTS");
    /** "east", "north-west": the side of a city a quarter lies on ("the X neighbourhood, east of Taiz city"). */
    private static final Set<String> COMPASS_POINTS = Lexicon.words("COMPASS_POINTS");

    /**
     * The city of which {@code p} names a quarter, or null: "Kabul's Dasht-e-Barchi area", "Kyiv's Sviatoshynskyi
     * district", "the Mezzeh 86 area of Damascus", "Delmas 18, in Port-au-Prince", "the Complexo da Mar\u00e9, in the
     * north of Rio de Janeiro". The city is one the gazetteer knows as a city of 100,000 (of a million after a bare
     * "in"; any place for a numbered block or a unit below a municipality); the quarter one it does not know, or knows
     * only as a namesake in another country or province, or as a place within a few km of the city.
     */
    static Places.Mention cityOf(ArticleContext ctx, Sentence s, Places.Mention p) {
        if (VILLAGE_NOUNS.contains(s.lc(p.end())) || s.lc(p.index() - 1).equals("of")
                && VILLAGE_NOUNS.contains(s.lc(p.index() - 2))) {
            return null; // "Kanan village in Khampat township": a village of its own, which monitors name
        }
        Places.Mention city = null;
        int i = p.index();
        // how surely the name is a part: a number or a sub-unit's title says so whatever holds it ("Camp 8W,
        // Ukhiya", "Barangay Bayabao, Munai town"); a quarter's noun, a comma or a possessive when a city of
        // 100,000 holds it; a bare "in" only for a city of a million ("the Complexo do Alemao in Rio de Janeiro")
        long least = CITY_WITH_QUARTERS;
        boolean possessive = i >= 2 && s.lc(i - 1).equals("'s");
        boolean fromHeading = false;
        if (possessive) {
            city = mentionEnding(ctx, s, i - 1);
        } else {
            int k = p.end();
            for (Places.Mention q; s.lc(k).equals("and") && (q = mentionAt(ctx, s, k + 1)) != null; ) {
                k = q.end(); // "Camp 9 and Camp 10 in Ukhiya": the list's last part says where they lie
            }
            boolean numbered = s.get(k - 1).isNumber(); // "Camp 15" (the mention ends with its number)
            if (s.get(k).isNumber()) {
                k++; // "the Mezzeh 86 area", "Delmas 18"
                numbered = true;
            }
            boolean noun = QUARTER_NOUNS.contains(s.lc(k));
            if (noun) {
                k++;
            } else if (k - 1 > i && s.get(k - 1).capitalised() && QUARTER_NOUNS.contains(s.lc(k - 1))) {
                noun = true; // "Al-Haboubi Square in Nasiriyah", "Tayaran Square, central Baghdad": the noun is the name's
            }
            boolean comma = s.lc(k).equals(",");
            if (comma) {
                k++;
            }
            String first = p.name().split(" ", 2)[0].toLowerCase(Locale.ROOT);
            if (p.end() - i > 1 && QUARTER_TITLES.contains(first)) {
                noun = true; // "the Complexo da Mare, Rio de Janeiro", "Colonia Obrera in Mexico City": a quarter's title
            }
            boolean unit = numbered || SUBUNIT_TITLES.contains(first) || Places.SITE_NOUNS.contains(first);
            if (s.lc(k).equals("in") || s.lc(k).equals("of") && (noun || numbered)) {
                k++;
            } else if (noun && comma && TOWN_PARTS.contains(s.lc(k - 2)) && COMPASS_POINTS.contains(s.lc(k))
                    && s.lc(k + 1).equals("of")) {
                // "the Al-Jahmaliya neighbourhood, east of Taiz city": a quarter on the city's side (not "Zamzam camp,
                // south of El Fasher", a camp of its own)
                k += 2;
            } else if (noun && comma && (mentionAt(ctx, s, k) != null
                    || COMPASS_WORDS.contains(s.lc(k)) && mentionAt(ctx, s, k + 1) != null)) {
                // "Tayaran Square, central Baghdad", "the Kariakoo market, Dar es Salaam": a part named by its noun, a
                // comma and the town (of 100,000) it lies in
            } else if (!(comma && unit)) {
                // "Barangay Kabbon Takas" under a note's dated heading "Patikul, Sulu, 6 Feb 2022 -": a unit below the
                // heading's municipality, which the coders name
                if (unit && SUBUNIT_TITLES.contains(first)) {
                    return headingTown(ctx, s, p);
                }
                if (!headingPart(s, p, k)) {
                    return null; // "Khan Shaykhun, Idlib": a town and its province, which bears a city's name
                }
                k = s.size();
            }
            for (int j = k; j < s.size() && j - k <= 4; j++) {
                Places.Mention q = mentionAt(ctx, s, j);
                if (q != null) {
                    city = q;
                    break;
                }
                if (!(s.lc(j).equals("the") || s.lc(j).equals("of") || COMPASS_WORDS.contains(s.lc(j)))) {
                    break; // "in the north of Rio de Janeiro"
                }
            }
            least = unit ? 0 : noun || comma ? CITY_WITH_QUARTERS : METROPOLIS;
            if (city == null && headingPart(s, p, k)) {
                // "Aleppo city, 2 November 2019: rockets fell on the al-Hamdaniyah neighbourhood, killing a girl",
                // "Kherson, 21 Nov 2023: artillery shelled the Dniprovskyi district in the morning": a part of the city
                // a note's dated heading names
                city = headingTown(ctx, s, p);
                fromHeading = city != null;
            }
        }
        if (city != null && !possessive && !fromHeading && least > 0 && DIVISION_NOUNS.contains(s.lc(city.end()))
                && !s.get(city.end()).capitalised()) {
            return null; // "Karunapuram in Kallakurichi district": a village of a district, no quarter of a city (a
            // unit below a municipality, "Tambon Lam Phaya, Mueang Yala district", is the district's)
        }
        if (city == null || city.country() || city == p || !fromHeading && Places.countryside(s, city)
                || !possessive && ctx.enclosing.containsKey(city.name())
                && provinceHolds(ctx.enclosing.get(city.name()), ctx.resolved.get(p.name()), ctx.resolved.get(city.name()))) {
            // ... not "the town of Tal Rifaat in the northern Aleppo countryside", nor "the Gozara district of Herat"
            // (a province of the city's name that contains the place; "Kyiv's Sviatoshynskyi district" is the city's,
            // and so is "the Jacarezinho favela in northern Rio de Janeiro", which no place of the state names)
            return null;
        }
        GeoMatch c = ctx.resolved.get(city.name());
        // "the Wusta district of Qamishli": a district of a town the data gives no population (0), which the text
        // calls a district of the town
        boolean districtOfTown = !possessive && i > 0 && s.lc(i - 1).equals("the") && s.lc(p.end()).equals("district")
                && s.lc(p.end() + 1).equals("of") && c != null && c.population() == 0;
        if (least > 0 && (c == null || c.fuzzy() || c.kind() != PlaceKind.CITY
                || c.population() < least && !districtOfTown || c.place().latitude() == null)) {
            return null;
        }
        GeoMatch q = ctx.resolved.get(p.name());
        if (q != null && !q.fuzzy() && q.kind() == PlaceKind.CITY && q.population() >= CITY_WITH_QUARTERS
                && (c == null || c.kind() != PlaceKind.CITY || q.population() >= c.population())) {
            return null; // "Hatay's Antakya district": a city of its own in the province that bears its name
        }
        if (q == null || q.fuzzy() || q.place().latitude() == null || q.place().longitude() == null) {
            return city;
        }
        if (c == null || c.place().latitude() == null || c.place().longitude() == null) {
            return null;
        }
        double km = IncidentMatch.km(c.place().latitude(), c.place().longitude(),
                q.place().latitude(), q.place().longitude());
        // a namesake elsewhere: another country or province ("Penha" of Santa Catarina for Rio's Penha complex); a
        // town of the province that bears the city's name ("Aleppo's Manbij") is a town, not a quarter
        boolean namesake = !java.util.Objects.equals(c.place().country(), q.place().country())
                || c.place().admin1() != null && q.place().admin1() != null && c.place().admin1().code() != null
                && !c.place().admin1().code().equals(q.place().admin1().code())
                || (c.place().admin1() == null || q.place().admin1() == null) && km > NAMESAKE_KM;
        return km <= QUARTER_KM || namesake ? city : null;
    }

    /**
     * A city's part by its noun ("the al-Hamdaniyah neighbourhood"), with no other place named right after it ("the X
     * district, Y province"); {@code k} is where the reading after the noun stopped.
     */
    private static boolean headingPart(Sentence s, Places.Mention p, int k) {
        return HEADING_PART_NOUNS.contains(s.lc(p.end())) && !s.get(p.end()).capitalised()
                && (k >= s.size() || !Places.capitalisedName(s.get(k)));
    }

    /**
     * The province of a city's name contains the place as the gazetteer reads it: "the Gozara district of Herat" (a
     * district of Herat province), not a favela the gazetteer knows only as a namesake elsewhere, or not at all in a city
     * of a million.
     */
    private static boolean provinceHolds(GeoMatch province, GeoMatch place, GeoMatch city) {
        if (place == null || place.fuzzy()) {
            // a name the gazetteer does not know: a quarter of a city of a million ("the Vila Cruzeiro favela in
            // northern Rio de Janeiro"), else a place of the province
            return city == null || city.kind() != PlaceKind.CITY || city.population() < METROPOLIS;
        }
        return Extractor.inside(place, province);
    }

    /**
     * The town heading the article's note with its day ("Patikul, Sulu, 6 Feb 2022 - ...", "Jolo, 3 May 2021: ..."),
     * when {@code p} lies in the heading's sentence or after it; else null.
     */
    private static Places.Mention headingTown(ArticleContext ctx, Sentence s, Places.Mention p) {
        if (ctx.sentences.isEmpty() || ctx.places.isEmpty()) {
            return null;
        }
        Sentence first = ctx.sentences.get(0);
        for (Places.Mention h : ctx.places.get(0)) {
            if (h.index() == 0 && !h.country() && h != p
                    && (Places.headingDash(first, h.end()) > 0 || Places.headingColon(first, h.end()) > 0)) {
                return h;
            }
        }
        return null;
    }

    /** Nouns of divisions after a name: "Kallakurichi district", "Idlib province". */
    private static final Set<String> DIVISION_NOUNS = Lexicon.words("DIVISION_NOUNS");

    private static Places.Mention mentionAt(ArticleContext ctx, Sentence s, int index) {
        for (Places.Mention q : ctx.places.get(s.index())) {
            if (q.index() == index) {
                return q;
            }
        }
        return null;
    }

    private static Places.Mention mentionEnding(ArticleContext ctx, Sentence s, int end) {
        for (Places.Mention q : ctx.places.get(s.index())) {
            if (q.end() == end) {
                return q;
            }
        }
        return null;
    }

}
