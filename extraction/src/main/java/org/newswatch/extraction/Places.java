package org.newswatch.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newswatch.extraction.text.Sentence;
import org.newswatch.extraction.text.Token;

/**
 * Place names in a sentence, by shape: capitalised names after a locative preposition ("in Saraqeb",
 * "near Taftanaz", "into Saraqeb", "in western Aleppo", "in the Syrian province of Idlib"), before a place
 * noun ("Idlib province"), after "the town of", and road codes ("M5", "M-5 motorway").
 */
public final class Places {

    /** A place mention. */
    public record Mention(String name, int index, boolean country, int end, boolean admin) {
        public Mention(String name, int index, boolean country, int end) {
            this(name, index, country, end, false);
        }
    }

    /** The word classes only the place passes read ({@code en/lexicon/places.tsv}). */
    private static final WordClasses PLACE_WORDS = WordClasses.load("en/lexicon/places.tsv", List.of("TOWN_ANAPHORS",
            "ANTECEDENT_MIN_POPULATION", "OF_AREA_NOUNS", "MONTH_WORDS_IN_NAMES", "MORE_PLACE_KIND_NOUNS",
            "LANGUAGE_ADJECTIVES", "DIVISION_CAPITAL_MODIFIERS", "MORE_UNIT_NOUNS", "MORE_OF_PLACE_NOUNS",
            "SEAT_NOUNS", "MORE_FEATURE_WORDS", "FEATURE_PLACE_NOUNS", "APPOSED_TOWN_NOUNS", "MEDICAL_NOUNS", "MEDICAL_CUES",
            "TRANSFER_VERBS", "CASUALTY_WORDS", "JOURNEY_CUES", "HEADLINE_SEIZE", "NOT_PLACE_NAMES", "BASE_CUES", "PROVINCE_NOUNS",
            "SMALLER_PLACE_NOUNS", "CLAUSE_BREAKS", "NAME_DEMONYMS", "MORE_ORGANISATION_ENDS", "APPOSITION_ARTICLES",
            "EVACUATION_VERBS", "LANDING_VERBS", "HEADING_LABELS", "DATELINE_TOWN_NOUNS",
            "QUARTER_TITLES", "HEADING_PART_NOUNS", "HEADING_TIME_WORDS", "PLURAL_AREA_NOUNS",
            "FORCE_NAMES", "ARRIVAL_VERBS", "ARRIVING_PEOPLE", "DISPUTE_NOUNS", "MORE_SITE_NOUNS",
            "HEADING_BUILDING_NOUNS",
            "MEDICAL_SOURCES", "BASE_NOUNS", "BASE_TITLES"));

    /** Titles of a base named after its town: "Camp Taji", "Fort Liberty". */
    static final Set<String> BASE_TITLES = placeWords("BASE_TITLES");

    /**
     * "Camp Taji": the town a base's name holds after its title ("Taji"), or null. Whether that is a town of the
     * story's country is for the gazetteer to say.
     */
    static String baseTown(String name) {
        int sp = name.indexOf(' ');
        return sp > 0 && sp + 1 < name.length() && BASE_TITLES.contains(name.substring(0, sp).toLowerCase(
                java.util.Locale.ROOT)) ? name.substring(sp + 1) : null;
    }

    /** Nouns that end a report's label heading: "Regional Overview:", "Weekly Update:", "Security Briefing:". */
    static final Set<String> HEADING_LABELS = placeWords("HEADING_LABELS");

    /** A class of {@code en/lexicon/places.tsv}. */
    static Set<String> placeWords(String name) {
        return PLACE_WORDS.get(name);
    }

