package org.newswatch.extraction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;
import org.newswatch.extraction.geo.Gazetteer;
import org.newswatch.extraction.geo.GeoMatch;
import org.newswatch.extraction.geo.PlaceKind;
import org.newswatch.extraction.geo.PlaceNames;
import org.newswatch.extraction.text.Segmenter;
import org.newswatch.extraction.text.Sentence;
import org.newswatch.extraction.text.Token;

/**
 * The extraction engine: article in, events out. Stateless between calls and thread-safe (all tables are
 * immutable statics; each call builds its own context), so one instance serves a whole service.
 */
public final class Extractor {

    private final Gazetteer gazetteer;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** An engine resolving places with the given gazetteer. */
    public static Extractor withGazetteer(Gazetteer gazetteer) {
        return new Extractor(gazetteer);
    }

    /** An engine resolving places with the shared world gazetteer (GeoNames data, loaded once). */
    public static Extractor create() {
        return new Extractor(Gazetteer.world());
    }

    public List<ExtractedEvent> extract(Article article) {
        String text = article.text() == null ? "" : article.text();
        List<Sentence> sentences = Segmenter.split(text);
        LocalDate received = article.receivedAt() == null ? null : article.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate published = article.publishedAt() == null ? null : article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate[] refs = ArticleDates.infer(sentences, published, received);
        ArticleContext ctx = new ArticleContext(text, sentences, refs[0], refs[1]);
        ArmedGroups.readingTextOf(refs[0]); // a group's dated role ("the Taliban" are the state from September 2021)
        try {
            return extract(article, text, sentences, ctx);
        } finally {
            ArmedGroups.readingTextOf(null);
        }
    }

    private List<ExtractedEvent> extract(Article article, String text, List<Sentence> sentences, ArticleContext ctx) {
        String title = titleToRead(article.title(), text);
        if (title != null) {
            ctx.titleSentences = Segmenter.split(title);
        }
        prepare(ctx);
        Rules rules = new Rules(ctx);
        for (Sentence s : sentences) {
            rules.sentence(s);
        }
        EventAttributes attributes = new EventAttributes(ctx, rules);
        for (Candidate c : ctx.events) {
            attributes.fill(c);
        }
        dropBackground(ctx.events);
        captionAttributes(ctx);
        fatalitiesLine(ctx);
        List<Candidate> merged = Merger.merge(ctx.events);
        List<ExtractedEvent> out = new ArrayList<>(merged.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Candidate c : merged) {
            ExtractedEvent e = toEvent(c, article, text, ctx);
            int n = seen.merge(e.eventId(), 1, Integer::sum);
            if (n > 1) {
                // inside one article an id names one event: a second, distinct event of the same identity
                // (kept apart by the merger) gets its own
                e = e.withEventId(hash(e.eventId() + "#" + n));
            }
            out.add(e);
        }
        return out;
    }

    /** How long before the story's latest day an incident is the story's background, not its news. */
    static final int BACKGROUND_DAYS = 30;

    /**
     * "In October 2017, a truck bomb at a busy Mogadishu junction killed more than 500 people", in a report of
     * today's bombing: an incident dated more than {@link #BACKGROUND_DAYS} before the latest day the article's
     * events have is background, not an event of this report. Running totals stay. The reference is the
     * article's own events, not the report day, so a note about an old incident still gives its event. An
     * offensive launched weeks ago is still going on. An incident (a death, a wound, an attack, a loss) dated only by a
     * month that ended before the month of the latest day is background too.
     */
    static void dropBackground(List<Candidate> events) {
        LocalDate latest = null;
        // ... and a month named with no day ("killed 22 farmers in a similar attack in October") that ended before the
        // month of the news (a Saturday late in November, told as the day of an incident) is another incident, however
        // few days lie between; the report's own day or a deployment's says nothing of the news's month
        LocalDate newsDay = null;
        for (Candidate c : events) {
            if (c.date == null) {
                continue;
            }
            if (latest == null || c.date.isAfter(latest)) {
                latest = c.date;
            }
            if (INCIDENT_TYPES.contains(c.type) && !c.cumulative && c.dateStrength > Candidate.DATE_REPORT
                    && (newsDay == null || c.date.isAfter(newsDay))) {
                newsDay = c.date;
            }
        }
        if (latest == null) {
            return;
        }
        LocalDate before = latest.minusDays(BACKGROUND_DAYS);
        LocalDate monthOfNews = newsDay == null ? LocalDate.MIN : newsDay.withDayOfMonth(1);
        events.removeIf(c -> !c.cumulative && c.type != EventType.OFFENSIVE && (c.date != null
                && c.dateStrength >= Candidate.DATE_CARRIED && c.date.isBefore(before) || c.date == null
                && c.notAfter != null && (c.notAfter.isBefore(before)
                || c.notAfter.isBefore(monthOfNews) && INCIDENT_TYPES.contains(c.type))));
    }

    /** The types told as incidents of a day; a deployment or a town's fall of last month still holds. */
    private static final java.util.Set<EventType> INCIDENT_TYPES = java.util.EnumSet.of(EventType.KILLED,
            EventType.WOUNDED, EventType.ATTACK, EventType.EQUIPMENT_LOSS);

    /** A country score this high comes from a named setting or armed group, not from a demonym or two. */
    static final int SETTING_SCORE = 6;

    private void prepare(ArticleContext ctx) {
        Map<String, Boolean> originOnly = new HashMap<>();
        Map<String, Integer> repeats = new HashMap<>();
        Map<String, Integer> countryScore = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        Map<String, Integer> datelineVotes = new HashMap<>();
        titleVotes(ctx, countryScore, firstSeen);
        for (Sentence s : ctx.sentences) {
            ctx.dates.add(ctx.articleDate == null ? List.of() : Dates.find(s, ctx.weekdayRef, ctx.articleDate));
            List<Party> ms = Parties.mentions(s);
            ctx.mentions.add(ms);
            Countries.Entry capital = s.datelineEnd() > 0 ? Countries.lookup(s.lc(0)) : null;
            if (capital != null && capital.kind() == Countries.Kind.CAPITAL) {
                // "DHAKA - A fire ...": a dateline's capital is no party, but says a little of the setting
                ctx.named.add(capital.iso3());
                firstSeen.putIfAbsent(capital.iso3(), firstSeen.size());
                countryScore.merge(capital.iso3(), 1, Integer::sum);
                datelineVotes.merge(capital.iso3(), 1, Integer::sum);
            }
            List<Places.Mention> ps = Places.find(s);
            ctx.places.add(ps);
            for (Places.Mention p : ps) {
                if (p.country()) {
                    Countries.Entry e = Countries.lookup(p.name().toLowerCase(Locale.ROOT));
                    if (e != null) {
                        ctx.named.add(e.iso3());
                        countryScore.merge(e.iso3(), countryNameVote(s, p), Integer::sum);
                    }
                } else {
                    ctx.placeFrequency.merge(p.name(), 1, Integer::sum);
                    if (namedBefore(s, ps, p)) {
                        repeats.merge(p.name(), 1, Integer::sum);
                    }
                    String noun = REGION_NOUNS.contains(s.lc(p.end())) || Lexicon.ADMIN_ABBREVIATIONS.contains(s.lc(p.end()))
                            ? s.lc(p.end()) : p.end() - 1 > p.index() && REGION_NOUNS.contains(s.lc(p.end() - 1))
                            ? s.lc(p.end() - 1) : null; // "in Lamu county", "in Lamu County" (the noun in the name)
                    if (noun != null) {
                        ctx.regions.add(p.name());
                        ctx.regionKinds.putIfAbsent(p.name(), ADMIN2_NOUNS.contains(noun)
                                || Lexicon.ADMIN_ABBREVIATIONS.contains(noun) ? PlaceKind.ADMIN2 : PlaceKind.ADMIN1);
                    }
                    if (container(s, p, ps)) {
                        ctx.containers.add(p.name());
                    }
                    if (SMALL_PLACE_NOUNS.contains(s.lc(p.end())) || s.lc(p.index() - 1).equals("of")
                            && SMALL_PLACE_NOUNS.contains(s.lc(p.index() - 2))) {
                        ctx.smallPlaces.add(p.name()); // "the village of Arika", "the Karama camp"
                    }
                    int siteEnd = siteEnd(s, p);
                    if ((site(s, p) || siteEnd > p.end()) && s.lc(siteEnd).equals("in") && (siteEnd <= p.end() + 1
                            || !REGION_NOUNS.contains(s.lc(nameEnd(s, siteEnd + 1))) && knownTown(s, siteEnd + 1))) {
                        // ... "the Pezu police station in Lakki Marwat", not "the Kulachi police station in Dera Ismail
                        // Khan district", where the station's village is the place and the district its area
                        ctx.sitesInTowns.add(p.name()); // "the Hayat hotel in Mogadishu"
                    }
                    if (partOfTown(s, p)) {
                        ctx.parts.add(p.name());
                    }
                    if (Places.landmark(s, p.index())) {
                        ctx.references.add(p.name()); // "at Sarmada, north of Idlib"
                    }
                    if (elsewhere(s, p.index())) {
                        ctx.elsewhere.add(p.name());
                    }
                    // "Armed youth from the Pibor area raided cattle camps around Pieri": a name the text gives only
                    // as where the attackers came from
                    originOnly.merge(p.name(), origin(s, p.index()), Boolean::logicalAnd);
                }
            }
            votePartyCountries(ctx, s, ms, ps, countryScore, firstSeen);
            settingMentions(s, countryScore);
        }
        // places are resolved with the country the words point to as bias ("Solhan" in a Burkina Faso story),
        // and then vote themselves: a town of a few hundred people or a look-alike spelling votes little
        // a region a note puts a place in ("Tchomabangou (Tillaberi)", "Nawa in Dar'a") states the setting: it
        // votes first, so that the smaller places are read in its country ("Nawa" of Syria, not of Japan)
        // the country in which most of the text's place names have a reading explains them together: "Bali
        // (Mezam, North-West region)" is Cameroon's Bali, "Hays district in southern Hodeidah" Yemen's Hays
        jointReading(ctx, countryScore);
        String words = Countries.iso2(argmax(countryScore, firstSeen, 1));
        for (String name : ctx.containers) {
            Optional<GeoMatch> g = resolve(ctx, name, words);
            // ... unless the gazetteer knows it only as a hamlet or by a look-alike spelling
            String iso3 = g.isEmpty() || g.get().fuzzy() || g.get().population() >= 0 && g.get().population() < 1000
                    && g.get().kind() == PlaceKind.CITY ? null
                    : Countries.iso3(g.get().place().country());
            if (iso3 != null) {
                countryScore.merge(iso3, 15, Integer::sum);
            }
        }
        String pointed = argmax(countryScore, firstSeen, 1);
        String bias = Countries.iso2(pointed);
        // "BEIRUT, Jan 28 - Air strikes killed 9 civilians in Maarat al-Numan": a dateline's capital, where the
        // reporter files from, biases the reading of names, but is no setting that the text's own small towns must
        // outweigh, nor one outside which a name has no reading
        boolean filedOnly = pointed != null && countryScore.get(pointed) <= datelineVotes.getOrDefault(pointed, 0);
        String lead = filedOnly ? null : pointed;
        int leadScore = lead == null ? 0 : countryScore.get(lead); // a group or a named setting, not one demonym
        for (Map.Entry<String, Integer> e : ctx.placeFrequency.entrySet()) {
            Optional<GeoMatch> g = resolve(ctx, e.getKey(), bias);
            if (g.isEmpty() && filedOnly) {
                g = resolve(ctx, e.getKey(), null);
            }
            if (g.isEmpty()) {
                continue;
            }
            ctx.resolved.put(e.getKey(), g.get());
            String iso3 = Countries.iso3(g.get().place().country());
            if (iso3 == null) {
                continue;
            }
            GeoMatch m = g.get();
            if (m.kind() == PlaceKind.ROAD) {
                continue; // "the M4": a road's country is the one the words point to already, no vote of its own
            }
            if (!m.fuzzy()) {
                firstSeen.putIfAbsent(iso3, firstSeen.size()); // of two places that vote alike, the first named
            }
            if (ctx.parts.contains(e.getKey())) {
                continue; // "the al-Hamdaniya neighbourhood of Aleppo": the town's reading says where, not the part's
            }
            // outside the country the words point to, only a well-known place (a city of 100,000) votes fully
            // ... and a place abroad in a country the text never names ("Boni" read as Bonn, "Palma" as
            // Mallorca's in a Mozambique story) only when it is a city of a million
            // a look-alike spelling abroad ("Abyei" read as Kazakhstan's Abai) votes only for a country the text names
            // with nothing else to go by, a town of a few thousand votes less than a city: "Auno near Maiduguri"
            // is not a French Aulnoy that happens to be called Auno too
            int weight = m.fuzzy() ? (ctx.named.contains(iso3) ? 2 : 0)
                    : lead != null && !iso3.equals(lead) && (m.population() >= 0
                    && m.population() < 100_000 && !ctx.regions.contains(e.getKey())
                    || !ctx.named.contains(iso3) && m.population() < 1_000_000 && leadScore >= SETTING_SCORE
                    && !(ctx.regions.contains(e.getKey()) && m.kind() != PlaceKind.CITY)) ? 1
                    : lead == null && m.kind() == PlaceKind.CITY && m.population() >= 0 && m.population() < 10_000
                    && !ctx.named.contains(iso3) ? 5 : 10;
            countryScore.merge(iso3, weight * e.getValue(), Integer::sum);
        }
        repeats.forEach((name, n) -> {
            GeoMatch g = ctx.resolved.get(name);
            if (g == null || g.kind() == PlaceKind.CITY) {
                // "Al Shabaab fighters storm army base at Cowsweyne - Al Shabaab fighters stormed a base at Cowsweyne
                // in Middle Shabelle": a headline run into its lead names the town twice in one sentence, which makes
                // it no less the story's own place than the region named once (a region named twice stays as often
                // named: "Russian jets return to Jabal al-Zawiya - ... pounded villages in Jabal al-Zawiya, killing
                // five civilians in Kansafra")
                ctx.placeFrequency.merge(name, -n, Integer::sum);
            }
        });
        boolean unplaced = argmax(countryScore, firstSeen, 1) == null;
        for (String name : ctx.titlePlaces) {
            if (!unplaced || ctx.placeFrequency.containsKey(name)) {
                continue; // the text says where already ("near Koro" over "the circle of Koro, Mopti region")
            }
            // "Shelling kills two in northern Rakhine" over a text that names only a village the gazetteer lacks
            gazetteer.lookup(name, null, bias)
                    .filter(g -> !g.fuzzy() && (g.kind() != PlaceKind.CITY || g.population() >= 1000))
                    .map(g -> Countries.iso3(g.place().country()))
                    .ifPresent(iso3 -> countryScore.merge(iso3, 10, Integer::sum));
        }
        enclosingDivisions(ctx);
        // the dateline city ("YANGON (Reuters) -") says little of the setting, but more than nothing
        for (Sentence s : ctx.sentences) {
            if (s.size() > 1 && dateline(s, 0) && Countries.lookup(s.lc(0)) == null) {
                gazetteer.lookup(s.get(0).text(), null, bias).ifPresent(g -> {
                    String iso3 = Countries.iso3(g.place().country());
                    if (iso3 != null && !g.fuzzy() && g.population() >= 100_000) {
                        countryScore.merge(iso3, 3, Integer::sum);
                    }

                });
            }
        }
        for (Sentence s : ctx.sentences) {
            Countries.Entry e = s.size() > 1 && dateline(s, 0) ? Countries.lookup(s.lc(0)) : null;
            if (s.size() > 1 && dateline(s, 0) && (e == null || e.kind() == Countries.Kind.CAPITAL)) {
                gazetteer.lookup(s.get(0).text(), PlaceKind.CITY, bias).filter(g -> !g.fuzzy() && g.kind() == PlaceKind.CITY)
                        .ifPresent(g -> {
                            ctx.datelineTown = g.place().name();
                            ctx.datelineCountry = Countries.iso3(g.place().country());
                        });
                break;
            }
        }
        if (!ctx.sentences.isEmpty()) {
            ctx.headingPlace = knownHeading(headingPlace(ctx.sentences.get(0)), bias); // "Daraa al-Balad: ..."
            if (ctx.headingPlace != null && ctx.headingPlace.equals(ctx.headingPlace.toUpperCase(Locale.ROOT))
                    && namesAnotherPlace(ctx.places.get(0), ctx.headingPlace)) {
                // "RAWALPINDI: Nine soldiers were martyred when terrorists stormed a garrison in Balochistan": a heading
                // in capitals is a dateline, where the statement was filed, when its sentence names a place of its own
                ctx.headingPlace = null;
            }
            String dated = ctx.headingPlace == null ? knownHeading(headingPlace(ctx.sentences.get(0), true), bias) : null;
            if (dated != null && sitesOnly(ctx.sentences.get(0), ctx.places.get(0))) {
                // "Afrin city, 2 Nov 2019: a car bomb went off near the Kawa roundabout": the town a dated heading
                // names holds the sites its note names (not where the note names a town of its own: "Arauca, 19
                // January 2022: the ELN attacked a base outside Saravena" is Saravena's)
                ctx.headingPlace = dated;
            }
        }
        ctx.conflictCountry = argmax(countryScore, firstSeen, 1);
        if (ctx.conflictCountry == null) {
            // nothing but a look-alike spelling ("Sheikh Maskin" for Shaykh Miskin) says where: when all the text's
            // place readings agree on one country, the events placed there are coded in it too
            java.util.Set<String> read = new java.util.HashSet<>();
            for (GeoMatch g : ctx.resolved.values()) {
                String iso3 = Countries.iso3(g.place().country());
                if (iso3 != null) {
                    read.add(iso3);
                }
            }
            if (read.size() == 1) {
                ctx.conflictCountry = read.iterator().next();
            }
        }
        ctx.countryScore.putAll(countryScore);
        for (Sentence s : ctx.sentences) {
            for (Places.Mention p : ctx.places.get(s.index())) {
                Places.Mention city = p.country() ? null : Quarters.cityOf(ctx, s, p);
                if (city != null) {
                    ctx.quarterCity.put(p, city);
                }
                int site = p.country() ? -1 : possessedSite(s, p);
                GeoMatch town = site < 0 ? null : ctx.resolved.get(p.name());
                if (town != null && !town.fuzzy() && town.kind() == PlaceKind.CITY) {
                    // "Quetta's main railway station", "Kabul's international airport": a site of the town, which
                    // names the town's part as a quarter's name does (the town is no province holding the place)
                    ctx.quarterCity.put(new Places.Mention(String.join(" ", s.lc(p.end() + 1), s.lc(site - 1)),
                            p.end() + 1, false, site, false), p);
                    for (Places.Mention q : ctx.places.get(s.index())) {
                        if (q.end() + 1 == p.index() && s.lc(q.end()).equals(",") && !q.country()
                                && !ctx.quarterCity.containsKey(q)) {
                            ctx.quarterCity.put(q, p); // "hit Mitiga, Tripoli's only functioning airport": the town's site
                        }
                    }
                }
                if (!p.country() && Places.roadEnd(s, p.index())) {
                    ctx.roadEnds.add(p);
                }
            }
        }
        Map<String, Integer> named = new HashMap<>(ctx.placeFrequency);
        for (List<Places.Mention> ps : ctx.places) {
            for (Places.Mention p : ps) {
                if (p.admin()) {
                    named.merge(p.name(), -1, Integer::sum); // "(Douentza, Mopti)": an area given for reference
                }
            }
        }
        named.keySet().removeAll(ctx.containers); // "Tin-Akoff (Oudalan)": the story is at Tin-Akoff
        if (!ctx.sitesInTowns.containsAll(named.keySet())) {
            named.keySet().removeAll(ctx.sitesInTowns); // "stormed the Hayat hotel in Mogadishu": the story is Mogadishu's
        }
        if (!ctx.elsewhere.containsAll(named.keySet())) {
            named.keySet().removeAll(ctx.elsewhere); // "SDF fire from Tal Tamr hit Bab al-Khayr": not Tal Tamr
        }
        named.keySet().removeAll(ctx.parts);
        java.util.Set<String> origins = new java.util.HashSet<>();
        originOnly.forEach((name, only) -> {
            if (only) {
                origins.add(name);
            }
        });
        if (!origins.containsAll(named.keySet())) {
            named.keySet().removeAll(origins); // ... the story is Pieri's, not the attackers' Pibor
        }
        if (!ctx.references.containsAll(named.keySet())) {
            named.keySet().removeAll(ctx.references); // "at Sarmada, north of Idlib; one fighter was killed": Sarmada
        }
        for (Sentence s : ctx.sentences) {
            for (Places.Mention p : ctx.places.get(s.index())) {
                Places.Mention city = ctx.quarterCity.get(p);
                if (city != null && named.containsKey(p.name()) && !ctx.elsewhere.contains(city.name())
                        && !ctx.references.contains(city.name())) {
                    // "an exchange of fire in Barangay Bato-Bato, Indanan, Sulu": the story is the municipality's
                    named.merge(city.name(), named.remove(p.name()), Integer::sum);
                }
            }
        }
        named.values().removeIf(v -> v <= 0);
        java.util.Set<String> capitalsAbroad = new java.util.HashSet<>();
        java.util.Set<String> countriesNamed = new java.util.HashSet<>();
        java.util.Set<String> sites = new java.util.HashSet<>();
        for (Sentence s : ctx.sentences) {
            for (Places.Mention p : ctx.places.get(s.index())) {
                Countries.Entry e = p.country() ? Countries.lookup(p.name().toLowerCase(Locale.ROOT)) : null;
                if (e != null) {
                    countriesNamed.add(e.iso3());
                } else if (site(s, p) || s.lc(p.index() - 1).equals("the")) {
                    sites.add(p.name()); // "the Wellington junction" of a Freetown story: a site at home
                }
            }
        }
        for (String name : named.keySet()) {
            Countries.Entry e = Countries.lookup(name.toLowerCase(Locale.ROOT));
            if (e != null && e.kind() == Countries.Kind.CAPITAL && ctx.conflictCountry != null
                    && !e.iso3().equals(ctx.conflictCountry) && !countriesNamed.contains(e.iso3())
                    && ctx.placeFrequency.getOrDefault(name, 0) < 2 && !sites.contains(name)) {
                capitalsAbroad.add(name);
            }
        }
        if (!capitalsAbroad.containsAll(named.keySet())) {
            // "hours after the ceasefire agreed in Moscow took effect, ... exchanged fire on the al-Bara front": a
            // capital abroad, where a deal was made, is not the story's place when it names one at home (a capital
            // whose country the text speaks of, "signed in the Qatari capital", "a drone hit Tel Aviv" in a story of
            // Israel and Yemen, may be)
            named.keySet().removeAll(capitalsAbroad);
        }
        Map<String, Integer> order = new HashMap<>();
        for (List<Places.Mention> ps : ctx.places) {
            for (Places.Mention p : ps) {
                order.putIfAbsent(p.name(), order.size()); // of two places named as often, the first named
            }
        }
        ctx.dominantPlace = ctx.headingPlace != null ? headingTown(ctx) : argmax(named, order, 1);
        carryDates(ctx);
        roadAliases(ctx);
    }