    private static final Set<String> LOCATIVE = Lexicon.words("LOCATIVE");
    private static final Set<String> SEIZE = union(Lexicon.words("SEIZE"), placeWords("HEADLINE_SEIZE"));
    private static final Set<String> PLACE_NOUNS = union(union(Lexicon.words("PLACE_KIND_NOUNS"),
            placeWords("MORE_PLACE_KIND_NOUNS")), placeWords("FEATURE_PLACE_NOUNS"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
    static final Set<String> STORM_NOUNS = Lexicon.words("STORM_NOUNS");
    private static final Set<String> NOT_PLACES = Lexicon.words("NOT_PLACES", "PEOPLES_AND_FAITHS", "FEASTS", "NAMED_BODIES");

    /**
     * A word of a people, a faith, a feast or a body, also in the plural or with an apostrophe inside: "its fighters
     * had targeted Shi'ites", "attacks on Alawites".
     */
    private static boolean notPlace(String lc) {
        if (NOT_PLACES.contains(lc)) {
            return true;
        }
        String plain = lc.replace("'", "").replace("\u2019", "");
        return NOT_PLACES.contains(plain) || plain.length() > 4 && plain.endsWith("s")
                && NOT_PLACES.contains(plain.substring(0, plain.length() - 1));
    }

    private static final Set<String> CONTINENTS = Lexicon.words("CONTINENTS");

    private static final Set<String> ARTICLES = Lexicon.words("ARTICLES");

    /** Nouns of vehicles and weapons a model designation names ("a T-72 tank", "Mi-35 helicopters"). */
    private static final Set<String> MODEL_NOUNS = Lexicon.words("VEHICLES", "WEAPONS");

    private static final Set<String> BUILDINGS = Lexicon.words("FACILITIES");

    /** Words for the rural area around a town, which monitors name the town's countryside by. */
    static final Set<String> COUNTRYSIDE = Lexicon.words("COUNTRYSIDE");

    /** Nouns of sites and buildings: "camp", "market", "hotel", "roundabout". */
    static final Set<String> SITE_NOUNS = union(Lexicon.words("SITES", "FACILITIES"), placeWords("MORE_SITE_NOUNS"));

    /** A name that ends in a site's noun: "the al-Tabi'in school", "Ain al-Hilweh camp", "al-Bab market". */
    static boolean siteName(String name) {
        int sp = name == null ? -1 : name.lastIndexOf(' ');
        return sp > 0 && SITE_NOUNS.contains(name.substring(sp + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The mention names a countryside: "the northwestern countryside of Hama", "the Idlib countryside". */
    static boolean countryside(Sentence s, Mention p) {
        int k = p.index() - 1;
        return s.lc(k).equals("of") && COUNTRYSIDE.contains(s.lc(k - 1)) || COUNTRYSIDE.contains(s.lc(p.end()));
    }
    /** Capitalised nouns that end the name of a unit or an organisation ("Frontier Corps"), never of a place. */
    private static final Set<String> ORGANISATION_ENDS = union(Lexicon.words("ORGANISATION_ENDS", "BODY_NAME_ENDS"),
            placeWords("MORE_ORGANISATION_ENDS"));
    private static final Set<String> UNIT_NOUNS = union(Lexicon.words("UNIT_NOUNS"), placeWords("MORE_UNIT_NOUNS"));
    /** Words before the first of a road's two ends: "the road between (linking, connecting) E and F". */
    static final Set<String> ROAD_LINKS = Lexicon.words("ROAD_LINKS");
    private static final Set<String> SKIPPABLE = Lexicon.words("PLACE_SKIPPABLE");

    private Places() {
    }

    static boolean capitalisedName(Token t) {
        if (!t.isWord()) {
            return false;
        }
        if (t.capitalised()) {
            return true;
        }
        String x = t.text();
        int h = x.indexOf('-');
        return h > 0 && h <= 3 && h + 1 < x.length() && Character.isUpperCase(x.charAt(h + 1)) // al-Eis
                && !HYPHEN_PREFIXES.contains(x.substring(0, h).toLowerCase(java.util.Locale.ROOT)); // not pre-Christmas
    }

    private static final Set<String> HYPHEN_PREFIXES = Lexicon.words("HYPHEN_PREFIXES");

    static boolean isRoadCode(Token t) {
        String x = t.text();
        if (!t.isWord() || x.length() < 2 || x.length() > 5 || !Character.isUpperCase(x.charAt(0))) {
            return false;
        }
        int i = 1;
        if (i < x.length() && Character.isUpperCase(x.charAt(i))) {
            i++;
        }
        if (i < x.length() && x.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < x.length() && Character.isDigit(x.charAt(i))) {
            i++;
            digits++;
        }
        return i == x.length() && digits >= 1 && digits <= 3;
    }

    private static final java.util.Set<String> CONTROL_SUFFIXES = Lexicon.words("CONTROL_SUFFIXES", "SUPPORT_SUFFIXES");

    public static List<Mention> find(Sentence s) {
        List<Mention> out = new ArrayList<>(2);
        List<Mention> features = null;
        List<Mention> roadEnds = null;
        int n = s.size();
        int dateline = s.datelineEnd();
        for (int i = 0; i < n; i++) {
            Token t = s.get(i);
            if (i > 0 && i < dateline && Countries.lookup(t.lc()) == null) {
                continue; // "ERBIL, Kurdistan Region (Kurdistan 24) -": where the reporter files from (a country votes little)
            }
            int agency = agencyInDateline(s, i);
            if (agency > i) {
                i = agency; // "KUNDUZ CITY (Pajhwok): ...": the agency the dateline names, no place
                continue;
            }
            int[] glen = new int[1];
            if (ArmedGroups.at(s, i, glen) != null) {
                i += glen[0] - 1; // "M23", "Boko Haram", "Hezbollah": a group, not a place
                continue;
            }
            if (isRoadCode(t) && roadContext(s, i)) {
                if (!townOnRoad(s, i + 1)) {
                    out.add(new Mention(t.text().replace("-", ""), i, false, i + 1));
                } // "near the M4 in Jabal al-Zawiya": the area after it says where on the road
                continue;
            }
            int hy = t.lc().indexOf('-');
            if (hy > 0 && roadBetween(s, i)) {
                // "on the Palmyra-Deir ez-Zor highway", "the Juba-Nimule road": the road's first end is a place
                out.add(new Mention(t.text().substring(0, hy), i, false, i + 1));
                roadEnds = roadEnds == null ? new ArrayList<>(1) : roadEnds;
                roadEnds.add(out.get(out.size() - 1));
                continue;
            }
            int dash = dashedRoadAt(s, i);
            if (dash > i) {
                // "the Aranpur \u2013 Sameli road", "the Juba \u2013 Nimule road": the same with a dash between the ends
                out.add(new Mention(join(s, i, dash), i, false, dash));
                roadEnds = roadEnds == null ? new ArrayList<>(1) : roadEnds;
                roadEnds.add(out.get(out.size() - 1));
                i = roadNounAfter(s, dash + 1) - 1;
                continue;
            }
            if (hy > 0 && (Countries.lookup(t.lc().substring(0, hy)) != null || CONTROL_SUFFIXES.contains(t.lc().substring(hy))
                    || demonym(t.lc().substring(hy + 1)))) {
                continue; // "Russian-based", "Turkish-backed", "Houthi-controlled", "rebel-held", "the Pan-American highway"
            }
            if (t.capitalised() && ARTICLES.contains(t.lc()) && i + 1 < n && s.get(i + 1).isWord()
                    && (!s.get(i + 1).capitalised() || demonym(s.lc(i + 1)))) {
                continue; // "A state official said", "An Israeli border police officer": an article opening the
                // sentence, no place "A" (nor "An Israeli")
            }
            if (t.capitalised() && Parties.STOP.contains(t.lc())) {
                continue; // "In Quetta, gunmen ...": a capitalised preposition opens the sentence, it names nothing
            }
            if (t.capitalised() && STORM_NOUNS.contains(t.lc()) && s.get(i + 1).capitalised()) {
                i++; // "Storm Daniel", "Cyclone Idai": a storm's name, no place
                continue;
            }
            if (t.capitalised() && COUNTRYSIDE.contains(t.lc()) && s.lc(i + 1).equals("of")) {
                continue; // "the Badia of al-Mayadin": the desert around the town, no place of its own (not Italy's Badia)
            }
            if (t.capitalised() && BUILDINGS.contains(t.lc()) && i > 0 && s.lc(i - 1).equals("the")) {
                // "the Cathedral of Our Lady of Mount Carmel in Jolo": a building's name, no place ("Mount Carmel")
                while (i + 1 < n && (capitalisedName(s.get(i + 1)) || s.lc(i + 1).equals("of") && i + 2 < n
                        && capitalisedName(s.get(i + 2)))) {
                    i++;
                }
                continue;
            }
            boolean namedPlace = i + 2 < n && capitalisedName(t) && capitalisedName(s.get(i + 1))
                    && PLACE_NOUNS.contains(s.lc(i + 2)) && !s.get(i + 2).capitalised();
            if (!capitalisedName(t) || notPlace(t.lc()) && !namedPlace && !nameDemonym(s, i)
                    || Dates.isCalendarWord(t.lc())
                    || Parties.isHead(t) && Countries.lookup(t.lc()) == null && !headInName(s, i)) {
                continue;
            }
            if (forceName(s, i)) {
                continue; // "a bomb went off next to a Levies vehicle in Barkhan": a force's name, no place
            }
            if (LANGUAGE_ADJECTIVES.contains(t.lc())) {
                continue; // "Cameroon's Anglophone North-West region": the region, not a place "Anglophone North-West"
            }
            if (COMPASS_PARTS.contains(t.lc()) && i + 1 < n && demonymWord(s.get(i + 1))) {
                i++; // "the West African country", "North Korean troops": a compass word of a demonym, no place
                continue;
            }
            if (i > 0 && TITLES.contains(s.lc(i - 1)) || i > 1 && s.lc(i - 1).equals(".") && TITLES.contains(s.lc(i - 2))
                    || i > 1 && (s.lc(i - 1).equals("to") || s.lc(i - 1).equals("by")) && LEADER_CUES.contains(s.lc(i - 2))
                    && !countryName(t)) {
                // ... and "forces loyal to Khalifa Haftar", "troops loyal to Damascus": the leader or state they follow
                while (i + 1 < n && capitalisedName(s.get(i + 1))) {
                    i++; // "commander Khalifa Haftar", "President Ruto": a person, not a place
                }
                continue;
            }
            int[] len = new int[1];
            Countries.Entry e = Parties.countryAt(s, i, len);
            if (e != null && e.kind() == Countries.Kind.NAME && cityOfCountrysName(s, i, len[0])) {
                e = null; // "Gaza City", "Kuwait City", "Panama City": the town, not the country or territory
            }
            int described = countryDescribesTown(s, i, e, len[0]);
            if (described > i) {
                // "the central Mexico city of Celaya", "the Nigeria town of Gwoza": the country (not the capital
                // "Mexico City") says where the town after "of" lies; it votes as a country, the town is the place
                Countries.Entry c = Countries.lookup(s.lc(i));
                if (c != null && c.kind() == Countries.Kind.NAME) {
                    out.add(new Mention(s.get(i).text(), i, true, i + 1, false));
                }
                i = described - 1;
                continue;
            }
            if (e != null && e.kind() == Countries.Kind.NAME && i > 0 && (s.lc(i - 1).equals("a") || s.lc(i - 1).equals("an"))
                    && i + len[0] < n && s.get(i + len[0]).isWord() && !s.get(i + len[0]).capitalised()
                    && !LOCATIVE.contains(s.lc(i + len[0]))) {
                i += len[0] - 1;
                continue; // "a U.S. destroyer", "an Iran deal": the country as a modifier, not a place
            }
            if (e != null && (e.kind() == Countries.Kind.DEMONYM || e.kind() == Countries.Kind.NAME)
                    && s.lc(i + len[0]).equals("capital") && !s.get(i + len[0]).capitalised()
                    && (s.lc(i - 1).equals("the") || e.kind() == Countries.Kind.NAME || LOCATIVE.contains(s.lc(i - 1)))
                    && locativeBefore(s, i) && Countries.capital(e.iso3()) != null) {
                // ... and a headline's "kills 98 in Sierra Leone capital", "blast in Somali capital" without the article
                // "in the Somali capital", "near the Afghan capital, Kabul": the capital the table gives the country
                if (e.kind() == Countries.Kind.NAME) {
                    out.add(new Mention(join(s, i, i + len[0]), i, true, i + len[0], false)); // the country votes
                }
                out.add(new Mention(Countries.capital(e.iso3()), i, false, i + len[0] + 1, false));
                i += len[0];
                continue;
            }
            if (e != null && e.kind() == Countries.Kind.NAME && s.lc(i + len[0]).equals("'s")
                    && s.lc(i + len[0] + 1).equals("capital") && locativeBefore(s, i)
                    && Countries.capital(e.iso3()) != null) {
                // "in Somalia's capital": as "the Somali capital"
                out.add(new Mention(Countries.capital(e.iso3()), i, false, i + len[0] + 2, false));
                i += len[0] + 1;
                continue;
            }
            if (e != null && e.kind() == Countries.Kind.DEMONYM && nameDemonym(s, i)) {
                e = null; // "near Arab Saeed in western Idlib": a people's word that starts a village's name
            }
            if (namedPlace && e != null && (e.kind() == Countries.Kind.DEMONYM || e.kind() == Countries.Kind.LEADER)) {
                e = null; // "Hlaing Tharyar township", "Arab Saeed village": a word of a leader's or a people's name
                // that starts a place's
            }
            if (e != null && e.kind() == Countries.Kind.DEMONYM || e != null && e.kind() == Countries.Kind.LEADER) {
                i += len[0] - 1;
                continue;
            }
            int end = i + 1;
            if (e == null && i + 2 < n && (s.lc(i + 1).equals("and") || s.lc(i + 1).equals("'s"))
                    && JOINED_NAMES.contains(t.lc() + (s.lc(i + 1).equals("and") ? "-and-" : "'s-") + s.lc(i + 2))) {
                end = i + 3; // "Jammu and Kashmir", "Cox's Bazar": one name with an "and" or a possessive inside
            } else if (e == null) {
                while (end < n && end - i < 5 && (capitalisedName(s.get(end)) && (!NOT_PLACES.contains(s.lc(end))
                        && !Dates.isCalendarWord(s.lc(end)) || monthWordInName(s, end))
                        && !Lexicon.ADMIN_ABBREVIATIONS.contains(s.lc(end)) && !Parties.isHead(s.get(end))
                        || particleInName(s, end))) {
                    end++;
                }
            } else {
                end = i + len[0];
            }
            if (e == null && end == i + 1 && OF_NAMES.contains(t.lc()) && s.lc(end).equals("of") && end + 1 < n
                    && capitalisedName(s.get(end + 1))) {
                end += 2; // "the Sea of Azov", "the Gulf of Aden", "the Strait of Hormuz"
                while (end < n && end - i < 5 && capitalisedName(s.get(end)) && !Dates.isCalendarWord(s.lc(end))) {
                    end++;
                }
            }
            if (e == null && end == i + 1 && t.text().chars().anyMatch(Character::isDigit) && end < n
                    && (MODEL_NOUNS.contains(s.lc(end)) || end + 1 < n && MODEL_NOUNS.contains(s.lc(end + 1))
                    && s.get(end).isWord() && !s.get(end).capitalised())) {
                continue; // "a T-72 tank", "two Mi-35 helicopters", "T-72 battle tanks": a model, no place
            }
            if (e == null && end - i >= 3 && s.lc(end - 2).equals("of") && CONTINENTS.contains(s.lc(end - 1))) {
                i = end - 1;
                continue; // "migrants from the Horn of Africa": a part of a continent places no event, as the continent
            }
            if (e == null && end == i + 1 && SITE_NOUNS.contains(t.lc()) && end < n && (s.get(end).isNumber()
                    || !s.get(end).text().isEmpty() && Character.isDigit(s.get(end).text().charAt(0)))) {
                end++; // "Camp 15", "Camp 8W": a numbered camp or block, no town called Camp
            }
            if (e == null && end == i + 1 && SITE_NOUNS.contains(t.lc())) {
                continue; // "taken to the Saudi Hospital": a building's noun alone (its people's word read apart) names
                // no place
            }
            if (e == null && end == i + 1 && CONTINENTS.contains(t.lc())) {
                continue; // "the heaviest defeat of the mercenaries in Africa": a continent places no event
            }
            if (e == null && KIN_GROUPS.contains(s.lc(end)) && s.lc(i - 1).equals("the")) {
                i = end;
                continue; // "the Abu Naja family", "gunmen from the Albu Kamil clan": people, not a place ("a Gaza family" is)
            }
            int kin = e == null && s.lc(i - 1).equals("the") && s.lc(end).equals("and") ? end + 1 : -1;
            while (kin > 0 && kin < n && kin - end <= 4 && capitalisedName(s.get(kin))) {
                kin++;
            }
            if (kin > end + 1 && kin < n && KIN_GROUPS.contains(s.lc(kin)) && !s.lc(kin).startsWith("communit")) {
                i = kin;
                continue; // "the Sikin and Kaekin tribes": two peoples, no place (not "the Nikopol and Marhanets
                // communities", Ukraine's hromadas)
            }
            boolean nounInName = false;
            if (e == null && end < n && end > i && s.get(end).capitalised() && PLACE_NOUNS.contains(s.lc(end))
                    && Parties.isHead(s.get(end))) {
                end++; // "Zamfara State", "Shan State": a place noun in the name, not "State" the government
                nounInName = true;
            } else if (end < n && s.get(end).capitalised() && (Parties.isHead(s.get(end))
                    || ORGANISATION_ENDS.contains(s.lc(end))) || ordinalBefore(s, i)
                    || ORGANISATION_ENDS.contains(s.lc(end - 1)) && end - 1 > i
                    || e == null && end < n && !s.get(end).capitalised() && UNIT_NOUNS.contains(s.lc(end))
                    || e == null && end + 2 < n && s.lc(end).equals("and") && s.get(end + 1).capitalised()
                    && UNIT_NOUNS.contains(s.lc(end + 2))) {
                // ... and "the Reaccion Inmediata battalion", "the Chapitos and Mayiza factions": a unit or a gang
                i = end;
                continue; // "4th Armored Division", "Rapid Support Forces", "Arakan Army": a unit, not a place
            }
            if (e == null && groupFront(s, i, end)) {
                i = end;
                continue; // "dissidents of the Carlos Patino front", "the FARC's Carlos Patino front": a unit, not a place
            }
            if (e != null && e.kind() == Countries.Kind.NAME && ATTRIBUTIVE.contains(s.lc(end))) {
                i = end - 1;
                continue; // "near the US embassy": the embassy is the place, not the country
            }
            if (e != null && e.kind() == Countries.Kind.NAME && DIVISION_NOUNS.contains(s.lc(end)) && end == i + 1) {
                e = null; // "in Nigeria's Niger state": a division that bears a country's name, not the country
            }
            if (e == null && end + 1 < n && s.get(end).capitalised() && FACILITIES.contains(s.lc(end + 1))
                    && !Parties.isHead(s.get(end)) && Countries.lookup(s.lc(end)) == null
                    && !Dates.isCalendarWord(s.lc(end))) { // (not "the Maiduguri Monday Market")
                end += 2; // "St Francis Catholic Church", "the Al-Shifa Medical Complex": the building's own name
            } else if (e == null && end < n && FACILITIES.contains(s.lc(end)) && !Parties.isHead(s.get(end - 1))) {
                end++; // "the SYL hotel", "the Al-Noor mosque": a named building is the place
            } else if (e == null && end + 1 < n && s.lc(end).equals("police") && FACILITIES.contains(s.lc(end + 1))) {
                end += 2; // "the General Santander police academy"
            }
            if (e == null && end == i + 1 && acronym(t) && i > 0 && !s.lc(end).equals(",") && !s.lc(end).equals(":")
                    && !s.lc(end).equals("(")) {
                // "a gunfight between ARSA and the RSO": an organisation's initials, not Romania's Arsa (a dateline or
                // heading town in capitals, "GOMA, Jan 23" or "HOMS:", is still read)
                continue;
            }
            if (acronymModifier(s, i, end)) {
                i = end - 1;
                continue; // "an AMISOM base", "a MONUSCO convoy": an organisation's, not a place
            }
            if (e == null && i == 0 && HEADING_LABELS.contains(s.lc(end - 1))) {
                i = end - 1;
                continue; // "Regional Overview: Sahel, 11-17 June 2022", "Weekly Update:": a report's label, no place
            }
            int colon = i == 0 && (e == null || e.kind() == Countries.Kind.CAPITAL) ? headingColon(s, end)
                    : i > 0 && i == datedOpening(s) && (e == null || e.kind() == Countries.Kind.CAPITAL)
                    && s.lc(end).equals(":") ? end : -1; // "29 Jan 2020, Ariha: Russian jets struck ..."
            if (colon > end && wireDateline(s, i, end, colon)) {
                i = colon;
                continue; // "RAWALPINDI, Dec 12: Twenty-three soldiers ...": where the statement was filed
            }
            int dashed = i == 0 && colon < 0 && (e == null || e.kind() == Countries.Kind.CAPITAL) ? headingDash(s, end) : -1;
            if (dashed > 0) {
                // "El Fasher, 11/06/2024 - RSF shells fell on ...", "Patikul, Sulu, 6 Feb 2022 - ...": a monitor's note
                // headed by its place and day (a year says so: a wire's dateline gives none), and the areas after it
                colon = dashed;
            }
            boolean heading = colon > 0 && colon + 1 < n && (s.get(colon + 1).capitalised() || s.get(colon + 1).isNumber()
                    || Numbers.isNumberWord(s.lc(colon + 1)) || colon > end || e != null || i > 0);
            // ("Jhalokathi, 24 December 2021: fire broke out", "Tripoli: heavy clashes broke out": a dated heading or a
            // capital opens its note in lower case too)
            // ("Suwayda: two members of a local faction died": the note's figure may open it in lower case)
            boolean admin = !locativeBefore(s, i) && adminParenthetical(s, i, out) || heading
                    || e == null && areaAfterPlace(s, i, out);
            // "in Anka LGA of Zamfara State": a name that says it is a division; "Deir ez-Zor: At least 25 ...": a
            // monitor's note headed by its place (an area given for reference, as in brackets)
            boolean locative = locativeBefore(s, i) || admin || bracketed(s, i) || PLACE_NOUNS.contains(s.lc(end))
                    || nounInName || Lexicon.ADMIN_ABBREVIATIONS.contains(s.lc(end))
                    || s.lc(end).equals("'s") && capitalisedName(s.get(Math.min(n - 1, end + 1)))
                    || i > 1 && s.lc(i - 1).equals(",") && capitalisedName(s.get(i - 2)) && e != null
                    || e == null && chained(s, i, end, out)
                    || e != null && e.kind() == Countries.Kind.CAPITAL && capitalAfterPart(s, i, end, out);
            if (locative && !locativeBefore(s, i) && bracketed(s, i) && compassOnly(s, i, end)) {
                locative = false; // "(Mezam, North-West)": a region named by a compass point only is no clue
            }
            if (locative && perceivedAt(s, i)) {
                locative = false; // "the blast was heard in Cyprus", "felt as far away as Delhi": not where it happened
            }
            if (locative && !admin && e == null && rankingScope(s, i) && !out.isEmpty()) {
                locative = false; // "in Tambon Lam Phaya, ..., in one of the deadliest attacks in the Deep South in
                // years": the ranking's area, when the sentence has named where the attack was
            }
            if (locative && e == null && end + 2 < n && divisionCapital(s, end + 1)
                    && capitalisedName(s.get(end + 2))) {
                admin = true; // "the Southwest regional capital Buea": the region describes the town after it
            }
            if (locative && e == null && describesTown(s, i, end)) {
                // "the Idlib town of Saraqeb": an area that says where the town lies, given for reference as in
                // brackets; "the Black Sea port of Odesa", "the Red Sea city of Hodeidah": a sea or a lake that only
                // describes the town names no place of the event
                admin = true;
                locative = !OF_NAMES.contains(s.lc(end - 1));
            }
            boolean town = e == null || e.kind() == Countries.Kind.CAPITAL;
            if (locative && town && (carriedTo(s, i) || baseOfUnit(s, i) || sourceHospital(s, i, end))) {
                i = end - 1; // "treated in hospitals in Kaduna", "airlifted to Assam", "a battalion based in Jolo"
                continue;
            }
            if (locative && !admin && town && (hospitalAt(s, i, end) || journeyEnd(s, i) || arrivalOf(s, i)
                    || disputed(s, i))) {
                // ... and "survivors reached the port of Pemba by boat": where people who fled arrived; "since fighting
                // over Nagorno-Karabakh erupted": what a war is about
                // "died of his wounds at the national hospital in Daraa": where he was treated; "a supply convoy heading to
                // Djibo was attacked at Gaskinde": where a journey went. Read as areas given for reference: each still
                // says in which country, and gives way to the place where it happened when the sentence names that too
                admin = true;
            }
            if (locative && !admin && e == null && capitalOfArea(s, i, out)) {
                admin = true; // "Erbil, the capital of Iraq's Kurdistan region": the region says where the town lies
            }
            if (locative && e == null && NOT_PLACE_NAMES.contains(join(s, i, end).toLowerCase(java.util.Locale.ROOT)
                    .replace(' ', '-'))) {
                i = end - 1; // "on New Year's Day"
                continue;
            }
            if (locative) {
                String name = join(s, i, end);
                // "the Machedi area of Kathua district": the area's mention takes in its noun, so that it reads as a
                // place of its own, not a part of a town (a district is none)
                int to = e == null && areaOfDistrict(s, end) ? end + 1 : end;
                if (e != null && e.kind() == Countries.Kind.CAPITAL) {
                    out.add(new Mention(name, i, false, to, admin));
                } else {
                    out.add(new Mention(name, i, e != null, to, admin));
                }
                if (e == null && feature(s, i, end)) {
                    features = features == null ? new ArrayList<>(1) : features;
                    features.add(out.get(out.size() - 1));
                }
            }
            if (dashed > 0) {
                // the areas between the heading's place and its day are given for reference too ("Patikul, Sulu, ...")
                for (int k = end; k < dashed; k++) {
                    if (s.lc(k).equals(",") && capitalisedName(s.get(k + 1)) && !Dates.isCalendarWord(s.lc(k + 1))) {
                        int j = k + 1;
                        while (j < dashed && (capitalisedName(s.get(j)) || particleInName(s, j))
                                && !Dates.isCalendarWord(s.lc(j))) {
                            j++;
                        }
                        out.add(new Mention(join(s, k + 1, j), k + 1, false, j, true));
                        k = j - 1;
                    }
                }
                i = dashed;
                continue;
            }
            i = end - 1;
        }

        if (out.size() > 1) {
            provincesBesideTowns(s, out);
            homesBesideEvents(s, out);
            roadsBesideTowns(s, out);
            basesBesideTowns(s, out);
            buildingsBesideTowns(s, out);
        }
        if (roadEnds != null) {
            roadEndsBesideTowns(out, roadEnds);
        }
        if (!out.isEmpty() && out.get(0).index() == 0 && out.get(0).admin() && s.lc(out.get(0).end()).equals("and")) {
            int colon = headingColon(s, out.get(0).end());
            for (int a = 1; a < out.size() && colon > 0; a++) {
                Mention m = out.get(a);
                if (m.index() < colon && !m.admin()) {
                    out.set(a, new Mention(m.name(), m.index(), m.country(), m.end(), true)); // both are the heading's
                }
            }
        }
        if (headingAlone(s, out)) {
            // "Port-au-Prince, 4 March 2024: Gang members attacked the national penitentiary": a note's heading with
            // no other place in its sentence is the note's own place, which the next sentences go on about
            Mention h = out.get(0);
            out.set(0, new Mention(h.name(), h.index(), false, h.end(), false));
            for (int a = 1; a < out.size(); a++) {
                Mention m = out.get(a);
                if (!m.country() && headingBuilding(m)) {
                    out.set(a, new Mention(m.name(), m.index(), false, m.end(), true)); // for reference: the town holds it
                }
            }
        }
        if (out.isEmpty() && n > 4) {
            Mention antecedent = cityAntecedent(s);
            if (antecedent != null) {
                out.add(antecedent);
            }
        }
        if (features != null && out.size() > features.size()) {
            for (Mention m : out) {
                if (!m.country() && !features.contains(m)) {
                    // "drowned in the Euphrates near al-Tabqa", "swept into the Trishuli river ... in Chitwan": a river
                    // or a plain is the event's place only when the sentence names no town
                    out.removeAll(features);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The colon that ends a note's heading place ending at {@code end}: right after it ("Deir ez-Zor:", "Tripoli:"), or
     * after a comma and the note's day, as some monitors head their notes ("Jhalokathi, 24 December 2021:", "Borno
     * State, 6 March 2021:"). -1 when none follows.
     */
    static int headingColon(Sentence s, int end) {
        if (s.lc(end).equals(":")) {
            return end;
        }
        if (s.lc(end).equals("and") && end + 1 < s.size() && capitalisedName(s.get(end + 1))) {
            // "Tal Meleh and al-Jabin: the regime's forces pushed back an assault": a heading of two places
            int k = end + 1;
            while (k < s.size() && k - end <= 5 && (capitalisedName(s.get(k)) || particleInName(s, k))) {
                k++;
            }
            return s.lc(k).equals(":") ? k : -1;
        }
        int comma = PLACE_NOUNS.contains(s.lc(end)) && !s.get(end).capitalised() ? end + 1 : end;
        comma = afterBrackets(s, comma); // "Sukma district (Chhattisgarh), 2 April 2023:"
        if (!s.lc(comma).equals(",")) {
            return -1; // ... "Gao region, 17/03/2024:": the heading's place noun before the comma
        }
        int k = comma + 1;
        int from = k;
        // "Zaporizhzhia, night of 6 October 2023:", "Kharkiv, early on 3 May 2024:": the time of day before the day
        while (k < s.size() && k - from < 3 && (HEADING_TIME_WORDS.contains(s.lc(k)) || TIMES_OF_DAY.contains(s.lc(k)))) {
            k++;
        }
        if (k > from && !Dates.isCalendarWord(s.lc(k)) && !s.get(k).isNumber()) {
            k = from;
        }
        boolean month = false;
        while (k < s.size() && k - from <= 7 && (s.get(k).isNumber() || Dates.isCalendarWord(s.lc(k))
                || k > from && HEADING_DASHES.contains(s.lc(k)) && s.get(k - 1).isNumber() && k + 1 < s.size()
                && s.get(k + 1).isNumber())) { // "Ardamata (West Darfur), 4-5 November 2023:": a range of days
            month |= Dates.isCalendarWord(s.lc(k));
            k++;
        }
        if (month && k - comma >= 3 && s.lc(k).equals(":")) {
            return k;
        }
        // "Loreto, 07/02/2022:": the day in figures, three numbers joined by slashes
        k = comma + 1;
        return k + 5 < s.size() && s.get(k).isNumber() && s.lc(k + 1).equals("/") && s.get(k + 2).isNumber()
                && s.lc(k + 3).equals("/") && s.get(k + 4).isNumber() && s.lc(k + 5).equals(":") ? k + 5 : -1;
    }

    /**
     * "Tafas (western Daraa countryside) - 11 November 2019:", "Lakes State - 4 Mar 2024:": a dash, the note's day with
     * its year and a colon after the heading's place; the colon's index, or -1.
     */
    private static int dashThenDay(Sentence s, int k) {
        int n = s.size();
        if (k >= n || !HEADING_DASHES.contains(s.lc(k))) {
            return -1;
        }
        int j = k + 1;
        boolean year = false;
        while (j < n && j - k <= 7 && (s.get(j).isNumber() || Dates.isCalendarWord(s.lc(j)) || s.lc(j).equals("/")
                || s.lc(j).equals(","))) {
            year |= year(s.get(j).text());
            j++;
        }
        return year && j > k + 1 && j < n && s.lc(j).equals(":") ? j : -1;
    }

    /**
     * The dash that ends a note's heading with its day: "El Fasher, 11/06/2024 - ", "Patikul, Sulu, 6 Feb 2022 - ",
     * "Ituri, 8 May 2022 - ": the heading's place ends at {@code end}, maybe with a place noun, the areas after it and
     * the day with its year (a wire's dateline, "PORT SUDAN, July 1 -", gives no year). -1 when there is none.
     */
    static int headingDash(Sentence s, int end) {
        int n = s.size();
        int k = end;
        boolean noun = k < n && PLACE_NOUNS.contains(s.lc(k)) && !s.get(k).capitalised();
        if (noun) {
            k++;
        }
        k = afterBrackets(s, k);
        while (k + 1 < n && s.lc(k).equals(",") && capitalisedName(s.get(k + 1)) && !Dates.isCalendarWord(s.lc(k + 1))) {
            k++;
            int from = k;
            while (k < n && k - from < 5 && (capitalisedName(s.get(k)) || particleInName(s, k))
                    && !Dates.isCalendarWord(s.lc(k))) {
                k++;
            }
            if (k < n && PLACE_NOUNS.contains(s.lc(k)) && !s.get(k).capitalised()) {
                k++;
            }
        }
        int dayColon = dashThenDay(s, k);
        if (dayColon > 0) {
            return dayColon;
        }
        if (noun && k < n && (HEADING_DASHES.contains(s.lc(k)) || s.lc(k).equals(":") && k > end + 1)) {
            return k; // "Lac province, Chad - overnight on 25 March ...": a division's noun says it is no wire's dateline
        }
        if (k >= n || !s.lc(k).equals(",") && !s.lc(k).equals("|")) {
            return -1;
        }
        k++;
        int from = k;
        boolean year = false;
        while (k < n && k - from <= 7 && (s.get(k).isNumber() || Dates.isCalendarWord(s.lc(k)) || s.lc(k).equals("/")
                || s.lc(k).equals(","))) {
            year |= year(s.get(k).text());
            k++;
        }
        // ... "El Fasher, North Darfur, 27/06/2024: RSF shells", "Hama | 14.05.2019 | jets struck": a colon or a bar
        // closes a dated heading as a dash does
        return year && k < n && k > from && (HEADING_DASHES.contains(s.lc(k)) || s.lc(k).equals(":")
                || s.lc(k).equals("|")) ? k : -1;
    }

    /** Words between a heading's comma and its day with the time of day: "night of", "early on", "the morning of". */
    private static final Set<String> HEADING_TIME_WORDS = placeWords("HEADING_TIME_WORDS");

    private static final Set<String> HEADING_DASHES = Set.of("-", "\u2013", "\u2014", "--");

    /** A year ("2024"), or a day written in figures that ends in one ("22.07.2019", "27-06-2024"). */
    private static boolean year(String x) {
        if (x.length() < 4 || x.length() > 4 && x.length() < 8) {
            return false;
        }
        int at = x.length() - 4;
        if (at > 0 && ".-/".indexOf(x.charAt(at - 1)) < 0) {
            return false;
        }
        for (int c = 0; c < x.length(); c++) {
            if (!Character.isDigit(x.charAt(c)) && (c >= at || ".-/".indexOf(x.charAt(c)) < 0)) {
                return false;
            }
        }
        int y = Integer.parseInt(x.substring(at));
        return y >= 1900 && y <= 2100;
    }

    /** The index after a bracket opening at {@code k} ("Sukma district (Chhattisgarh), ..."), or {@code k}. */
    private static int afterBrackets(Sentence s, int k) {
        if (k >= s.size() || !s.lc(k).equals("(")) {
            return k;
        }
        for (int j = k + 1; j < s.size() && j - k <= 8; j++) {
            if (s.lc(j).equals(")")) {
                return j + 1;
            }
        }
        return k;
    }

    private static final Set<String> MEDICAL_NOUNS = placeWords("MEDICAL_NOUNS");
    private static final Set<String> MEDICAL_CUES = placeWords("MEDICAL_CUES");
    private static final Set<String> MEDICAL_SOURCES = placeWords("MEDICAL_SOURCES");
    private static final Set<String> TRANSFER_VERBS = placeWords("TRANSFER_VERBS");
    private static final Set<String> CASUALTY_WORDS = placeWords("CASUALTY_WORDS");
    private static final Set<String> JOURNEY_CUES = placeWords("JOURNEY_CUES");
    private static final Set<String> BASE_CUES = placeWords("BASE_CUES");
    private static final Set<String> NOT_PLACE_NAMES = placeWords("NOT_PLACE_NAMES");
    private static final Set<String> NAME_DEMONYMS = placeWords("NAME_DEMONYMS");

    /** "near Arab Saeed", "in Arab Hasan": a people's word that starts a village's name after a locative. */
    private static boolean nameDemonym(Sentence s, int i) {
        return NAME_DEMONYMS.contains(s.lc(i)) && s.get(i).capitalised() && i + 1 < s.size()
                && capitalisedName(s.get(i + 1)) && !Parties.isHead(s.get(i + 1)) && !NOT_PLACES.contains(s.lc(i + 1))
                && !Dates.isCalendarWord(s.lc(i + 1)) && Countries.lookup(s.lc(i + 1)) == null
                && ArmedGroups.single(s.get(i + 1)) == null && locativeBefore(s, i);
    }

    /**
     * Where the casualties were treated, not where the event was: "died of his wounds at the national hospital in
     * Daraa", "were being treated at Bwera hospital", "taken to hospitals in Hadejia". Not a hospital that was attacked
     * ("shells fell on the hospital in Ariha"). It is read as an area given for reference: it gives way to another place
     * the sentence names (the poisoned "were admitted to hospital in Kallakurichi" of a note that names no other place
     * stays where they drank).
     */
    static boolean hospitalAt(Sentence s, int i, int end) {
        int start = -1;
        if (MEDICAL_NOUNS.contains(s.lc(end)) || end - 1 > i && MEDICAL_NOUNS.contains(s.lc(end - 1))) {
            start = i; // "at Kirkuk hospital", "Bwera hospital"
        } else {
            int j = s.lc(i - 1).equals("the") ? i - 2 : i - 1;
            if (j > 0 && (s.lc(j).equals("in") || s.lc(j).equals("at")) && MEDICAL_NOUNS.contains(s.lc(j - 1))) {
                start = j - 1; // "the national hospital in Daraa", "hospitals in Kaduna"
            }
        }
        if (start >= 0) {
            for (int k = start - 1; k >= 0 && start - k <= 8; k--) {
                String x = s.lc(k);
                if (MEDICAL_CUES.contains(x)) {
                    return true;
                }
                if (Lexicon.ATTACK_NOUNS.contains(x) || SEIZE.contains(x) || LANDED.contains(x)) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * "killed 11 people, medics at Al-Karama hospital said": the hospital of the people who gave the figure, no place of
     * the event (the text names that elsewhere, or the event keeps the article's place).
     */
    static boolean sourceHospital(Sentence s, int i, int end) {
        if (!(MEDICAL_NOUNS.contains(s.lc(end)) || end - 1 > i && MEDICAL_NOUNS.contains(s.lc(end - 1)))) {
            return false;
        }
        int j = s.lc(i - 1).equals("the") ? i - 2 : i - 1;
        return j > 0 && s.lc(j).equals("at") && MEDICAL_SOURCES.contains(s.lc(j - 1));
    }

    /**
     * "Two CRPF personnel were injured ... and were airlifted to Assam", "some of the wounded had been driven more than
     * 900 km to Tripoli": a verb of carrying people, after a casualty word, before "to" and the place they were
     * carried to, which is not where the event was.
     */
    static boolean carriedTo(Sentence s, int i) {
        int j = s.lc(i - 1).equals("the") ? i - 2 : i - 1;
        if (j < 1 || !s.lc(j).equals("to")) {
            return false;
        }
        for (int k = j - 1; k >= 1 && j - k <= 8; k--) {
            if (TRANSFER_VERBS.contains(s.lc(k))) {
                for (int c = 0; c < k; c++) {
                    if (CASUALTY_WORDS.contains(s.lc(c))) {
                        return true;
                    }
                }
                return false;
            }
            if (!s.get(k).isWord() && !s.get(k).isNumber() && !s.lc(k).equals(",")) {
                return false; // ("driven more than 900 km to Tripoli")
            }
        }
        return false;
    }

    /**
     * "the Machedi area of Kathua district", "the Malwah area of Baramulla district": "area of" right after a name and a
     * name followed by a division's noun.
     */
    private static boolean areaOfDistrict(Sentence s, int end) {
        if (!s.lc(end).equals("area") || !s.lc(end + 1).equals("of") || end + 2 >= s.size()
                || !capitalisedName(s.get(end + 2))) {
            return false;
        }
        int k = end + 2;
        while (k < s.size() && k - end < 7 && (capitalisedName(s.get(k)) || particleInName(s, k))) {
            k++;
        }
        return k < s.size() && DIVISION_NOUNS.contains(s.lc(k)) && !s.get(k).capitalised();
    }

    /** "a battalion based in Jolo": a unit's base, not where it fought. */
    private static boolean baseOfUnit(Sentence s, int i) {
        int j = s.lc(i - 1).equals("the") ? i - 2 : i - 1;
        return j > 0 && (s.lc(j).equals("in") || s.lc(j).equals("at")) && BASE_CUES.contains(s.lc(j - 1));
    }

    /** "a supply convoy heading to Djibo", "a train to Peshawar", "bound for Tripoli": where a journey went. */
    private static boolean journeyEnd(Sentence s, int i) {
        int j = s.lc(i - 1).equals("the") ? i - 2 : i - 1;
        if (j > 2 && s.lc(j).equals("of") && OF_AREA_NOUNS_OR_TOWNS.contains(s.lc(j - 1))) {
            // "carrying supplies to the besieged town of Djibo": the town noun and its modifiers after "to the"
            int k = j - 2;
            while (k > 0 && j - k <= 3 && s.get(k).isWord() && !s.get(k).capitalised() && !s.lc(k).equals("the")
                    && !JOURNEY_ENDS.contains(s.lc(k))) {
                k--;
            }
            j = s.lc(k).equals("the") ? k - 1 : k;
        }
        if (j <= 0 || !JOURNEY_ENDS.contains(s.lc(j))) {
            return false;
        }
        // "a bus carrying passengers to Bamako", "a convoy of vehicles carrying supplies to": the cue a few words before
        for (int k = j - 1; k >= 0 && j - k <= 3; k--) {
            if (JOURNEY_CUES.contains(s.lc(k))) {
                return true;
            }
            if (!s.get(k).isWord() || s.get(k).capitalised() && !demonym(s.lc(k))) {
                return false; // ("a vehicle carrying Chinese engineers to the Dasu dam": a people's word may come between)
            }
        }
        return false;
    }

    /** Single-word names of forces that read as no place: "a Levies vehicle", "two Levies personnel". */
    private static final Set<String> FORCE_NAMES = placeWords("FORCE_NAMES");

    /**
     * "went off next to a Levies vehicle in Barkhan", "killing 2 Levies personnel": a force's one-word name, never a
     * place unless a place noun follows it or a place noun's "of" names it ("the town of Sahwa", "Sahwa town").
     */
    static boolean forceName(Sentence s, int i) {
        if (!FORCE_NAMES.contains(s.lc(i)) || !s.get(i).capitalised()) {
            return false;
        }
        return !PLACE_NOUNS.contains(s.lc(i + 1)) && !(i > 1 && s.lc(i - 1).equals("of")
                && (PLACE_NOUNS.contains(s.lc(i - 2)) || OF_AREA_NOUNS_OR_TOWNS.contains(s.lc(i - 2))));
    }

    private static final Set<String> ARRIVAL_VERBS = placeWords("ARRIVAL_VERBS");
    private static final Set<String> ARRIVING_PEOPLE = placeWords("ARRIVING_PEOPLE");

    /**
     * "as survivors reached the port of Pemba by boat", "a boat carrying 1,300 evacuees arrived in Pemba": where people
     * who fled or were rescued arrived (a verb of arriving, "in" or "at", maybe a town's noun and "of"), with the people
     * up to eight words before the verb; not where anything happened to them.
     */
    static boolean arrivalOf(Sentence s, int i) {
        int j = i - 1;
        if (s.lc(j).equals("of") && j > 0 && (OF_AREA_NOUNS_OR_TOWNS.contains(s.lc(j - 1))
                || APPOSED_TOWN_NOUNS.contains(s.lc(j - 1)))) {
            j -= 2; // "the port of Pemba", "the town of Mueda"
        }
        if (s.lc(j).equals("the")) {
            j--;
        }
        if (s.lc(j).equals("in") || s.lc(j).equals("at")) {
            j--;
        }
        if (j < 1 || !ARRIVAL_VERBS.contains(s.lc(j))) {
            return false;
        }
        for (int k = j - 1; k >= 0 && j - k <= 8; k--) {
            if (ARRIVING_PEOPLE.contains(s.lc(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DISPUTE_NOUNS = placeWords("DISPUTE_NOUNS");

    /**
     * "since fighting over Nagorno-Karabakh erupted", "the 2020 war over Nagorno-Karabakh": the place a war or a
     * dispute is about, named after "over", which gives way to a town the sentence names.
     */
    static boolean disputed(Sentence s, int i) {
        int k = s.lc(i - 1).equals("the") ? i - 2 : i - 1;
        return k > 0 && s.lc(k).equals("over") && DISPUTE_NOUNS.contains(s.lc(k - 1));
    }

    private static final Set<String> JOURNEY_ENDS = Set.of("to", "for", "towards", "toward");
    private static final Set<String> OF_AREA_NOUNS_OR_TOWNS = union(placeWords("SMALLER_PLACE_NOUNS"),
            placeWords("OF_AREA_NOUNS"));

    /**
     * "Erbil, the capital of Iraq's Kurdistan region", "Singa, capital of Sennar state": the area a town named right
     * before is the capital of, which says where the town lies (given for reference, as in brackets).
     */
    private static boolean capitalOfArea(Sentence s, int i, List<Mention> found) {
        int k = i - 1;
        while (k > 0 && (s.lc(k).equals("'s") || COMPASS_WORDS.contains(s.lc(k)) || s.lc(k).equals("the")
                || s.get(k).capitalised() && countryName(s.get(k)) && s.lc(k + 1).equals("'s"))) {
            k--;
        }
        if (k < 3 || !s.lc(k).equals("of") || !s.lc(k - 1).equals("capital")) {
            return false;
        }
        int c = s.lc(k - 2).equals("the") ? k - 3 : k - 2;
        return c > 0 && s.lc(c).equals(",") && follows(s, c, found, null);
    }

    /** A name after the road code that ends at {@code end}: "the M4 in Jabal al-Zawiya", "the M5 near Maarat al-Numan". */
    private static boolean townOnRoad(Sentence s, int end) {
        int k = end < s.size() && ROAD_NOUNS.contains(s.lc(end)) ? end + 1 : end;
        String x = s.lc(k);
        return (x.equals("in") || x.equals("near")) && k + 1 < s.size() && capitalisedName(s.get(k + 1))
                && Countries.lookup(s.lc(k + 1)) == null;
    }

    /**
     * The sentence opens with a dated heading ("El Fasher, 11/06/2024 - ", "Port-au-Prince, 4 March 2024:") and names
     * no other place than the heading's and the areas after it.
     */
    private static boolean headingAlone(Sentence s, List<Mention> out) {
        if (out.isEmpty() || out.get(0).country() || !out.get(0).admin()) {
            return false;
        }
        int opening = datedOpening(s);
        if (opening > 0 && out.get(0).index() == opening && s.lc(out.get(0).end()).equals(":")) {
            // "29 Jan 2020, Ariha: ...": the note's day, then its place
            for (Mention m : out) {
                if (!m.country() && m.index() > out.get(0).end()) {
                    return false;
                }
            }
            return true;
        }
        if (out.get(0).index() != 0) {
            return false;
        }
        int close = headingColon(s, out.get(0).end());
        if (close < 0) {
            close = headingDash(s, out.get(0).end());
        }
        if (close < 0 || !dated(s, out.get(0).end(), close)) {
            return false;
        }
        for (Mention m : out) {
            if (!m.country() && m.index() > close && !headingBuilding(m)) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of a named building that lies in the town a note's dated heading names: "the X stadium", "the Y Academy". */
    private static final Set<String> HEADING_BUILDING_NOUNS = placeWords("HEADING_BUILDING_NOUNS");

    /** "Kumba, 24 October 2020: gunmen stormed the X Bilingual Academy": a building in the heading's town, no town. */
    private static boolean headingBuilding(Mention m) {
        int sp = m.name().lastIndexOf(' ');
        return sp > 0 && HEADING_BUILDING_NOUNS.contains(m.name().substring(sp + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The index after a note's day and comma that open the sentence ("29 Jan 2020, Ariha:", "14/07/2020, Sarmin:"),
     * where the note's place follows; 0 when the sentence opens otherwise.
     */
    static int datedOpening(Sentence s) {
        int k = 0;
        boolean year = false;
        while (k < s.size() && k < 6 && (s.get(k).isNumber() || Dates.isCalendarWord(s.lc(k)) || s.lc(k).equals("/"))) {
            year |= year(s.get(k).text());
            k++;
        }
        return year && k > 0 && s.lc(k).equals(",") && k + 1 < s.size() && capitalisedName(s.get(k + 1)) ? k + 1 : 0;
    }

    /**
     * A wire's dateline closed by a colon: the town in capitals and a day with no year ("RAWALPINDI, Dec 12:",
     * "QUETTA, March 3:"), not a monitor's dated heading ("Quetta, 3 March 2024:").
     */
    private static boolean wireDateline(Sentence s, int i, int end, int colon) {
        for (int k = i; k < end; k++) {
            String x = s.get(k).text();
            if (x.length() < 2 || !x.equals(x.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        for (int k = end; k < colon; k++) {
            if (year(s.get(k).text())) {
                return false;
            }
        }
        return dated(s, end, colon);
    }

    /**
     * The closing bracket of an agency's name in a dateline in capitals that a colon or a dash ends ("KUNDUZ CITY
     * (Pajhwok): ...", "JALALABAD (Pajhwok) -"), when the bracket opens right before {@code i}; else -1.
     */
    static int agencyInDateline(Sentence s, int i) {
        if (i < 2 || i > 4 || !s.lc(i - 1).equals("(")) {
            return -1;
        }
        for (int k = 0; k < i - 1; k++) {
            String x = s.get(k).text();
            if (!s.get(k).isWord() || x.length() < 2 || !x.equals(x.toUpperCase(java.util.Locale.ROOT))) {
                return -1;
            }
        }
        for (int k = i; k < s.size() && k - i <= 4; k++) {
            if (s.lc(k).equals(")")) {
                return k + 1 < s.size() && (s.lc(k + 1).equals(":") || HEADING_DASHES.contains(s.lc(k + 1))) ? k : -1;
            }
        }
        return -1;
    }

    /** A figure or a calendar word between the heading's place and its colon or dash: the note's day. */
    private static boolean dated(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.get(k).isNumber() || Dates.isCalendarWord(s.lc(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "swept two buses off the Narayanghat-Mugling highway near Simaltal": a road named by its ends is given for
     * reference when the sentence names another place, where on the road it happened (not a country: "the
     * Juba-Nimule road in South Sudan").
     */
    private static void roadEndsBesideTowns(List<Mention> out, List<Mention> roadEnds) {
        for (Mention q : out) {
            if (!q.country() && !q.admin() && !roadEnds.contains(q)) {
                for (Mention r : roadEnds) {
                    int at = out.indexOf(r);
                    if (at >= 0) {
                        out.set(at, new Mention(r.name(), r.index(), false, r.end(), true));
                    }
                }
                return;
            }
        }
    }

    /** Nouns of a first-level division after its name: "Papua province", "Plateau State", "the Mopti region". */
    private static final Set<String> PROVINCE_NOUNS = placeWords("PROVINCE_NOUNS");
    /** Nouns of a place below a province after its name: "Beoga district", "Kanan village". */
    private static final Set<String> SMALLER_PLACE_NOUNS = placeWords("SMALLER_PLACE_NOUNS");

    /**
     * "In Lao Cai province, a flash flood buried the hamlet of Lang Nu", "rebels in Indonesia's Papua province shot
     * dead eight workers ... in Beoga district": a province named by its noun beside a district, a town or a village
     * the sentence names too is where that place lies, given for reference (a town is never lost to its province,
     * even one the gazetteer does not know).
     */
    private static void provincesBesideTowns(Sentence s, List<Mention> out) {
        for (int a = 0; a < out.size(); a++) {
            Mention m = out.get(a);
            if (m.country() || m.admin() || !provinceByNoun(s, m)) {
                continue;
            }
            for (Mention q : out) {
                if (q != m && !q.country() && !q.admin() && (smallerPlace(s, q) || townAfterPreposition(s, q)
                        && !areaOfProvince(s, m, q)) && oneClause(s, m, q)) {
                    out.set(a, new Mention(m.name(), m.index(), false, m.end(), true));
                    break;
                }
            }
        }
    }

    /**
     * "relatives of a man from al-Harak ... were told that he had died under torture in a Military Intelligence branch
     * in Damascus", "militants shot dead a labourer from Bihar in the Tral area of Pulwama district", "a young man from
     * Darkush was shot dead ... near the village of Khirbet al-Joz": a person's home town, named after "from", says
     * where the person came from, not where it happened; it is given for reference when the sentence names another
     * place after it (alone, "two men from Kafr Nabl were killed", it stays the place). Not where displaced people came from
     * ("displaced families from Saraqeb"), the place of their flight.
     */
    private static void homesBesideEvents(Sentence s, List<Mention> out) {
        List<Mention> homes = null;
        for (Mention m : out) {
            if (!m.country() && !m.admin() && home(s, m.index())) {
                homes = homes == null ? new ArrayList<>(1) : homes;
                homes.add(m);
            }
        }
        if (homes == null) {
            return;
        }
        for (Mention q : out) {
            // the place told after the person ("... died in Damascus"), not a setting before ("In Daraa, the body of a
            // young man from al-Karak al-Sharqi was found": the area the town lies in)
            if (!q.country() && !q.admin() && !homes.contains(q) && q.index() > homes.get(0).index()
                    && (inOrAt(s, q.index()) || smallerPlace(s, q))
                    && !(DIVISION_NOUNS.contains(s.lc(q.end())) && s.lc(q.index() - 2).equals(","))) {
                // ... nor to the district it lies in: "four men from Mucojo, in Macomia district"
                for (Mention h : homes) {
                    out.set(out.indexOf(h), new Mention(h.name(), h.index(), false, h.end(), true));
                }
                return;
            }
        }
    }

    /**
     * "in the Tral area", "at a checkpoint in Damascus": the nearest preposition before the name is "in" or "at" (not
     * "in their fields near Macomia", a landmark).
     */
    private static boolean inOrAt(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            if (LOCATIVE.contains(s.lc(k))) {
                return s.lc(k).equals("in") || s.lc(k).equals("at");
            }
        }
        return false;
    }

    /**
     * "a young man from", "a street vendor from", "two civilians from the": a person's noun (or a noun after "a"), "from"
     * and the name at {@code i}; not people taken or fleeing from there ("evacuated the wounded from").
     */
    private static boolean home(Sentence s, int i) {
        int k = s.lc(i - 1).equals("the") ? i - 2 : i - 1;
        if (k < 2 || !s.lc(k).equals("from")) {
            return false;
        }
        Token head = s.get(k - 1);
        if (!head.isWord() || head.capitalised() || PLACE_NOUNS.contains(head.lc())
                || Roles.REF.equals(Roles.headRole(head.lc()))) {
            return false;
        }
        for (int j = k - 2; j >= 0 && k - j <= 6; j--) {
            if (EVACUATION_VERBS.contains(s.lc(j)) || Lexicon.FLED_FORMS.contains(s.lc(j))) {
                return false;
            }
        }
        if (Parties.isHead(head)) {
            return true;
        }
        for (int j = k - 2; j >= 0 && k - j <= 4; j--) {
            String x = s.lc(j);
            if (x.equals("a") || x.equals("an")) {
                return true; // "a street vendor from Bihar"
            }
            if (!s.get(j).isWord() && !s.get(j).isNumber() || s.get(j).capitalised()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> EVACUATION_VERBS = placeWords("EVACUATION_VERBS");

    /**
     * "A joint patrol on the M4 highway was hit by a roadside bomb near Mhambal": a road by its code is given for
     * reference when its clause names, after it, a town the event was in, at or near (as "on the M4 near Ariha").
     */
    private static void roadsBesideTowns(Sentence s, List<Mention> out) {
        for (int a = 0; a < out.size(); a++) {
            Mention r = out.get(a);
            if (r.country() || r.admin() || r.end() != r.index() + 1 || !isRoadCode(s.get(r.index()))) {
                continue;
            }
            for (Mention q : out) {
                if (q.index() > r.index() && !q.country() && !q.admin() && !isRoadCode(s.get(q.index()))
                        && TOWN_PREPOSITIONS.contains(s.lc(q.index() - 1)) && oneClause(s, r, q)) {
                    out.set(a, new Mention(r.name(), r.index(), false, r.end(), true));
                    break;
                }
            }
        }
    }

    private static final Set<String> BASE_NOUNS = placeWords("BASE_NOUNS");

    /**
     * "mortar rounds hit the Halane base near Mogadishu airport", "the Kasindi garrison outside Beni": a base named
     * by its own name, right before the town it is in, at or near, is given for reference (monitors code the town).
     */
    private static void basesBesideTowns(Sentence s, List<Mention> out) {
        for (int a = 0; a < out.size(); a++) {
            Mention b = out.get(a);
            int k = b.end();
            if (b.country() || b.admin() || !BASE_NOUNS.contains(s.lc(k)) || s.get(k).capitalised()
                    || !TOWN_PREPOSITIONS.contains(s.lc(k + 1))) {
                continue;
            }
            int town = s.lc(k + 2).equals("the") ? k + 3 : k + 2;
            for (Mention q : out) {
                if (q.index() == town && !q.country() && !q.admin()) {
                    out.set(a, new Mention(b.name(), b.index(), false, b.end(), true));
                    break;
                }
            }
        }
    }

    /**
     * "protesters outside the Makki mosque after Friday prayers in Zahedan": a named building, and a few words on in
     * its phrase the town it is in, is given for reference (monitors code the town; not a province: "the Mirwais
     * hospital in Kandahar province" keeps the building).
     */
    private static void buildingsBesideTowns(Sentence s, List<Mention> out) {
        for (int a = 0; a < out.size(); a++) {
            Mention b = out.get(a);
            int k = b.end();
            if (!b.country() && !b.admin() && HEADING_BUILDING_NOUNS.contains(s.lc(k)) && !s.get(k).capitalised()) {
                k++; // "the Makki mosque": the mention stops before its noun
            } else if (b.country() || b.admin() || !headingBuilding(b)) {
                continue;
            }
            for (int j = k; j < s.size() && j - k <= 5; j++) {
                if (!s.get(j).isWord() || s.lc(j).equals("and") || s.lc(j).equals("or")) {
                    break;
                }
                if (!s.lc(j).equals("in")) {
                    continue;
                }
                int town = s.lc(j + 1).equals("the") ? j + 2 : j + 1;
                for (Mention q : out) {
                    if (q.index() == town && !q.country() && !q.admin() && !provinceByNoun(s, q)) {
                        out.set(a, new Mention(b.name(), b.index(), false, b.end(), true));
                        break;
                    }
                }
                break;
            }
        }
    }

    /** "Papua province", "the Mopti region", "Lakes State", "Plateau State": a first-level division named by its noun. */
    private static boolean provinceByNoun(Sentence s, Mention m) {
        return PROVINCE_NOUNS.contains(s.lc(m.end())) && !s.get(m.end()).capitalised()
                || m.end() - m.index() > 1 && PROVINCE_NOUNS.contains(s.lc(m.end() - 1)) && s.get(m.end() - 1).capitalised();
    }

    /**
     * "raided a cattle camp near Cueibet", "blew up at Apiatse": a bare name right after a preposition of place, no
     * division's noun after it and no feature's (a town the gazetteer may not know).
     */
    private static boolean townAfterPreposition(Sentence s, Mention q) {
        int k = q.index() - 1; // (not "talks in the Kremlin", a building)
        return k >= 0 && TOWN_PREPOSITIONS.contains(s.lc(k)) && !provinceByNoun(s, q) && !PLACE_NOUNS.contains(s.lc(q.end()))
                && !feature(s, q.index(), q.end()) && !s.lc(q.end()).equals("'s") && !modifier(s, q.end());
    }

    /** A lower-case noun the name before {@code k} modifies: "in Moscow talks", "near the Omar oil field". */
    private static boolean modifier(Sentence s, int k) {
        return k < s.size() && s.get(k).isWord() && !s.get(k).capitalised() && !s.get(k).isNumber()
                && !Parties.STOP.contains(s.lc(k)) && !CHAIN_FOLLOWERS.contains(s.lc(k));
    }

    private static final Set<String> TOWN_PREPOSITIONS = Set.of("in", "at", "near", "outside");

    /** "the forests of Tizi Ouzou province in Kabylie": the name after the province's noun and "in" is its area. */
    private static boolean areaOfProvince(Sentence s, Mention m, Mention q) {
        int noun = PROVINCE_NOUNS.contains(s.lc(m.end())) ? m.end() + 1 : m.end();
        return q.index() == noun + 1 && s.lc(noun).equals("in");
    }

    private static final Set<String> CLAUSE_BREAKS = placeWords("CLAUSE_BREAKS");

    /**
     * No word between the two mentions opens another clause or a part of the event: "killed 39 people in Balochistan
     * province, including 23 passengers ... in Musakhel district" (a part of the toll), "a convoy heading into Idlib
     * province ..., as government troops pushed into the town of Khan Sheikhoun" (another event).
     */
    private static boolean oneClause(Sentence s, Mention a, Mention b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.index(), b.index());
        for (int k = from; k < to; k++) {
            if (CLAUSE_BREAKS.contains(s.lc(k)) || s.lc(k).equals(";")) {
                return false;
            }
        }
        return true;
    }

    /** "Beoga district", "the hamlet of Lang Nu", "the town of Nawa", "Kanan village": a place below a province. */
    private static boolean smallerPlace(Sentence s, Mention q) {
        return SMALLER_PLACE_NOUNS.contains(s.lc(q.end())) && !s.get(q.end()).capitalised()
                || q.index() > 1 && s.lc(q.index() - 1).equals("of") && SMALLER_PLACE_NOUNS.contains(s.lc(q.index() - 2));
    }

    /** Superlatives that rank an event within an area: "the deadliest attack in", "the worst violence in". */
    private static final Set<String> RANKING_SUPERLATIVES = Lexicon.words("RANKING_SUPERLATIVES");
    private static final Set<String> TOLLS = Lexicon.words("TOLL_NOUNS");

    /**
     * "one of the deadliest attacks in the Deep South in years", "the worst violence in Darfur since 2004": a place
     * after "in" that ends a superlative's noun phrase ("the deadliest attacks") is the area of the ranking.
     */
    static boolean rankingScope(Sentence s, int i) {
        int k = i - 1;
        while (k > 0 && SKIPPABLE.contains(s.lc(k)) && i - k <= 3) {
            k--; // "in the Deep South", "in southern Thailand"
        }
        if (k < 2 || !s.lc(k).equals("in")) {
            return false;
        }
        for (int j = k - 1; j >= 0 && k - j <= 4; j--) {
            if (RANKING_SUPERLATIVES.contains(s.lc(j))) {
                return true;
            }
            if (!s.get(j).isWord() || s.get(j).capitalised() || LOCATIVE.contains(s.lc(j)) || TOLLS.contains(s.lc(j))) {
                return false; // (not "with the heaviest toll in Maradi", where the dead were)
            }
        }
        return false;
    }

    /** Abbreviations of months that are words of place names too ("Zinda Jan"). */
    private static final Set<String> MONTH_WORDS_IN_NAMES = placeWords("MONTH_WORDS_IN_NAMES");

    /**
     * "Zinda Jan district", "the Mar Elias camp": a month's abbreviation after a name's first word, with no figure or
     * full stop after it (not "Herat Jan. 5", "KABUL Jan 8"), is a word of the name.
     */
    private static boolean monthWordInName(Sentence s, int k) {
        if (!MONTH_WORDS_IN_NAMES.contains(s.lc(k))) {
            return false;
        }
        if (k > 0 && PARTICLES.contains(s.get(k - 1).text()) && (k + 1 >= s.size() || !s.get(k + 1).isNumber())) {
            return true; // "Viña del Mar", "Mar del Plata": after a name's particle, no day's month
        }
        if (k + 1 >= s.size()) {
            return false;
        }
        Token next = s.get(k + 1);
        return next.isWord() && !next.isNumber() && !s.lc(k + 1).equals(".") && !Character.isDigit(next.text().charAt(0))
                && !s.get(k - 1).text().equals(s.get(k - 1).text().toUpperCase(java.util.Locale.ROOT));
    }

    /** Words for a town that a sentence refers back to: "a missile strike on the city". */
    private static final Set<String> TOWN_ANAPHORS = placeWords("TOWN_ANAPHORS");
    private static final Set<String> AUX = Lexicon.words("AUX");

    /** The population a sentence's subject needs to be the town its "the city" refers back to. */
    private static final long ANTECEDENT_POPULATION = onlyNumber("ANTECEDENT_MIN_POPULATION");

    /** The one number a class of {@code places.tsv} holds. */
    private static long onlyNumber(String name) {
        Set<String> v = placeWords(name);
        if (v.size() != 1) {
            throw new IllegalStateException("places.tsv: " + name + " holds one number, not " + v);
        }
        return Long.parseLong(v.iterator().next());
    }

    /**
     * "Zaporizhzhia declared a day of mourning after a Russian missile strike on the city killed six people": a
     * sentence that names no place where something happened but says it happened "on (in, near) the city", and opens
     * with a name the gazetteer knows as a town of at least {@link #ANTECEDENT_POPULATION} people (not a country, a
     * people, a group or a person's title), has that town as its place. Only when the sentence found no other place.
     */
    private static Mention cityAntecedent(Sentence s) {
        int n = s.size();
        int anaphor = -1;
        for (int k = 2; k < n; k++) {
            if (TOWN_ANAPHORS.contains(s.lc(k)) && s.lc(k - 1).equals("the") && !s.get(k).capitalised()
                    && locativeBefore(s, k) && !s.lc(k + 1).equals("of") && !s.lc(k + 1).equals("'s")) {
                anaphor = k; // (not "the city of Kharkiv", which names its own town)
                break;
            }
        }
        if (anaphor < 0) {
            return null;
        }
        Token t = s.get(0);
        if (!t.capitalised() || !t.isWord() || Parties.STOP.contains(t.lc()) || ARTICLES.contains(t.lc())
                || NOT_PLACES.contains(t.lc()) || Dates.isCalendarWord(t.lc()) || Parties.isHead(t)
                || Countries.lookup(t.lc()) != null || ArmedGroups.at(s, 0, new int[1]) != null) {
            return null;
        }
        int end = 1;
        while (end < anaphor && end < 4 && capitalisedName(s.get(end)) && !Parties.isHead(s.get(end))) {
            end++;
        }
        Token next = s.get(end);
        String v = next.lc();
        if (end >= anaphor || !next.isWord() || next.capitalised() || PLACE_NOUNS.contains(v)
                || !(AUX.contains(v) || v.length() > 4 && (v.endsWith("ed") || v.endsWith("s")))) {
            return null; // "Zaporizhzhia declared": the name is the sentence's subject, a verb follows (not "More than")
        }
        String name = join(s, 0, end);
        java.util.Optional<org.newswatch.extraction.geo.GeoMatch> g = org.newswatch.extraction.geo.Gazetteer.world()
                .lookup(name, org.newswatch.extraction.geo.PlaceKind.CITY, null);
        if (g.isEmpty() || g.get().fuzzy() || g.get().kind() != org.newswatch.extraction.geo.PlaceKind.CITY
                || g.get().population() < ANTECEDENT_POPULATION) {
            return null;
        }
        return new Mention(name, 0, false, end);
    }

    /**
     * "north of Baghdad", "30 km south-east of Maarat al-Numan": the word at {@code i} names the landmark another place
     * is found by ("<bearing> of" before it), not where something happened.
     */
    static boolean landmark(Sentence s, int i) {
        return i >= 2 && s.lc(i - 1).equals("of") && BEARINGS.contains(s.lc(i - 2))
                // "in Al-Hawayij, near Diban": the town that says where the village named first lies
                || i >= 3 && s.lc(i - 1).equals("near") && s.lc(i - 2).equals(",") && capitalisedName(s.get(i - 3))
                && !Dates.isCalendarWord(s.lc(i - 3)) && !Parties.isHead(s.get(i - 3))
                && Countries.lookup(s.lc(i - 3)) == null && ArmedGroups.single(s.get(i - 3)) == null;
    }

    private static final Set<String> BEARINGS = Lexicon.words("BEARINGS");

    /**
     * "in Imam Sahib", "Kunduz province's Imam Sahib district": a word that names a person ("imam") opening a
     * capitalised name right after a locative or a possessive is the first word of a place name.
     */
    private static boolean headInName(Sentence s, int i) {
        return i + 1 < s.size() && s.get(i).capitalised() && (locativeBefore(s, i) || i > 0 && s.lc(i - 1).equals("'s"))
                && capitalisedName(s.get(i + 1))
                && !Parties.isHead(s.get(i + 1)) && !NOT_PLACES.contains(s.lc(i + 1))
                && !Dates.isCalendarWord(s.lc(i + 1));
    }

    /** A token "Jammu-Srinagar" (both halves capitalised) that names a road by its ends: "the Jammu-Srinagar highway". */
    static boolean roadBetween(Sentence s, int i) {
        String text = s.get(i).text();
        int hy = text.indexOf('-');
        if (hy <= 0 || hy + 1 >= text.length() || !Character.isUpperCase(text.charAt(0))
                || !Character.isUpperCase(text.charAt(hy + 1))
                || !townEnds(s.lc(i).substring(0, hy), s.lc(i).substring(hy + 1))
                || PARTICLES.contains(s.lc(i).substring(0, hy))) {
            return false; // (not "on the Al-Fatirah axis": an article that opens one name)
        }
        for (int k = i + 1; k < s.size() && k - i <= 3; k++) {
            if (ROADS.contains(s.lc(k))) {
                return true;
            }
            if (!Places.capitalisedName(s.get(k))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ROADS = Lexicon.words("ROADS");
    private static final Set<String> KIN_GROUPS = Lexicon.words("KIN_GROUPS");
    /** Place names of two words with "and" inside ("Jammu and Kashmir"), written with hyphens. */
    private static final Set<String> JOINED_NAMES = Lexicon.words("JOINED_NAMES");

    /**
     * "the Aranpur \u2013 Sameli road", "on the Culiac\u00e1n \u2013 Eldorado highway": a capitalised name at {@code i},
     * a dash and another name before a road noun ({@link #ROADS}); the index of the dash, or -1.
     */
    static int dashedRoadAt(Sentence s, int i) {
        if (!s.get(i).capitalised() || i > 0 && (s.lc(i - 1).equals("\u2013") || s.lc(i - 1).equals("-"))) {
            return -1;
        }
        int k = i + 1;
        while (k < s.size() && k - i < 4 && (capitalisedName(s.get(k)) || particleInName(s, k))) {
            k++;
        }
        if (k >= s.size() || !(s.lc(k).equals("\u2013") || s.lc(k).equals("-")) || k + 1 >= s.size()
                || !capitalisedName(s.get(k + 1)) || !townEnds(s.lc(i), s.lc(k + 1))) {
            return -1;
        }
        return roadNounAfter(s, k + 1) < 0 ? -1 : k;
    }

    /** The index after the road noun that ends the name starting at {@code from} ("Nimule road"), or -1. */
    private static int roadNounAfter(Sentence s, int from) {
        for (int k = from; k < s.size() && k - from <= 3; k++) {
            if (ROADS.contains(s.lc(k))) {
                return k + 1;
            }
            if (!capitalisedName(s.get(k)) && !particleInName(s, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** The road's first end found at {@code i} by either form ("Juba-Nimule road", "Juba \u2013 Nimule road"). */
    static boolean roadEnd(Sentence s, int i) {
        int hy = s.lc(i).indexOf('-');
        return hy > 0 && roadBetween(s, i) || dashedRoadAt(s, i) > i
                // "the Palmyra-Deir ez-Zor highway": the second end's last word is a word of the road's name too
                || i > 0 && s.lc(i - 1).indexOf('-') > 0 && roadBetween(s, i - 1);
    }

    private static String join(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(s.get(k).text());
        }
        return b.toString();
    }

    /** "was heard in", "felt across", "could be seen from", "felt as far away as": a place the event reached. */
    static boolean perceivedAt(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 4 && PERCEPTION_LINKS.contains(s.lc(k))) {
            k--;
        }
        return k >= 0 && k < i - 1 && PERCEPTION.contains(s.lc(k));
    }

    private static final Set<String> PERCEPTION = Lexicon.words("PERCEPTION");
    private static final Set<String> PERCEPTION_LINKS = Lexicon.words("PERCEPTION_LINKS");

    /**
     * Nouns of rivers, plains and gorges: "the Tigris river", "the Ghab plain", "the Seti river gorge" (and seas, lakes
     * and canals by their names' words).
     */
    private static final Set<String> FEATURE_NOUNS = Lexicon.words("FEATURE_NOUNS");
    /** Rivers the news names bare: "swimming in the Euphrates". */
    private static final Set<String> RIVER_NAMES = Lexicon.words("RIVER_NAMES");

    /**
     * "drowned in the Euphrates near al-Tabqa", "swept into the Trishuli river", "rockets fired from the Ghab plain":
     * a river or a plain, which a town the sentence names with it places better.
     */
    private static boolean feature(Sentence s, int i, int end) {
        return end < s.size() && (FEATURE_NOUNS.contains(s.lc(end)) || MORE_FEATURE_WORDS.contains(s.lc(end)))
                && !s.get(end).capitalised()
                || end == i + 1 && RIVER_NAMES.contains(s.lc(i))
                || end > i + 1 && (WATER_WORDS.contains(s.lc(i)) || WATER_WORDS.contains(s.lc(end - 1))
                || MORE_FEATURE_WORDS.contains(s.lc(i)) || MORE_FEATURE_WORDS.contains(s.lc(end - 1)));
    }

    /** Mountains, volcanoes, parks and forests: "Mount Marapi", "the High Atlas mountains", "Congo's Virunga park". */
    private static final Set<String> MORE_FEATURE_WORDS = placeWords("MORE_FEATURE_WORDS");

    /** Words of a sea's, a lake's or a canal's name: "the Gulf of Aden", "the Red Sea", "Lake Chad", "the Suez Canal". */
    private static final Set<String> WATER_WORDS = Lexicon.words("WATER_WORDS");

    /** Nouns of the divisions a text names a place's area by: "in El Plateado, in the municipality of Argelia". */
    private static final Set<String> AREA_NOUNS = Lexicon.words("REFERENCE_AREA_NOUNS");

    /**
     * "in El Plateado, in the municipality of Argelia", "Tafas, in the province of Daraa", "the town of Pahalgam in
     * Indian Kashmir": a division named after a place found already, with its noun before "of" or a people's or a
     * compass word before it, says where the place lies (an area given for reference, as in brackets).
     */
    private static boolean areaAfterPlace(Sentence s, int i, List<Mention> found) {
        int k = i - 1;
        while (k > 1 && (demonym(s.lc(k)) || COMPASS_WORDS.contains(s.lc(k)))) {
            k--; // "the resort town of Pahalgam in Indian Kashmir", "Nawa in southern Syrian Daraa"
        }
        if (k < i - 1 && s.lc(k).equals("in") && follows(s, k, found, null)) {
            return true; // (a bare "in", "the town of Nawa in Dar'a", is the article's to weigh)
        }
        k = i - 1;
        if (k < 4 || !s.lc(k).equals("of") || !AREA_NOUNS.contains(s.lc(k - 1))) {
            return false;
        }
        k -= 2;
        while (k > 0 && COMPASS_WORDS.contains(s.lc(k))) {
            k--; // "in the southern municipality of"
        }
        if (!s.lc(k).equals("the") || !s.lc(k - 1).equals("in") || !s.lc(k - 2).equals(",")) {
            return false;
        }
        return follows(s, k - 2, found, PLACE_NOUNS);
    }

    private static final Set<String> COMPASS_WORDS = Lexicon.words("COMPASS");

    /** Nouns of a group's named formations that also name a line of fighting: "the Carlos Patino front". */
    private static final Set<String> GROUP_FORMATION_NOUNS = Lexicon.words("GROUP_FORMATION_NOUNS");

    /**
     * "FARC dissidents of the Carlos Patino front", "the FARC's Carlos Patino front": a name before a formation noun
     * that a group or its fighters own is the formation's (not "fighting on the Kabani front", a line of fighting).
     */
    private static boolean groupFront(Sentence s, int i, int end) {
        if (!GROUP_FORMATION_NOUNS.contains(s.lc(end)) || s.get(end).capitalised()) {
            return false;
        }
        if (i >= 2 && s.lc(i - 1).equals("'s")) {
            return ArmedGroups.single(s.get(i - 2)) != null;
        }
        if (s.lc(end + 1).equals("of")) {
            // "the Carlos Patino front of the Estado Mayor Central": a group's formation, named by the group after it
            int g = s.lc(end + 2).equals("the") ? end + 3 : end + 2;
            if (g < s.size() && ArmedGroups.at(s, g, new int[1]) != null) {
                return true;
            }
        }
        // "dissidents of the Carlos Patino front" (an insurgents' formation), not "soldiers of the Bakhmut front"
        return i >= 3 && s.lc(i - 1).equals("the") && s.lc(i - 2).equals("of") && Parties.isHead(s.get(i - 3))
                && Roles.REB.equals(Roles.headRole(s.lc(i - 3)));
    }

    /** Nouns of a town a name before them may describe: "the Black Sea port of Odesa", "the Red Sea city of". */
    private static final Set<String> DESCRIBED_TOWN_NOUNS = Lexicon.words("DESCRIBED_TOWN_NOUNS");
    /** Nouns of a settlement or an area whose "of" names it: "the hamlet of Lang Nu", "the republic of Dagestan". */
    private static final Set<String> OF_AREA_NOUNS = placeWords("OF_AREA_NOUNS");

    /**
     * "in Gaza City", "Kuwait City": a country's (or a territory's) name followed by a capitalised "City" that the
     * gazetteer knows as one name.
     */
    private static boolean cityOfCountrysName(Sentence s, int i, int len) {
        int c = i + len;
        return c < s.size() && s.get(c).text().equals("City")
                && !org.newswatch.extraction.geo.Gazetteer.world().countriesOf(join(s, i, c + 1)).isEmpty();
    }

    /**
     * "the central Mexico city of Celaya", "in the Nigeria town of Gwoza", "the Lebanon port of Tyre": a one-word
     * country name (read alone, or as the capital "Mexico City" with the noun in lower case) right before a town noun
     * and "of" and a capitalised name, after "the" and at most two lower-case modifiers. Returns the index of the
     * town noun (the name after "of" is read next), or -1.
     */
    static int countryDescribesTown(Sentence s, int i, Countries.Entry e, int len) {
        if (e == null || !(e.kind() == Countries.Kind.NAME && len == 1 || e.kind() == Countries.Kind.CAPITAL && len == 2)) {
            return -1;
        }
        Countries.Entry c = e.kind() == Countries.Kind.NAME ? e : Countries.lookup(s.lc(i));
        int noun = i + 1;
        if (c == null || c.kind() != Countries.Kind.NAME || noun + 2 >= s.size() || s.get(noun).capitalised()
                || !DESCRIBED_TOWN_NOUNS.contains(s.lc(noun)) || !s.lc(noun + 1).equals("of")
                || !capitalisedName(s.get(noun + 2))) {
            return -1;
        }
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            if (s.lc(k).equals("the")) {
                return noun;
            }
            if (!s.get(k).isWord() || s.get(k).capitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /** The name ending before {@code end} describes the town named after "city of", "port of" ("the Black Sea port of Odesa"). */
    private static boolean describesTown(Sentence s, int i, int end) {
        if (end + 2 >= s.size() || !DESCRIBED_TOWN_NOUNS.contains(s.lc(end)) && !OF_AREA_NOUNS.contains(s.lc(end))
                || s.get(end).capitalised()
                || !s.lc(end + 1).equals("of") || !capitalisedName(s.get(end + 2))) {
            return false;
        }
        // "the Black Sea port of", "Ukraine's Black Sea city of", "the southern Red Sea port of": a modifier of the
        // noun (not "Pulwama town of Jammu and Kashmir", a town and the region it lies in)
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            String x = s.lc(k);
            if (x.equals("the") || x.equals("'s")) {
                return true;
            }
            if (!s.get(k).isWord() || s.get(k).capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** "the villages of Ain Daqna, Shawargha and Marenaz": the first of a list of places. */
    private static final Set<String> PLURAL_PLACE_NOUNS = Lexicon.words("PLURAL_PLACE_NOUNS");

    /** Nouns after a name that make it a first- or second-level division ("Niger state"). */
    private static final Set<String> DIVISION_NOUNS = Lexicon.words("DIVISION_NOUNS");

    /** Nouns a country's name modifies as an attribute ("the US embassy"): an institution, not the country. */
    private static final Set<String> ATTRIBUTIVE = Lexicon.words("ATTRIBUTIVE");

    /**
     * "Bafut (Mezam, North-West)", "Khamenlok village (Imphal East, Manipur)": the regions that notes put in
     * brackets after a place. Not an abbreviation ("Rapid Support Forces (RSF)") nor a unit's name.
     */
    public static boolean bracketed(Sentence s, int i) {
        Token t = s.get(i);
        if (t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = i - 1; k >= 0 && i - k <= 8; k--) {
            String x = s.lc(k);
            if (x.equals("(")) {
                return k > 0 && (capitalisedName(s.get(k - 1)) && !Parties.isHead(s.get(k - 1))
                        && !NOT_PLACES.contains(s.lc(k - 1)) || PLACE_NOUNS.contains(s.lc(k - 1)));
            }
            if (!(x.equals(",") || capitalisedName(s.get(k)) || particleInName(s, k))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> COMPASS_PARTS = Lexicon.words("COMPASS_PARTS");

    private static final Set<String> LEADER_CUES = Lexicon.words("LEADER_CUES");


    /** A country's name ("Libya's" included), which still says where the story is. */
    private static boolean countryName(Token t) {
        String lc = t.lc().endsWith("'s") ? t.lc().substring(0, t.lc().length() - 2) : t.lc();
        Countries.Entry e = Countries.lookup(lc);
        return e != null && e.kind() == Countries.Kind.NAME;
    }

    /** A capitalised demonym or continent's adjective: "African", "Korean", "Asian". */
    private static boolean demonymWord(Token t) {
        return t.capitalised() && (demonym(t.lc()) || CONTINENT_ADJECTIVES.contains(t.lc()));
    }

    private static final Set<String> CONTINENT_ADJECTIVES = Lexicon.words("CONTINENT_ADJECTIVES");
    /** "Anglophone", "Francophone": a language's speakers, never the first word of a place's name. */
    private static final Set<String> LANGUAGE_ADJECTIVES = placeWords("LANGUAGE_ADJECTIVES");

    private static boolean compassOnly(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!COMPASS_PARTS.contains(s.lc(k))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case particles inside place names: "Mocimboa da Praia", "Ras al Ain", "Puerto de la Cruz". */
    private static final Set<String> PARTICLES = Lexicon.words("PARTICLES");

    /** A particle between two capitalised words of one name. */
    static boolean particleInName(Sentence s, int k) {
        if (!PARTICLES.contains(s.get(k).text()) || k + 1 >= s.size() || k == 0) {
            return false;
        }
        if (capitalisedName(s.get(k + 1)) && !Parties.isHead(s.get(k + 1))
                && (!Dates.isCalendarWord(s.lc(k + 1)) || monthWordInName(s, k + 1))) {
            return true;
        }
        return PARTICLES.contains(s.get(k + 1).text()) && k + 2 < s.size() && capitalisedName(s.get(k + 2)); // "de la"
    }

    /** A road code stands for a road ("the M5", "M4 highway"), not a drone model or a group ("MQ-9 Reaper", "M23 rebels"). */
    private static boolean roadContext(Sentence s, int i) {
        Token next = s.get(Math.min(s.size() - 1, i + 1));
        if (i + 1 < s.size() && (Parties.isHead(next) || Lexicon.EQUIPMENT.containsKey(next.lc())
                || next.capitalised() && !ROAD_NOUNS.contains(next.lc()))) {
            return false;
        }
        if (i + 1 < s.size() && ROAD_NOUNS.contains(next.lc())) {
            return true;
        }
        // "the M5", "along the M4", "on M-5": a road; "19 AK-47 rifles", "an AK47": a weapon model
        String prev = s.lc(i - 1);
        return i > 0 && ROAD_BEFORE.contains(prev);
    }

    private static final Set<String> ROAD_BEFORE = Lexicon.words("ROAD_BEFORE");

    private static final Set<String> ROAD_NOUNS = Lexicon.words("ROAD_NOUNS");
    /** Nouns whose "of" names a place: "the shelling of Kherson", "the siege of Mariupol", "residents of Gaza". */
    private static final Set<String> OF_PLACE_NOUNS = union(Lexicon.words("OF_PLACE_NOUNS"),
            placeWords("MORE_OF_PLACE_NOUNS"));
    /** "the district headquarters of Quissanga": a division's seat, named after "of". */
    private static final Set<String> SEAT_NOUNS = placeWords("SEAT_NOUNS");

    /** Buildings whose name is the most specific place of an attack on them. */
    private static final Set<String> FACILITIES = Lexicon.words("FACILITIES");

    /**
     * The two ends of a road or border named "A-B" are towns: not a country ("the Syria-Turkey border") and no
     * demonym ("the Pan-American highway": a continent's road, no town called Pan).
     */
    private static boolean townEnds(String first, String second) {
        return !countryWord(first) && !countryWord(second);
    }

    /** A country's name or demonym (not its capital, which is a town: "the Juba-Nimule road"). */
    private static boolean countryWord(String lc) {
        Countries.Entry e = Countries.lookup(lc);
        return e != null && (e.kind() == Countries.Kind.NAME || e.kind() == Countries.Kind.DEMONYM);
    }

    static boolean demonym(String lc) {
        Countries.Entry e = Countries.lookup(lc);
        return e != null && e.kind() == Countries.Kind.DEMONYM;
    }

    /** Initials: three to six capital letters ("ARSA", "UPDF"), not a road code. */
    private static boolean acronym(Token t) {
        String x = t.text();
        if (x.length() < 3 || x.length() > 6) {
            return false;
        }
        for (int k = 0; k < x.length(); k++) {
            if (!Character.isUpperCase(x.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** An all-capitals name right before a common noun: "an AMISOM base", "the UPDF convoy". */
    private static boolean acronymModifier(Sentence s, int i, int end) {
        if (end != i + 1 || end >= s.size()) {
            return false;
        }
        String x = s.get(i).text();
        if (x.length() < 3 && !(x.length() == 2 && (s.lc(i - 1).equals("a") || s.lc(i - 1).equals("an")))) {
            return false; // ... two letters only after an article: "an AU base"
        }
        for (int k = 0; k < x.length(); k++) {
            if (Character.isLowerCase(x.charAt(k))) {
                return false;
            }
        }
        Token next = s.get(end);
        return next.isWord() && !next.capitalised() && !PLACE_NOUNS.contains(next.lc()) && !LOCATIVE.contains(next.lc())
                && !next.lc().equals("and");
    }

    /**
     * ACLED's administrative areas after a place: "in Boni (Douentza, Mopti)", "Nyaung Kone village (Sagaing)",
     * "Koro cercle (Mopti)":
     * names inside a parenthesis that opens right after a place are places.
     */
    private static boolean adminParenthetical(Sentence s, int i, List<Mention> found) {
        String x0 = s.get(i).text();
        if (x0.length() > 1 && x0.equals(x0.toUpperCase(java.util.Locale.ROOT))) {
            return false; // "(SOHR)", "(HTS)": an acronym spelled out, not an area
        }
        for (int k = i - 1; k >= 1 && i - k <= 6; k--) {
            String x = s.lc(k);
            if (x.equals("(")) {
                // the parenthesis follows a place found already ("Boni (Douentza, Mopti)"), or "village (Sagaing)"
                Mention last = found.isEmpty() ? null : found.get(found.size() - 1);
                return last != null && !last.country() && (last.end() == k || (PLACE_NOUNS.contains(s.lc(k - 1))
                        || Lexicon.ADMIN_ABBREVIATIONS.contains(s.lc(k - 1))) && last.end() == k - 1);
            }
            if (!(x.equals(",") || capitalisedName(s.get(k)) || x.equals("-") || PLACE_NOUNS.contains(x))) {
                return false; // "(Ancuabe district, Cabo Delgado)" names areas with their nouns
            }
        }
        return false;
    }

    /**
     * "in Barangay Bato-Bato, Indanan, Sulu", "between Koumbri and Ouahigouya", "the villages of Ain Daqna,
     * Shawargha and Marenaz": a name right after a comma or "and" that follows a place found already (or its place
     * noun: "Ancuabe district, Cabo Delgado") is a place too, when it ends where an item of such a chain ends.
     */
    private static boolean chained(Sentence s, int i, int end, List<Mention> found) {
        // ... "in Tayaran Square, central Baghdad": a compass word may say which part of the town
        int sep = i > 2 && COMPASS_WORDS.contains(s.lc(i - 1)) && s.lc(i - 2).equals(",") ? i - 2 : i - 1;
        if (found.isEmpty() || sep < 1 || !(s.lc(sep).equals(",") || s.lc(sep).equals("and"))) {
            return false;
        }
        if (!follows(s, sep, found, PLACE_NOUNS)) {
            return false; // (a numbered camp, "Camp 15, Ukhiya", ends with its number)
        }
        int k = end < s.size() && (PLACE_NOUNS.contains(s.lc(end)) || CHAIN_AREA_NOUNS.contains(s.lc(end))
                || PLURAL_AREA_NOUNS.contains(s.lc(end))) ? end + 1 : end; // ... "the Bokkos and Barkin Ladi areas"
        if (k >= s.size()) {
            return true;
        }
        Token next = s.get(k);
        return CHAIN_FOLLOWERS.contains(next.lc()) || !next.isWord() && !next.lc().equals("'s") && !next.lc().equals("-");
    }

    /**
     * "in Tayaran Square, central Baghdad": a capital after a comma that follows a place that is no capital itself (a
     * part of the city), not "clashes between Ankara and Damascus", two states.
     */
    private static boolean capitalAfterPart(Sentence s, int i, int end, List<Mention> found) {
        int sep = i > 2 && COMPASS_WORDS.contains(s.lc(i - 1)) ? i - 2 : i - 1;
        if (!s.lc(sep).equals(",") || !chained(s, i, end, found)) {
            return false;
        }
        for (Mention q : found) {
            if (q.end() == sep) {
                Countries.Entry c = Countries.lookup(q.name().toLowerCase(java.util.Locale.ROOT));
                return !q.country() && c == null;
            }
        }
        return false;
    }

    /**
     * Nouns of divisions that end an item of a chain of places only ("in Kolofata district, Mayo-Sava division": a
     * Cameroonian division), words too common elsewhere ("the army's division") to be place nouns.
     */
    private static final Set<String> CHAIN_AREA_NOUNS = Lexicon.words("CHAIN_AREA_NOUNS");
    /** Plural nouns of places that close a list of their names: "the Bokkos and Barkin Ladi areas". */
    private static final Set<String> PLURAL_AREA_NOUNS = placeWords("PLURAL_AREA_NOUNS");

    /** Verbs of what falls on a place: "shells fell on the al-Hamdaniya neighbourhood". */
    private static final Set<String> LANDED = Lexicon.words("LANDED");

    /**
     * "carried out several raids at dawn on Tuesday on Kafr Nabudah", "clashes broke out at dawn on Wednesday on the
     * Kabani axis": an attack or a clash before a time phrase, then "on" a place.
     */
    private static boolean attackBeforeTime(Sentence s, int on) {
        boolean time = false;
        for (int k = on - 1; k >= 0 && on - k <= 8; k--) {
            String x = s.lc(k);
            if (Dates.isCalendarWord(x) || TIMES_OF_DAY.contains(x)) {
                time = true;
            } else if (Lexicon.ATTACK_NOUNS.contains(x) || Lexicon.CLASH.contains(x) || x.equals("raids")) {
                return time;
            } else if (!TIME_FILLERS.contains(x) && !s.get(k).isNumber()) {
                return false; // "an airstrike on Thursday blamed on Damascus": the text moved on from the attack
            }
        }
        return false;
    }

    private static final Set<String> TIMES_OF_DAY = Lexicon.words("TIMES_OF_DAY");
    private static final Set<String> TIME_FILLERS = Lexicon.words("TIME_FILLERS");


    /** A noun that names a kind of place ("province", "valley", "neighbourhood"). */
    static boolean placeNoun(String lc) {
        return PLACE_NOUNS.contains(lc);
    }

    /**
     * Whether a place (not a country) the text names ends right before the separator at {@code sep}, or before a
     * noun of {@code nouns} that ends there ("Ancuabe district, Cabo Delgado"); {@code nouns} null allows none.
     */
    static boolean follows(Sentence s, int sep, List<Mention> places, Set<String> nouns) {
        for (Mention q : places) {
            if (!q.country() && (q.end() == sep || nouns != null && q.end() == sep - 1 && nouns.contains(s.lc(q.end())))) {
                return true;
            }
        }
        return false;
    }

    /** Words that may follow the last name of a chain of places: a conjunction, a preposition, a participle. */
    private static final Set<String> CHAIN_FOLLOWERS = Lexicon.words("CHAIN_FOLLOWERS");

    /** Titles before a person's name. */
    private static final Set<String> TITLES = Lexicon.words("NAME_TITLES");

    /** Geographic heads named by an "of" phrase. */
    private static final Set<String> OF_NAMES = Lexicon.words("OF_NAMES");

    /** "the 4th Armored Division", "the 93rd Brigade". */
    private static boolean ordinalBefore(Sentence s, int i) {
        String p = s.lc(i - 1);
        int n = p.length();
        return n >= 3 && Character.isDigit(p.charAt(0)) && (p.endsWith("th") || p.endsWith("st") || p.endsWith("nd")
                || p.endsWith("rd"));
    }

    /**
     * "barrel bombs dropped by regime helicopters on Mhambel", "repelled an attack by Boko Haram terrorists on
     * Damasak": what was dropped, or an attack, and by whom, before "on".
     */
    private static boolean droppedBy(Sentence s, int on) {
        for (int k = on - 1; k >= 0 && on - k <= 5; k--) {
            String x = s.lc(k);
            if (x.equals("by") && (LANDED.contains(s.lc(k - 1)) || Lexicon.ATTACK_NOUNS.contains(s.lc(k - 1)))) {
                return true;
            }
            if (!s.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> APPOSED_TOWN_NOUNS = placeWords("APPOSED_TOWN_NOUNS");

    /**
     * "in Guinea's second city Nzerekore", "near the border town Bunagana": a town noun in lower case right before the
     * name, after lower-case modifiers and an article or a country's possessive that a locative opens.
     */
    private static boolean apposedTown(Sentence s, int i) {
        if (i < 3 || !APPOSED_TOWN_NOUNS.contains(s.lc(i - 1)) || s.get(i - 1).capitalised()) {
            return false;
        }
        boolean determined = false;
        for (int k = i - 2; k >= 0 && i - k <= 6; k--) {
            String x = s.lc(k);
            Token t = s.get(k);
            if (x.equals("the") || x.equals("'s")) {
                determined = true;
                continue;
            }
            if (LOCATIVE.contains(x) && !x.equals("of") && !x.equals("to")) {
                return determined;
            }
            if (t.capitalised() && countryName(t) && s.lc(k + 1).equals("'s")) {
                continue; // "Guinea's"
            }
            if (!t.isWord() || t.capitalised() || t.isNumber()) {
                return false;
            }
        }
        return false;
    }

    /** "regional", "provincial", "state": before "capital", the seat of a division. */
    static final Set<String> DIVISION_CAPITAL_MODIFIERS = placeWords("DIVISION_CAPITAL_MODIFIERS");

    /** The token at {@code k} is "capital" after a division's modifier: "the provincial capital", "the state capital". */
    private static boolean divisionCapital(Sentence s, int k) {
        return k > 0 && s.lc(k).equals("capital") && !s.get(k).capitalised()
                && DIVISION_CAPITAL_MODIFIERS.contains(s.lc(k - 1));
    }

    private static boolean locativeBefore(Sentence s, int i) {
        if (i > 0 && (divisionCapital(s, i - 1) || s.lc(i - 1).equals(",") && divisionCapital(s, i - 2))) {
            return true; // "the provincial capital Pemba", "the state capital, Maiduguri"
        }
        if (apposedTown(s, i)) {
            return true; // "in Guinea's second city Nzerekore", "near the border town Bunagana"
        }
        for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
            String lc = s.lc(k);
            if (lc.equals("on") && k > 0 && (Lexicon.ATTACK_NOUNS.contains(s.lc(k - 1)) || s.lc(k - 1).equals("offensive")
                    || AttackRules.PROJECTILES.contains(s.lc(k - 1)) // "dropped 14 barrel bombs on Kafr Zita"
                    || LANDED.contains(s.lc(k - 1)) || attackBeforeTime(s, k) || droppedBy(s, k))
                    || Lexicon.FLED_FORMS.contains(lc)) {
                return true; // "airstrikes on Maarat al-Numan", "have fled Vovchansk"
            }
            if (SEIZE.contains(lc)) {
                return true; // "to retake Mosul", "seized Kunduz"
            }
            if (lc.equals("including") && k > 0 && PLURAL_PLACE_NOUNS.contains(s.lc(k - 1))) {
                return true; // "shelled border towns including Jermuk, Goris and Kapan": the first of the towns
            }
            if (ROAD_LINKS.contains(lc) && !lc.equals("between") && (ROADS.contains(s.lc(k - 1))
                    || ROADS.contains(s.lc(k - 2)))) {
                return true; // "the road linking Sanamayn and Ghabaghib" (not "kept linking Kyiv to the attack")
            }
            if (LOCATIVE.contains(lc) && !lc.equals("of")) {
                return !(lc.equals("to") && k > 0 && Lexicon.NOT_TO_PLACE.contains(s.lc(k - 1)));
            }
            if (lc.equals("of")) {
                return k > 0 && (PLACE_NOUNS.contains(s.lc(k - 1)) || s.lc(k - 1).equals("control")
                        || OF_AREA_NOUNS.contains(s.lc(k - 1)) // "the hamlet of Lang Nu", "the republic of Dagestan"
                        || COUNTRYSIDE.contains(s.lc(k - 1))
                        || PLURAL_PLACE_NOUNS.contains(s.lc(k - 1))
                        || PLURAL_AREA_NOUNS.contains(s.lc(k - 1))) // "the municipalities of Tame and Fortul"
                        || k > 0 && SKIPPABLE.contains(s.lc(k - 1))
                        && !s.lc(k - 1).equals("of") || k > 0 && (Lexicon.ATTACK_NOUNS.contains(s.lc(k - 1))
                        || OF_PLACE_NOUNS.contains(s.lc(k - 1)))
                        // "the district headquarters of Quissanga": a division's seat
                        || k > 1 && SEAT_NOUNS.contains(s.lc(k - 1)) && (DIVISION_CAPITAL_MODIFIERS.contains(s.lc(k - 2))
                        || PLACE_NOUNS.contains(s.lc(k - 2)));
            }
            if (lc.equals("'s") || SKIPPABLE.contains(lc)) {
                continue;
            }
            Token t = s.get(k);
            if (capitalisedName(t)) {
                Countries.Entry e = Countries.lookup(t.lc());
                if (e != null && e.kind() == Countries.Kind.DEMONYM || Dates.isCalendarWord(t.lc())) {
                    continue; // "in the Syrian province of"
                }
                // "in Idlib's Taftanaz area": the possessor is a place too, of one word or more ("in Plateau State's
                // Bokkos and Barkin Ladi areas")
                int j = k + 1;
                while (j < i && capitalisedName(s.get(j))) {
                    j++;
                }
                if (j < s.size() && s.lc(j).equals("'s") && ArmedGroups.at(s, k, new int[1]) == null) {
                    continue; // (not "through the Islamic State's Amaq agency")
                }
            }
            return false;
        }
        return false;
    }
}