    /**
     * The note's main place when it opens with a heading: the heading's place, unless the heading names a province or a
     * region and its sentence goes on to name one town and no other place ("North-West region: ... in the Ntarinkon
     * quarter of Bamenda; two gendarmes died", "Kurdistan province, Iran: ... clashed ... near Marivan"): the town.
     */
    private static String headingTown(ArticleContext ctx) {
        String heading = ctx.headingPlace;
        GeoMatch h = ctx.resolved.get(heading);
        PlaceKind kind = ctx.regionKinds.get(heading);
        if (kind == null && (h == null || h.fuzzy() || h.kind() != PlaceKind.ADMIN1)) {
            return heading;
        }
        Sentence s = ctx.sentences.get(0);
        int colon = 0;
        while (colon < s.size() && !s.lc(colon).equals(":")) {
            colon++;
        }
        String town = null;
        for (Places.Mention p : ctx.places.get(0)) {
            if (p.index() <= colon || p.country() || p.name().equals(heading) || ctx.quarterCity.containsKey(p)
                    || ctx.elsewhere.contains(p.name()) || origin(s, p.index())) {
                continue;
            }
            GeoMatch g = ctx.resolved.get(p.name());
            if (ctx.regions.contains(p.name()) || g != null && g.kind() != PlaceKind.CITY
                    || town != null && !town.equals(p.name())) {
                return heading; // a district or a second town: the heading's division holds them all
            }
            town = p.name();
        }
        return town != null ? town : heading;
    }

    /**
     * A town is never lost to its province: a province or district the text names ("near Kafr Nabl in Idlib",
     * "Salvatierra ... in Guanajuato") that, by the gazetteer's hierarchy, contains another place the text names
     * gives way to it wherever an event could be placed at either (not as the article's main place: a story about
     * Idlib that names a town once is still about Idlib). A name whose first reading is the seat town ("Idlib" the
     * city) is read as its division here when the division is what contains the other place.
     */
    private void enclosingDivisions(ArticleContext ctx) {
        for (Map.Entry<String, GeoMatch> d : ctx.resolved.entrySet()) {
            if (d.getValue().fuzzy()) {
                continue;
            }
            GeoMatch division = d.getValue();
            if (division.kind() == PlaceKind.CITY) {
                division = gazetteer.lookup(d.getKey(), PlaceKind.ADMIN1, division.place().country()).orElse(null);
            }
            if (division == null || division.fuzzy()
                    || division.kind() != PlaceKind.ADMIN1 && division.kind() != PlaceKind.ADMIN2) {
                continue;
            }
            for (Map.Entry<String, GeoMatch> t : ctx.resolved.entrySet()) {
                if (t != d && !t.getValue().fuzzy() && !PlaceNames.key(t.getKey()).equals(PlaceNames.key(d.getKey()))
                        && inside(t.getValue(), division)) {
                    ctx.enclosing.put(d.getKey(), division);
                    break;
                }
            }
        }
    }

    /** A headline run into its lead ("... at Cowsweyne - Al Shabaab fighters stormed ...") named the mention's name before the dash. */
    private static boolean namedBefore(Sentence s, List<Places.Mention> ps, Places.Mention p) {
        for (Places.Mention q : ps) {
            if (q == p) {
                return false;
            }
            if (q.name().equals(p.name())) {
                for (int k = q.end(); k < p.index(); k++) {
                    if (HEADLINE_DASHES.contains(s.lc(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> HEADLINE_DASHES = java.util.Set.of("-", "\u2013", "\u2014");

    /** A town or district that lies inside the division (a district inside its province). */
    static boolean inside(GeoMatch place, GeoMatch division) {
        Place p = place.place();
        Place d = division.place();
        if (division.kind() == PlaceKind.ADMIN1) {
            return (place.kind() == PlaceKind.CITY || place.kind() == PlaceKind.ADMIN2) && p.admin1() != null
                    && p.admin1().equals(d.admin1());
        }
        return division.kind() == PlaceKind.ADMIN2 && place.kind() == PlaceKind.CITY && p.admin2() != null
                && p.admin2().equals(d.admin2());
    }

    /**
     * A place name as the text writes it: a name the text calls a province or district ("Hajjah province", "Niger
     * state", "Hays district") is that division when the gazetteer has one in the country the name points to
     * anyway (or the name alone reads as a country); otherwise the name's usual reading.
     */
    private Optional<GeoMatch> resolve(ArticleContext ctx, String name, String bias) {
        Optional<GeoMatch> plain = gazetteer.lookup(name, null, bias);
        if (ctx.smallPlaces.contains(name) && plain.isPresent() && plain.get().kind() == PlaceKind.CITY
                && plain.get().population() >= 100_000 && (bias != null ? !plain.get().place().country().equals(bias)
                : !plain.get().place().name().equalsIgnoreCase(name))) {
            // "the village of Arika", "the Karama camp": no city of 100,000 abroad (Chile's Arica, Calama); with no
            // country in the words, a city's own name is the city's region ("air strikes kill 9 in Idlib village")
            return Optional.empty();
        }
        PlaceKind kind = ctx.regionKinds.get(name);
        if (kind == null) {
            return plain;
        }
        Optional<GeoMatch> division = gazetteer.lookup(name, kind, bias);
        if (division.isEmpty() || division.get().kind() != PlaceKind.ADMIN1 && division.get().kind() != PlaceKind.ADMIN2
                || division.get().fuzzy() && plain.isPresent()) {
            // "Soum province" with no province of that name known: a hamlet abroad bearing it is not the province (a
            // town of 10,000, "Beledweyne district", is the district's seat)
            // ... while a town of the country the words point to is the district's seat ("Andar district")
            return plain.filter(p -> p.kind() != PlaceKind.CITY || !p.fuzzy() && (p.population() >= 10_000
                    || bias != null && bias.equals(p.place().country())));
        }
        if (plain.isPresent() && plain.get().kind() != PlaceKind.COUNTRY && plain.get().population() >= 100_000
                && !java.util.Objects.equals(plain.get().place().country(), division.get().place().country())) {
            return plain; // "Beni territory" of Congo is not Bolivia's Beni department ("Lac province" is Chad's)
        }
        return division;
    }

    private static final java.util.Set<String> SMALL_PLACE_NOUNS = Lexicon.words("SMALL_PLACE_NOUNS");

    /** Region nouns of second-level divisions; the other region nouns name first-level ones. */
    private static final java.util.Set<String> ADMIN2_NOUNS = Lexicon.words("ADMIN2_NOUNS");

    /** Votes for the one country in which two or more of the text's place names have a reading, more than in any other. */
    private void jointReading(ArticleContext ctx, Map<String, Integer> countryScore) {
        Map<String, Integer> explained = new HashMap<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(ctx.placeFrequency.keySet());
        names.addAll(ctx.containers);
        for (String name : names) {
            Optional<GeoMatch> top = gazetteer.lookup(name, null, null);
            if (top.isPresent() && !top.get().fuzzy() && top.get().kind() == PlaceKind.CITY
                    && top.get().population() >= 500_000) {
                // a big city is read as itself: "Freetown" and "Wellington" are not a pair of small American towns
                explained.merge(top.get().place().country(), 1, Integer::sum);
                continue;
            }
            for (String cc : gazetteer.countriesOf(name)) {
                explained.merge(cc, 1, Integer::sum);
            }
        }
        String best = null;
        int most = 1;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : explained.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        String iso3 = best == null || tie ? null : Countries.iso3(best);
        if (iso3 != null) {
            countryScore.merge(iso3, 5 * most, Integer::sum);
        }
    }

    private static final java.util.regex.Pattern ROAD_CODE = java.util.regex.Pattern.compile("[A-Z]{1,2}-?[0-9]{1,3}");
    private static final java.util.Set<String> ROAD_NOUNS = Lexicon.words("ROAD_NOUNS", "ROUTE_NOUNS");

    /**
     * "the M-5 motorway, which connects Aleppo with the capital Damascus": a road code with the places a
     * sentence says it joins makes "Aleppo-Damascus" (either order) another name of that road ("M5").
     */
    private static void roadAliases(ArticleContext ctx) {
        for (Sentence s : ctx.sentences) {
            for (int j = 0; j + 1 < s.size(); j++) {
                // "M5" as one token, or "M", "-", "5" written together
                int i = j;
                String t = s.get(j).text();
                if (j + 3 < s.size() && s.lc(j + 1).equals("-") && s.get(j + 2).isNumber()
                        && s.get(j + 1).start() == s.get(j).end() && s.get(j + 2).start() == s.get(j + 1).end()) {
                    t = t + "-" + s.get(j + 2).text();
                    i = j + 2;
                }
                if (!ROAD_CODE.matcher(t).matches() || !ROAD_NOUNS.contains(s.lc(i + 1))) {
                    continue;
                }
                String code = t.replace("-", ""); // as place mentions write road codes: "M-5" is "M5"
                java.util.List<String> ends = new ArrayList<>();
                for (int k = i + 2; k < Math.min(s.size(), i + 16); k++) {
                    String x = s.lc(k);
                    if (x.equals(".") || x.equals(";")) {
                        break;
                    }
                    Countries.Entry e = Countries.lookup(x);
                    if (Places.capitalisedName(s.get(k)) && !Parties.isHead(s.get(k)) && !Dates.isCalendarWord(x)
                            && (e == null || e.kind() == Countries.Kind.CAPITAL) && x.length() > 2
                            && !ends.contains(s.get(k).text())) {
                        ends.add(s.get(k).text()); // "which connects Aleppo with the capital Damascus"
                    }
                }
                for (int a = 0; a < ends.size(); a++) {
                    for (int b = 0; b < ends.size(); b++) {
                        if (a != b) {
                            ctx.roadAliases.putIfAbsent(ends.get(a) + "-" + ends.get(b), code);
                        }
                    }
                }
            }
        }
    }

    private static final java.util.Set<String> REGION_NOUNS = Lexicon.words("DIVISION_NOUNS", "ZONE_NOUNS");
    private static final java.util.Set<String> DESTINATION_VERBS = Lexicon.words("DESTINATION_VERBS");
    private static final java.util.Set<String> DESTINATION_NOUNS = Lexicon.words("DESTINATION_NOUNS");

    private static final java.util.Set<String> LOSS_WORDS = Lexicon.words("LOSS_WORDS");

    /**
     * A photo caption ("... helicopter is launched by a missile in Idlib province, Syria, on Tuesday, February
     * 11, 2020") dates and places the loss it shows: a lost piece of equipment reported in the body takes the
     * full date (with its year, as captions write it) and the place of a caption naming the same kind of
     * equipment and its loss.
     */
    private static void captionAttributes(ArticleContext ctx) {
        for (Candidate c : ctx.events) {
            if (c.type != org.newswatch.contracts.EventType.EQUIPMENT_LOSS || c.equipment == null) {
                continue;
            }
            for (Sentence cs : ctx.sentences) {
                if (cs.index() == c.sentence.index()) {
                    continue;
                }
                DateMention full = null;
                for (DateMention d : ctx.dates.get(cs.index())) {
                    if (d.kind() == DateMention.Kind.DAY && hasYear(cs, d)) {
                        full = d;
                    }
                }
                if (full == null) {
                    continue;
                }
                boolean same = false;
                boolean loss = false;
                for (int k = 0; k < cs.size(); k++) {
                    same |= Lexicon.EQUIPMENT.get(cs.lc(k)) == c.equipment && c.equipment != org.newswatch.contracts.Equipment.OTHER;
                    loss |= LOSS_WORDS.contains(cs.lc(k));
                }
                if (!same || !loss) {
                    continue;
                }
                c.date = full.date();
                c.dateStrength = Candidate.DATE_STATED;
                for (Places.Mention p : ctx.places.get(cs.index())) {
                    if (!p.country()) {
                        c.location = p.name();
                        c.locationStated = true;
                        c.specificity = 1;
                        break;
                    }
                }
                break;
            }
        }
    }

    private static boolean hasYear(Sentence s, DateMention d) {
        for (int k = d.start(); k < d.end(); k++) {
            if (Numbers.yearToken(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** "MOSCOW (Reuters) -", "NAIROBI, June 5 (Reuters) -": the place a report is filed from, in capitals. */
    /**
     * The place a monitor's note opens with, before a colon: "Daraa al-Balad: former opposition fighters attacked a
     * checkpoint at the Saraya roundabout", "Jarablus, Aleppo countryside: a car bomb went off near the Dawwar al-Saaa
     * roundabout". Like a dateline, the town the sites of the note are in; null when the note opens otherwise.
     */
    static String headingPlace(Sentence s) {
        return headingPlace(s, false);
    }

    /**
     * The place of a heading that {@link #headingPlace(Sentence)} reads, or (with {@code dated}) of a note's dated
     * heading too: "El Fasher, North Darfur, 27/06/2024: RSF shells fell on a market", "Hama | 14.05.2019 | jets
     * struck the city's market".
     */
    static String headingPlace(Sentence s, boolean dated) {
        int k = 0;
        while (k < s.size() && k < 5 && (Places.capitalisedName(s.get(k)) || k > 0 && Places.particleInName(s, k))) {
            k++;
        }
        if (k == 0 || !capitalOrNone(s.lc(0)) || Places.STORM_NOUNS.contains(s.lc(0))) {
            return null; // ... and "Storm Daniel: two dams burst above Derna" is a storm's name
        }
        String name = s.get(0).text();
        for (int j = 1; j < k; j++) {
            name = name + " " + s.get(j).text();
        }
        if (Places.HEADING_LABELS.contains(s.lc(k - 1))) {
            return null; // "Regional Overview: Sahel, 11-17 June": a report's label
        }
        for (int j = 0; j < k; j++) {
            if (Parties.isHead(s.get(j)) && Countries.lookup(s.lc(j)) == null
                    || ArmedGroups.single(s.get(j)) != null) {
                return null; // "Army: 6 NPA rebels killed", "Police: two officers shot": who says it, not where
            }
        }
        if (!capitalOrNone(name.toLowerCase(Locale.ROOT))) {
            return null; // "Burkina Faso: dozens killed in attack on Barsalogho": a country says where only roughly
        }
        if (dated && Places.headingDash(s, k) > 0) {
            return name;
        }
        for (int j = k; j < s.size() && j - k <= 5; j++) {
            String x = s.lc(j);
            if (x.equals(":")) {
                return name;
            }
            if (!(x.equals(",") || Places.capitalisedName(s.get(j)) || Places.COUNTRYSIDE.contains(x)
                    || REGION_NOUNS.contains(x) || Places.particleInName(s, j))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The end of a site the name at {@code p} owns, "Quetta's main railway station": a possessive, up to three
     * lower-case words and a site's noun; -1 when none.
     */
    static int possessedSite(Sentence s, Places.Mention p) {
        if (!s.lc(p.end()).equals("'s")) {
            return -1;
        }
        for (int k = p.end() + 1; k < s.size() && k - p.end() <= 4; k++) {
            Token t = s.get(k);
            if (!t.isWord() || t.capitalised()) {
                return -1;
            }
            if (Places.SITE_NOUNS.contains(t.lc())) {
                return k + 1;
            }
        }
        return -1;
    }

    /** The sentence names a place other than its heading's (and than a country). */
    private static boolean namesAnotherPlace(List<Places.Mention> ps, String heading) {
        for (Places.Mention p : ps) {
            if (!p.country() && !p.name().equals(heading)) {
                return true;
            }
        }
        return false;
    }

    /** Every place the sentence names after its heading's is a site: "near the Kawa roundabout", "at the Mira market". */
    private static boolean sitesOnly(Sentence s, List<Places.Mention> ps) {
        boolean any = false;
        for (int k = 1; k < ps.size(); k++) {
            Places.Mention q = ps.get(k);
            if (!q.country() && !q.admin()) {
                if (!site(s, q)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * A heading place the gazetteer does not read as a look-alike spelling, and, written in capitals, one it knows as a
     * division or a town of 1,000 people ("HOMS:"): "Hengaw:" (a rights group read as a Chinese village), "ISPR:",
     * "LIVE:" and "MINUSCA:" (a source or a label) place nothing. A name the data lacks in ordinary case ("Sahl
     * al-Ghab:") stays the note's place.
     */
    private String knownHeading(String name, String bias) {
        if (name == null) {
            return null;
        }
        Optional<GeoMatch> g = gazetteer.lookup(name, null, bias);
        if (g.isPresent() && g.get().fuzzy()) {
            return null;
        }
        boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
        return !capitals || g.isPresent() && (g.get().kind() != PlaceKind.CITY || g.get().population() >= 1000) ? name : null;
    }

    /** No country's name or people's (a capital, "Tripoli: heavy clashes broke out", is a town). */
    private static boolean capitalOrNone(String lc) {
        Countries.Entry e = Countries.lookup(lc);
        return e == null || e.kind() == Countries.Kind.CAPITAL;
    }

    /**
     * The title's say on the setting, read before the text ("Burkina Faso daily note, 9-10 July", "Shelling kills two
     * in northern Rakhine"): its countries, parties and place names vote as the text's do; it gives no events, and
     * its places are none of the article's places.
     */
    private static void titleVotes(ArticleContext ctx, Map<String, Integer> countryScore,
            Map<String, Integer> firstSeen) {
        for (Sentence s : ctx.titleSentences) {
            List<Places.Mention> ps = Places.find(s);
            for (Places.Mention p : ps) {
                if (!p.country()) {
                    ctx.titlePlaces.add(p.name());
                    continue;
                }
                Countries.Entry e = Countries.lookup(p.name().toLowerCase(Locale.ROOT));
                int vote = e == null ? 0 : countryNameVote(s, p);
                if (vote > 0) {
                    ctx.named.add(e.iso3());
                    firstSeen.putIfAbsent(e.iso3(), firstSeen.size());
                    countryScore.merge(e.iso3(), vote, Integer::sum);
                }
            }
            votePartyCountries(ctx, s, Parties.mentions(s), ps, countryScore, firstSeen);
            settingMentions(s, countryScore);
        }
    }

    /**
     * What a country's name votes for the setting: nothing as a destination ("fled to Bangladesh") or an origin, 1 as
     * the owner of a defence or foreign ministry that speaks, a little in a dateline ("MOSCOW (Reuters) -", where the
     * reporter files from), a list of countries or a border, much otherwise.
     */
    private static int countryNameVote(Sentence s, Places.Mention p) {
        return destination(s, p.index()) || origin(s, p.index()) ? 0
                : ministry(s, p) ? 1
                : dateline(s, p.index()) || countryList(s, p.index(), p.end()) || borderWith(s, p.index()) ? 3 : 15;
    }

    /**
     * The article's title to read before its text, or null: none, blank, or the text's own first words already.
     */
    static String titleToRead(String title, String text) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        return text.stripLeading().regionMatches(true, 0, t, 0, t.length()) ? null : t;
    }

    /** The setting votes of the parties a sentence names (a named group's country counts more than a demonym). */
    private static void votePartyCountries(ArticleContext ctx, Sentence s, List<Party> ms, List<Places.Mention> ps,
            Map<String, Integer> countryScore, Map<String, Integer> firstSeen) {
        for (Party m : ms) {
            if (m.country() != null) {
                if (m.explicit()) {
                    ctx.named.add(m.country());
                }
                firstSeen.putIfAbsent(m.country(), firstSeen.size());
                // a named armed group ("Houthi", "Boko Haram") belongs to its country's conflict
                // ... while a foreign force named as a group ("Wagner fighters") says nothing of the setting
                ArmedGroups.Group g = m.explicit() ? groupNamed(s, m) : null;
                boolean group = g != null;
                if (ledBy(s, m)) {
                    continue; // "a Saudi-led coalition" fights abroad
                }
                if (accordingTo(s, m.start())) {
                    continue; // "..., according to the Turkish Interior Ministry": who reports it, not where
                }
                if (Clauses.inRelativeClause(s, m.start())) {
                    // "in Al-Mayadin city, which is held by regime forces and Iranian militias": who holds it; "a member
                    // of the committee that negotiated the settlement with the Russians": who they dealt with
                    continue;
                }
                // ... and a weapon's country ("a Ukrainian drone struck a car in Shebekino") is the attacker's
                boolean weapon = m.head() >= 0 && Roles.WEAPONS.contains(s.lc(m.head()));
                countryScore.merge(m.country(), group ? (Roles.REB.equals(m.role()) || !g.abroad() ? 6 : 0)
                        : weapon ? 0 : 1, Integer::sum);
            }
            if (m.sponsor() != null) {
                countryScore.merge(m.sponsor(), -10, Integer::sum);
            }
        }
    }

    /** "according to the Turkish Interior Ministry": who reports it, which says nothing of where. */
    static boolean accordingTo(Sentence s, int i) {
        for (int k = i - 1; k >= 1 && i - k <= 3; k--) {
            if (s.lc(k).equals("to") && s.lc(k - 1).equals("according")) {
                return true;
            }
            if (!(s.lc(k).equals("the") || s.get(k).capitalised())) {
                return false;
            }
        }
        return false;
    }

    private static boolean dateline(Sentence s, int i) {
        if (i != 0) {
            return false;
        }
        String t = s.get(0).text();
        if (t.length() < 3 || !t.equals(t.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String next = s.lc(1);
        if (s.size() > 2 && s.get(1).isWord() && s.get(1).text().length() > 1 && PLACE_WORDS_IN_DATELINES.contains(next)
                && s.get(1).text().equals(s.get(1).text().toUpperCase(Locale.ROOT))) {
            next = s.lc(2); // "KUNDUZ CITY (Pajhwok):": the town's dateline with its noun
        }
        return next.equals("(") || next.equals(",") || next.equals("-") || next.equals("\u2014") || next.equals("\u2013");
    }

    /** Nouns a dateline writes after its town's name: "KUNDUZ CITY (Pajhwok):". */
    private static final java.util.Set<String> PLACE_WORDS_IN_DATELINES = Places.placeWords("DATELINE_TOWN_NOUNS");

    /**
     * "with help from the United States, Britain and Jordan", "talks between Russia, Turkey and Iran": a country
     * in a list of countries is one of several parties abroad, seldom where the story happens.
     */
    static boolean countryList(Sentence s, int start, int end) {
        int[] len = new int[1];
        if (end + 1 < s.size() && (s.lc(end).equals(",") || s.lc(end).equals("and"))) {
            Countries.Entry next = Parties.countryAt(s, end + 1, len);
            if (next != null && next.kind() == Countries.Kind.NAME) {
                return true;
            }
        }
        if (start >= 2 && (s.lc(start - 1).equals(",") || s.lc(start - 1).equals("and"))) {
            for (int k = start - 2; k >= 0 && start - 1 - k <= 3; k--) {
                Countries.Entry prev = Parties.countryAt(s, k, len);
                if (prev != null && prev.kind() == Countries.Kind.NAME && k + len[0] == start - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "near the border with Burkina Faso", "on the Jordanian border": the neighbour, not the setting. */
    static boolean borderWith(Sentence s, int i) {
        return i >= 2 && (s.lc(i - 1).equals("with") || s.lc(i - 1).equals("from")) && s.lc(i - 2).equals("border");
    }

    /**
     * "militants who crossed from Somalia", "rockets fired from Gaza", "armed youths from neighbouring Unity state",
     * "YPG fighters from Qamishli": where the attackers or their fire came from, not where they struck nor the
     * setting. A civilian's home town ("a young man from Tafas was found dead") is where monitors place the death.
     */
    static boolean origin(Sentence s, int i) {
        int k = i - 1;
        while (k > 0 && i - k <= 3 && (ORIGIN_FILLERS.contains(s.lc(k)) || COMPASS.contains(s.lc(k)))) {
            k--;
        }
        if (k <= 0 || !s.lc(k).equals("from")) {
            return false;
        }
        String before = s.lc(k - 1);
        if (ORIGIN_VERBS.contains(before) || firedFrom(s, k)) {
            return true;
        }
        if (!Parties.isHead(s.get(k - 1))) {
            return false;
        }
        for (int j = k - 2; j >= 0 && k - j <= 4; j--) {
            if (EVACUATION_VERBS.contains(s.lc(j))) {
                return false; // "while evacuating soldiers from Nasir": where the people were taken away from
            }
        }
        String role = Roles.headRole(before);
        return !Roles.CVL.equals(role) && !Roles.REF.equals(role) || ARMED.contains(s.lc(k - 2));
    }

    private static final java.util.Set<String> ORIGIN_FILLERS = Lexicon.words("ORIGIN_FILLERS");
    /** Verbs of taking people away from a place: "evacuating wounded soldiers from", "airlifted the crew from". */
    private static final java.util.Set<String> EVACUATION_VERBS = Places.placeWords("EVACUATION_VERBS");
    private static final java.util.Set<String> ARMED = Lexicon.words("ARMED_MODIFIERS");

    private static final java.util.Set<String> ORIGIN_VERBS = Lexicon.words("ORIGIN_VERBS");

    /**
     * A place the text names only as where fire came from, a journey's ends or a heading, not where the event
     * happened: "SDF fire from Tal Tamr hit Bab al-Khayr", "missiles fired from a submarine in the Black Sea struck
     * Vinnytsia", "a bus travelling from Nairobi to Kakamega", "pushed on toward the M5 highway".
     */
    static boolean elsewhere(Sentence s, int i) {
        int from = -1;
        for (int k = i - 1; k >= 0 && i - k <= 6; k--) {
            String x = s.lc(k);
            if (x.equals("from")) {
                from = k;
                break;
            }
            if (!(x.equals("the") || x.equals("a") || x.equals("an") || x.equals("in") || x.equals("of")
                    || s.get(k).isWord() && !s.get(k).capitalised() && !Lexicon.SPEECH.contains(x))
                    || LANDING_VERBS.contains(x)) {
                break; // "rockets fired from the north fell on Sderot": where they fell is no origin
            }
        }
        if (from > 0 && (firedFrom(s, from) || from == i - 1 && journeyFrom(s, from))) {
            return true;
        }
        String prev = s.lc(i - 1).equals("the") ? s.lc(i - 2) : s.lc(i - 1);
        if (prev.equals("toward") || prev.equals("towards") || fledTo(s, i)) {
            return true; // ... and "seven soldiers were killed, and residents fled to Ibo island": not where they died
        }
        // "from Nairobi to Kakamega": the far end of a journey that starts at another place
        if (prev.equals("to") && i >= 3 && firedFrom(s, i - 3)) {
            return true;
        }
        int k = i - 2;
        while (k > 0 && i - k <= 5 && (Places.capitalisedName(s.get(k)) || Places.particleInName(s, k))) {
            k--;
        }
        return prev.equals("to") && k < i - 2 && k > 0 && s.lc(k).equals("from") && journeyFrom(s, k);
    }

    /**
     * "a bus carrying about 55 passengers from Kishtwar to Jammu skidded off the road near Assar": a name after "from"
     * and another after "to" are a journey's two ends, where nothing happened; not after a verb of flight ("fled from
     * Sinja to Gedaref": where they fled from is the flight's place).
     */
    private static boolean journeyFrom(Sentence s, int from) {
        int k = from + 1;
        while (k < s.size() && k - from <= 5 && (Places.capitalisedName(s.get(k)) || Places.particleInName(s, k))) {
            k++;
        }
        if (k == from + 1 || k + 1 >= s.size() || !s.lc(k).equals("to") || !Places.capitalisedName(s.get(k + 1))) {
            return false;
        }
        for (int j = from - 1; j >= 0 && from - j <= 4; j--) {
            if (DESTINATION_VERBS.contains(s.lc(j)) || Lexicon.FLED_FORMS.contains(s.lc(j))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> FIRED_FROM = Lexicon.words("FIRED_FROM");
    /** Verbs of what falls on or hits a place: "fell", "landed", "hit", "struck". */
    private static final java.util.Set<String> LANDING_VERBS = Places.placeWords("LANDING_VERBS");

    /** The "from" at {@code k} follows fire or a journey: "missiles fired from", "a bus travelling from". */
    static boolean firedFrom(Sentence s, int k) {
        return s.lc(k).equals("from") && FIRED_FROM.contains(s.lc(k - 1));
    }

    /** "to Bangladesh" after a verb of flight: where people went, not where the events were. */
    static boolean destination(Sentence s, int i) {
        int at = i - 1;
        while (at > 0 && i - at <= 5 && (DESTINATION_NOUNS.contains(s.lc(at))
                || Places.DIVISION_CAPITAL_MODIFIERS.contains(s.lc(at)))) {
            at--; // "fled towards the Chadian border town of Adre", "to the provincial capital Pemba"
        }
        String prev = s.lc(at);
        if (!Lexicon.TOWARD_WORDS.contains(prev)) {
            return false;
        }
        // "had fled Sinja and nearby villages since Saturday, many of them to Gedaref": the flight's verb before the
        // part of its people that went there
        int reach = s.lc(at - 1).equals("them") && s.lc(at - 2).equals("of") ? 16 : 6;
        for (int k = at - 1; k >= 0 && at - k <= reach; k--) {
            if (DESTINATION_VERBS.contains(s.lc(k))) {
                return true;
            }
        }
        return false;
    }

    /** "residents fled to the mangroves and to Ibo island": where people fled to, by a verb of flight. */
    private static boolean fledTo(Sentence s, int i) {
        if (!destination(s, i)) {
            return false;
        }
        for (int k = i - 1; k >= 0 && i - k <= 12; k--) {
            if (Lexicon.FLED_FORMS.contains(s.lc(k)) && !s.lc(k).equals("left")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Fatalities: 2." closing an event note (ACLED's style) counts the dead of the note's one killing when
     * the text gives that killing no figure ("killed a village chief and his son").
     */
    private static void fatalitiesLine(ArticleContext ctx) {
        Long n = null;
        for (Sentence s : ctx.sentences) {
            for (int k = 0; k + 2 < s.size(); k++) {
                if (s.lc(k).equals("fatalities") && s.lc(k + 1).equals(":")) {
                    Amount a = Numbers.parse(s, k + 2);
                    n = a != null && a.hasCount() && a.qualifier() == org.newswatch.contracts.Qualifier.EXACT
                            ? a.count() : null;
                }
            }
        }
        if (n == null || n <= 0) {
            return;
        }
        Candidate only = null;
        for (Candidate c : ctx.events) {
            if (c.type == EventType.KILLED) {
                if (only != null && !only.key().equals(c.key())) {
                    return; // two killings: whose dead the line counts, the note does not say
                }
                only = c;
            }
        }
        if (only != null && only.count == null && only.vague == null) {
            for (Candidate c : ctx.events) {
                if (c.type == EventType.KILLED) {
                    c.count = n;
                    c.qualifier = org.newswatch.contracts.Qualifier.EXACT;
                }
            }
        }
    }

    /** A place another place is said to lie in: "Bafut (Mezam, North-West)", "the town of Nawa in Dar'a". */
    private static boolean container(Sentence s, Places.Mention p, List<Places.Mention> ps) {
        if (Places.bracketed(s, p.index())) {
            return true;
        }
        if (s.lc(p.end()).equals("city")) {
            return false; // "al-Rawdah in Taiz city": the city is the town, its part is not
        }
        boolean placeBefore = false;
        for (Places.Mention q : ps) {
            if (!q.country() && q.end() <= p.index() && q != p) {
                placeBefore = true;
                if (q.end() == p.index() - 1 && s.lc(p.index() - 1).equals("in") && !site(s, q)) {
                    return true; // "the town of Nawa in Dar'a" (not "the Hayat hotel in Mogadishu": a site in its town)
                }
                if (q.end() == p.index() - 2 && s.lc(p.index() - 2).equals("in") && COMPASS.contains(s.lc(p.index() - 1))
                        && !site(s, q)) {
                    return true; // "the town of Ain Issa in northern Raqqa"
                }
                if (q.end() == p.index() - 2 && s.lc(p.index() - 1).equals("in") && SMALL_PLACE_NOUNS.contains(s.lc(q.end()))) {
                    return true; // "Widhu village in Lamu County", "Kanan village in Khampat township"
                }
                if (REGION_NOUNS.contains(s.lc(p.end())) && inThe(s, q.end(), p.index())) {
                    return true; // "between Boni and Hombori in the Mopti region", "in the northern Tillaberi region"
                }
            }
        }
        int k = p.index() - 1;
        if (Places.countryside(s, p)) {
            // "Jasim city in the northern countryside of Daraa", "Abu Rasin in the Hasakah countryside", and the
            // countryside before its towns: "advanced in the countryside of Hama, capturing Kafr Nabudah", "raids on
            // the southern Idlib countryside, mostly around Maarat al-Numan"
            // ... not a landmark after it ("the desert of al-Salamiyah east of Hama")
            return placeBefore || ps.stream().anyMatch(q -> !q.country() && q.index() >= p.end()
                    && !Places.landmark(s, q.index()));
        }
        if (placeBefore && (REGION_NOUNS.contains(s.lc(p.end())) || Lexicon.ADMIN_ABBREVIATIONS.contains(s.lc(p.end())))
                && s.lc(k).equals(",")) {
            return true; // "Kawuri, Konduga LGA, Borno state", "Turbat, Kech district"
        }
        if (s.lc(k).equals("of") && Places.placeNoun(s.lc(k - 1)) && !TOWN_PARTS.contains(s.lc(k - 1)) && placeBefore) {
            for (Places.Mention q : ps) {
                if (!q.country() && q != p && q.end() == k - 1) {
                    return true; // "the al-Hamdaniya neighbourhood of Aleppo city", "the Tirah valley of Khyber district"
                }
            }
        }
        if (s.lc(k).equals(",") && Places.follows(s, k, ps, REGION_NOUNS) && !listAhead(s, p.end())) {
            return true; // "in Barangay Bato-Bato, Indanan, Sulu", "Uvira, South Kivu": the areas around the place
        }
        // "on the road between al-Yadudah and Daraa al-Balad": the event is placed at the first end
        return s.lc(k).equals("and") && roadEnd(s, k, ps);
    }

    /** Tokens from..to are "in the", maybe with a compass word ("in the northern"). */
    private static boolean inThe(Sentence s, int from, int to) {
        if (to - from < 2 || to - from > 3 || !s.lc(from).equals("in") || !s.lc(from + 1).equals("the")) {
            return false;
        }
        return to - from == 2 || SKIPPABLE_BEFORE_TOWN.contains(s.lc(from + 2));
    }

    /** Nouns of the parts of a town. */
    private static final java.util.Set<String> TOWN_PARTS = Lexicon.words("TOWN_PARTS");

    /** "the Tayouneh area of Beirut", "the al-Hamdaniya neighbourhood of Aleppo city": a part of the town after it. */
    /** A named site: "the Hayat hotel", "Lhubiriha secondary school", "the Litoral penitentiary". */
    static boolean site(Sentence s, Places.Mention q) {
        String last = q.name().substring(q.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return Places.SITE_NOUNS.contains(last) || Places.SITE_NOUNS.contains(s.lc(q.end()));
    }

    /** The capitalised name at {@code from} is a town the gazetteer knows as written. */
    private boolean knownTown(Sentence s, int from) {
        int end = nameEnd(s, from);
        if (end == from) {
            return false;
        }
        StringBuilder b = new StringBuilder(s.get(from).text());
        for (int k = from + 1; k < end; k++) {
            b.append(' ').append(s.get(k).text());
        }
        return gazetteer.lookup(b.toString(), PlaceKind.CITY, null)
                .filter(g -> !g.fuzzy() && g.kind() == PlaceKind.CITY).isPresent();
    }

    /** The index after the capitalised name that starts at {@code from}. */
    private static int nameEnd(Sentence s, int from) {
        int k = from;
        while (k < s.size() && k - from < 5 && (Places.capitalisedName(s.get(k)) || k > from && Places.particleInName(s, k))) {
            k++;
        }
        return k;
    }

    /**
     * The index after the site's noun that follows a name ("the Hayat hotel", "the Pezu police station": one lower-case
     * modifier before the noun), or the mention's end when none follows.
     */
    private static int siteEnd(Sentence s, Places.Mention q) {
        int k = q.end();
        if (Places.SITE_NOUNS.contains(s.lc(k))) {
            return k + 1;
        }
        Token t = k < s.size() ? s.get(k) : null;
        return t != null && t.isWord() && !t.capitalised() && Places.SITE_NOUNS.contains(s.lc(k + 1))
                && !Places.placeNoun(s.lc(k)) ? k + 2 : q.end();
    }

    private static boolean partOfTown(Sentence s, Places.Mention p) {
        int k = p.end();
        if (s.lc(k).equals("and")) {
            int j = k + 1;
            while (j < s.size() && j - k <= 4 && (Places.capitalisedName(s.get(j)) || Places.particleInName(s, j))) {
                j++; // "the al-Hamdaniyah and New Aleppo neighbourhoods of Aleppo city": both are parts
            }
            if (j > k + 1 && TOWN_PARTS.contains(s.lc(j))) {
                k = j;
            }
        }
        if (s.lc(k).equals("district") || s.lc(k).equals("districts")) {
            k++; // "the al-Mashlab district of Raqqa city": a district of a city, when the text says it is one
        }
        if (k + 2 < s.size() && (s.lc(k).equals("in") || s.lc(k).equals("of")) && Places.capitalisedName(s.get(k + 1))
                && (s.lc(k + 2).equals("city") || Places.capitalisedName(s.get(k + 2)) && s.lc(k + 3).equals("city"))) {
            return true; // "al-Rawdah in Taiz city", "the al-Mashlab district of Raqqa city"
        }
        if (!TOWN_PARTS.contains(s.lc(k))) {
            k = p.end();
        }
        if (TOWN_PARTS.contains(s.lc(k)) && COMPASS.contains(s.lc(k + 1)) && s.lc(k + 2).equals("of")
                && Places.capitalisedName(s.get(k + 3)) && s.lc(k + 4).equals("city")) {
            return true; // "the al-Rawdah neighborhood east of Taiz city"
        }
        return k + 2 < s.size() && TOWN_PARTS.contains(s.lc(k)) && (s.lc(k + 1).equals("of")
                || s.lc(k + 1).equals("in") && !s.lc(k).equals("area")) // "al-Hamdaniyah neighbourhood in Aleppo city"
                && (Places.capitalisedName(s.get(k + 2)) || SKIPPABLE_BEFORE_TOWN.contains(s.lc(k + 2)));
    }

    private static final java.util.Set<String> SKIPPABLE_BEFORE_TOWN = Lexicon.words("SKIPPABLE_BEFORE_TOWN");
    private static final java.util.Set<String> COMPASS = Lexicon.words("COMPASS");

    /** "Ain Daqna, Shawargha and Marenaz": the names go on to an "and" and another name, a list, not areas. */
    private static boolean listAhead(Sentence s, int from) {
        for (int k = from; k < s.size() && k - from < 12; k++) {
            String x = s.lc(k);
            if (x.equals("and") || x.equals("or")) {
                return k + 1 < s.size() && Places.capitalisedName(s.get(k + 1));
            }
            if (!(x.equals(",") || Places.capitalisedName(s.get(k)) || Places.particleInName(s, k))) {
                return false;
            }
        }
        return false;
    }


    /** True when the "and" at {@code and} joins the two ends of "the road between (linking) E and F". */
    private static boolean roadEnd(Sentence s, int and, List<Places.Mention> ps) {
        for (Places.Mention q : ps) {
            // ... and "the road between Idlib city and Binnish": the first end named with its place noun
            boolean ends = q.end() == and || q.end() + 1 == and && Places.placeNoun(s.lc(q.end()));
            if (ends && Places.ROAD_LINKS.contains(s.lc(q.index() - 1))) {
                for (int k = q.index() - 2; k >= 0 && q.index() - k <= 4; k--) {
                    String x = s.lc(k);
                    if (Lexicon.ROAD_WORDS.contains(x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean ledBy(Sentence s, Party m) {
        for (int k = Math.max(0, m.start()); k < Math.min(s.size(), m.end()); k++) {
            if (s.lc(k).endsWith("-led")) {
                return true;
            }
        }
        return false;
    }

    /** The named armed group the party phrase contains, or null. */
    private static ArmedGroups.Group groupNamed(Sentence s, Party m) {
        int[] len = new int[1];
        for (int k = Math.max(0, m.start()); k < Math.min(s.size(), m.end()); k++) {
            ArmedGroups.Group g = ArmedGroups.at(s, k, len);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /**
     * The setting of the story weighs more than its actors: "the Syrian province of", "Syria's Idlib",
     * "Syrian villages" place the story in the country, while "Turkish troops" only name a party.
     */
    private static void settingMentions(Sentence s, Map<String, Integer> score) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.get(i).capitalised()) {
                continue;
            }
            Countries.Entry e = Countries.lookup(s.lc(i));
            if (e == null) {
                continue;
            }
            String next = s.lc(i + 1);
            if (e.kind() == Countries.Kind.NAME && !(i > 0 && Parties.STOP.contains(s.lc(i - 1)) && !s.lc(i - 1).equals("and"))
                    && !countryList(s, i, i + 1)
                    && !dateline(s, i) && !s.lc(i - 2).equals("border") && !s.lc(i - 3).equals("border")
                    && !(i >= 2 && s.lc(i - 1).equals("and") && Parties.STOP.contains(s.lc(i - 3)))) {
                // a country as a subject or object, not after a preposition ("from Iran", "with Mali": places
                // already weighed) nor as a modifier ("U.S. Central Command")
                score.merge(e.iso3(), 4, Integer::sum); // "Azerbaijan says", "Armenia and Azerbaijan agreed"
            }
            if (e.kind() == Countries.Kind.NAME && next.equals("'s") && i + 2 < s.size()
                    && Places.capitalisedName(s.get(i + 2)) && Countries.lookup(s.lc(i + 2)) == null
                    && !namesABody(s, i + 2) // "Iran's Revolutionary Guards struck Koya": its forces, not a place of it
                    || e.kind() == Countries.Kind.DEMONYM && SETTING_NOUNS.contains(next)) {
                score.merge(e.iso3(), 15, Integer::sum);
            }
        }
    }

    /** Capitalised words from {@code from} that end in a party's head: "Revolutionary Guards", "Quds Force". */
    private static boolean namesABody(Sentence s, int from) {
        for (int k = from; k < s.size() && k - from < 4 && Places.capitalisedName(s.get(k)); k++) {
            if (Parties.isHead(s.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SETTING_NOUNS = Lexicon.words("SETTING_NOUNS");

    private static String argmax(Map<String, Integer> scores, Map<String, Integer> order, int min) {
        String best = null;
        int bestScore = min - 1;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore || e.getValue() == bestScore && best != null
                    && (order.getOrDefault(e.getKey(), 1000) < order.getOrDefault(best, 1000)
                    || order.getOrDefault(e.getKey(), 1000).equals(order.getOrDefault(best, 1000)) && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    /**
     * The day each sentence carries: the last day it states, else the previous sentence's, for a few sentences
     * of narration (headings in between do not count).
     */
    private static void carryDates(ArticleContext ctx) {
        LocalDate carried = null;
        int age = 0;
        for (int i = 0; i < ctx.sentences.size(); i++) {
            LocalDate stated = null;
            boolean statedTold = false;
            Sentence sen = ctx.sentences.get(i);
            for (DateMention d : ctx.dates.get(i)) {
                boolean told = d.kind() == DateMention.Kind.DAY && tellingDay(sen, d);
                if (d.kind() == DateMention.Kind.DAY && EventAttributes.periodStartDay(sen, d)) {
                    continue; // "... have fled since the invasion began on Feb. 24": a period's start, not the story's day
                }
                if (d.kind() == DateMention.Kind.DAY && !relativeClauseDay(sen, d) && !(stated != null && !statedTold && told)) {
                    // ... but "Police said Wednesday that gunmen killed 7 villagers Monday": the deed's day after a told one
                    statedTold = told;
                    stated = d.date();
                } else if (d.kind() == DateMention.Kind.RELATIVE && d.offset() != 0 && carried != null) {
                    stated = carried.plusDays(d.offset());
                }
            }
            if (stated != null) {
                carried = stated;
                age = 0;
            } else if (!sen.heading()) {
                // a heading (a crosshead, a related story's title) is not narration: it does not age the day
                age++;
                if (age > 3) {
                    carried = null;
                }
            }
            ctx.carried.add(carried);
        }
    }

    /**
     * "Gunmen killed 39 civilians on Tuesday, the government said in a statement read on state television on
     * Thursday": a day after a word of telling, in a sentence that stated the deed's day before it, is the day it was
     * told; the next sentences go on with the deed's day.
     */
    static boolean tellingDay(Sentence s, DateMention d) {
        for (int k = d.start() - 1; k >= 0 && d.start() - k <= 8; k--) {
            String x = s.lc(k);
            if (Lexicon.SPEECH.contains(x) || TELLING_NOUNS.contains(x)) {
                return true;
            }
            if (CLAUSE_JOINERS.contains(x) || x.equals("that") || Lexicon.ATTACK_VERBS.contains(x)
                    || Lexicon.KILL_VERBS.contains(x)) {
                return false; // "..., police said, and on Tuesday they attacked Kawa", "said in a statement that gunmen
                // attacked a convoy on Wednesday": a deed's day
            }
        }
        return false;
    }

    private static final java.util.Set<String> TELLING_NOUNS = Lexicon.words("TELLING_NOUNS");
    private static final java.util.Set<String> CLAUSE_JOINERS = Lexicon.words("CLAUSE_JOINERS");

    /** "an operation that began on Aug. 6": the day of a backgrounded clause is not the story's day. */
    private static boolean relativeClauseDay(Sentence s, DateMention d) {
        for (int k = d.start() - 1; k >= 0 && d.start() - k <= 4; k--) {
            String x = s.lc(k);
            if (Lexicon.CLAUSE_RELATIVES.contains(x)) {
                // ... not "wishes to inform the public that on 24/06/2021 ... armed men attacked": a clause that opens
                // on its day is the statement's news
                return !(x.equals("that") && (k + 1 == d.start() || k + 2 == d.start() && s.lc(k + 1).equals("on")));
            }
            if (x.equals(",") || x.equals(".")) {
                return false;
            }
        }
        return false;
    }

    private ExtractedEvent toEvent(Candidate c, Article article, String text, ArticleContext ctx) {
        Place place = null;
        if (c.location != null) {
            String near = sentenceCountry(ctx, c.sentence);
            String bias = Countries.iso2(near != null ? near : ctx.conflictCountry);
            // a province the text places another of its places in is the province ("Idlib", not Idlib city)
            GeoMatch division = ctx.enclosing.get(c.location);
            if (division == null && countrysideAt(ctx, c)) {
                // "attacked a checkpoint in Daraa northern countryside": the rural area around the town, which the
                // province of its name holds (a place another report names there, "Inkhil", lies inside it)
                GeoMatch town = ctx.resolved.get(c.location);
                division = town == null || town.fuzzy() || town.kind() != PlaceKind.CITY ? null
                        : gazetteer.lookup(c.location, PlaceKind.ADMIN1, town.place().country())
                        .filter(g -> !g.fuzzy() && g.kind() == PlaceKind.ADMIN1
                                && g.place().country().equals(town.place().country()))
                        .orElse(null);
            }
            GeoMatch cached = division != null ? division : near == null ? ctx.resolved.get(c.location) : null;
            if (cached != null && bias != null && !bias.equals(cached.place().country())) {
                cached = null;
            }
            if (cached != null) {
                place = cached.place();
            } else {
                Optional<GeoMatch> g = resolve(ctx, c.location, bias);
                place = g.map(GeoMatch::place).orElse(new Place(c.location, bias, null, null));
                if (bias != null && !bias.equals(place.country()) && g.get().population() >= 0
                        && (g.get().population() < 100_000 || g.get().population() < 1_000_000
                        && !ctx.named.contains(Countries.iso3(place.country())))
                        && (near != null || settingElsewhere(ctx, place.country()))) {
                    // "Solhan in northern Burkina Faso", "Lido Beach" in a Mogadishu story: a namesake town elsewhere
                    // is not the place. A city is kept (the bias country has no place of that name), and so is a
                    // town in a country the text names when no more than a demonym or a speaker points to the
                    // article's country: that is often the victims' ("Turkish soldiers were killed near Kobani")
                    // or a side's ("Turkey said 20 Syrian soldiers were killed near Manbij"); a city abroad below a
                    // million in a country the text never names is a namesake too ("Boni" in Mopti is not Bonn)
                    place = new Place(c.location, bias, null, null);
                }
            }
        }
        // location keeps the article's spelling ("Saraqeb"); place carries the gazetteer's entry ("Saraqib").
        String location = c.location;
        Sentence s = c.sentence;
        return new ExtractedEvent(
                ExtractedEvent.VERSION,
                eventId(c),
                article.id(),
                c.type,
                c.victim,
                c.actor,
                c.count,
                c.countHigh,
                c.qualifier,
                c.vague,
                c.cumulative,
                c.equipment,
                location,
                place,
                c.date,
                c.claimedBy,
                text.substring(s.start(), s.end()),
                s.start(),
                s.end(),
                c.ruleId,
                confidence(c),
                article.title(),
                article.url(),
                article.source(),
                article.nearDuplicateOf(),
                article.origin(),
                c.cause);
    }

    /** The event's sentence names its place only as a countryside: "in Daraa northern countryside", "the Idlib countryside". */
    private static boolean countrysideAt(ArticleContext ctx, Candidate c) {
        boolean any = false;
        Sentence s = c.sentence;
        for (Places.Mention p : ctx.places.get(s.index())) {
            if (p.name().equals(c.location)) {
                int after = COMPASS.contains(s.lc(p.end())) ? p.end() + 1 : p.end();
                if (!(s.lc(after).equals("countryside") || s.lc(p.index() - 1).equals("of")
                        && s.lc(p.index() - 2).equals("countryside"))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The country a sentence names as a place ("in northern Burkina Faso"), or null. */
    private static String sentenceCountry(ArticleContext ctx, Sentence s) {
        for (Places.Mention p : ctx.places.get(s.index())) {
            if (p.country() && !destination(s, p.index()) && !speaker(s, p)) {
                Countries.Entry e = Countries.lookup(p.name().toLowerCase(Locale.ROOT));
                if (e != null) {
                    return e.iso3();
                }
            }
        }
        return null;
    }

    /**
     * "Turkey's Defence Ministry blamed the YPG", "Russia's foreign minister": a state's defence or foreign ministry
     * speaks for its forces and diplomats, often of events abroad ("Lebanon's Health Ministry" reports its own dead).
     */
    private static boolean ministry(Sentence s, Places.Mention p) {
        int k = p.end();
        return (s.lc(k).equals("'s") || s.lc(k).equals("\u2019s")) && MINISTRIES.contains(s.lc(k + 1))
                && (s.lc(k + 1).equals("mod") || s.lc(k + 2).equals("ministry") || s.lc(k + 2).equals("minister"));
    }

    private static final java.util.Set<String> MINISTRIES = Lexicon.words("MINISTRY_NOUNS");

    /**
     * True when the text sets the story in its conflict country firmly (a named setting or armed group, not a demonym)
     * and never names {@code iso2}'s country: a small place found only there is a namesake, not the place meant.
     */
    private static boolean settingElsewhere(ArticleContext ctx, String iso2) {
        String iso3 = Countries.iso3(iso2);
        return ctx.countryScore.getOrDefault(ctx.conflictCountry, 0) >= SETTING_SCORE
                && (iso3 == null || !ctx.named.contains(iso3));
    }

    /**
     * "Turkey said ...", "Russia's defence ministry reported ...": a country that speaks is not thereby where the
     * event happened ("Burkina Faso's Soum province" still is).
     */
    private static boolean speaker(Sentence s, Places.Mention p) {
        if (ministry(s, p)) {
            return true; // "Turkey's Defence Ministry blamed the YPG"
        }
        int k = p.end();
        if (s.lc(k).equals("'s") || s.lc(k).equals("\u2019s")) {
            for (int j = k + 1; j < s.size() && j - k <= 4; j++) {
                if (Lexicon.SPEECH.contains(s.lc(j))) {
                    return true;
                }
                if (!s.get(j).isWord()) {
                    return false;
                }
            }
            return false;
        }
        return Lexicon.SPEECH.contains(s.lc(k));
    }


    private static double confidence(Candidate c) {
        double v = 0.6;
        if (!c.inferred) {
            v += 0.2;
        }
        if (c.count != null) {
            v += 0.1;
        }
        if (c.locationStated) {
            v += 0.05;
        }
        return Math.min(0.95, v);
    }

    /**
     * The event's identity, from its content only: type, principal party and equipment, plus the figure when
     * there is one (a figure identifies a report across outlets whatever day each gives it) or else the day.
     */
    static String eventId(Candidate c) {
        return hash(idBasis(c));
    }

    /**
     * A casualty figure identifies a report across outlets whatever day each gives it; an event without one,
     * and any act, is identified by its day. Two distinct events of one identity inside an article get
     * distinct ids (see {@link #extract}).
     */
    static String idBasis(Candidate c) {
        String head = c.type + "|" + c.principal() + "|" + c.equipment + "|";
        if (c.count != null && c.type.victimIsPrincipal()) {
            return head + "n=" + c.count + (c.cumulative ? "+" : "");
        }
        // an act (strike, offensive, talks) is one event per actor and day, however many targets one outlet counts;
        // without a day ("an offensive launched in December" referred to again) the actor and type alone
        return head + "d=" + c.date;
    }

    private static String hash(String basis) {
        MessageDigest md = SHA256.get();
        md.reset();
        byte[] h = md.digest(basis.getBytes(StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            b.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
        }
        return b.toString();
    }
}
