package org.newswatch.alert.readable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Qualifier;
import org.newswatch.contracts.SourceArticle;
import org.newswatch.contracts.Subscription;

/** Party codes, places and whole messages as people read them, by the shipped templates and a subscription's own. */
class ReadableMessagesTest {

    static final Place SARAQEB = new Place("Saraqeb", "SY", 35.86, 36.8, Place.Precision.TOWN,
            new Place.AdminArea("SY.12", "Idlib"), null);
    static final Place IDLIB = new Place("Idlib", "SY", 35.93062, 36.63393, Place.Precision.ADMIN1,
            new Place.AdminArea("SY.12", "Idlib"), null);

    private final PartyNames names = PartyNames.get();
    private final AlertMessages messages = new AlertMessages(names, "https://desk.example.org/");

    static Alert turkishDeaths(String status) {
        return new Alert(1, "a-22", "s1", "Turkish troop deaths", "threshold", "KILLED TURMIL 22 (AT_LEAST) in Idlib",
                EventType.KILLED, "TURMIL", null, 22L, Qualifier.AT_LEAST, "Idlib", IDLIB, LocalDate.of(2020, 2, 27),
                "22 Turkish Soldiers Killed in Syria's Idlib & <elsewhere>",
                List.of(new SourceArticle("3e4a", "22 Turkish Soldiers Killed", "https://news.example.org/a?x=1&y=2",
                        "Example News", null)),
                List.of("e1"), 1, Instant.parse("2020-02-27T20:00:00Z"), Instant.parse("2020-02-27T20:00:01Z"), status,
                Alert.UPDATE.equals(status) ? 20L : null, null, null, null, null);
    }

    @Test
    void codesReadAsCountryAndRoleNamesFromTheCountryTable() {
        assertEquals("Turkish military", names.party("TURMIL"));
        assertEquals("Syrian rebels", names.party("SYRREB"));
        assertEquals("Syrian military", names.party("SYRMIL"));
        assertEquals("Ukrainian civilians", names.party("UKRCVL"));
        assertEquals("Russian government", names.party("RUSGOV"));
        assertEquals("civilians", names.party("CVL"), "a role alone: any country");
        assertEquals("United Nations", names.party("IGOUNO"));
        assertEquals("XYZMIL", names.party("XYZMIL"), "an unknown country reads as its code");
        assertEquals("TURXXX", names.party("TURXXX"), "an unknown role too");
        assertNull(names.party(null));
    }

    @Test
    void everyCountryOfTheTableHasANameForEveryRole() {
        for (String[] row : Tsv.rows("countries.tsv")) {
            for (String role : List.of("MIL", "REB", "CVL", "REF", "GOV", "COP")) {
                String name = names.party(row[0] + role);
                assertFalse(name.equals(row[0] + role) || name.isBlank(), row[0] + role);
            }
        }
    }

    @Test
    void placesCarryProvinceAndCountry() {
        assertEquals("Saraqeb, Idlib province, Syria", names.place(SARAQEB, "Saraqeb"));
        assertEquals("Idlib province, Syria", names.place(IDLIB, "Idlib"));
        assertEquals("Kafr Nabl, Maarrat al-Nu'man district, Idlib province, Syria", names.place(new Place("Kafr Nabl",
                "SY", 35.6, 36.5, Place.Precision.TOWN, new Place.AdminArea("SY.12", "Idlib"),
                new Place.AdminArea("SY.12.167610", "Maarrat al-Nu'man")), null));
        assertEquals("Syria", names.place(new Place("Syria", "SY", 35.0, 38.0, Place.Precision.COUNTRY), null));
        assertEquals("near the border", names.place(null, "near the border"));
    }

    @Test
    void headlinesReadAsSentences() {
        assertEquals("At least 22 Turkish military killed in Idlib province, Syria",
                messages.view(turkishDeaths(Alert.NEW)).headline());
        Alert attack = new Alert(1, "a2", "s", "Attacks", "new", null, EventType.ATTACK, "TURMIL", "SYRREB", null, null,
                "Saraqeb", SARAQEB, null, null, null, null, 1, null, null, Alert.NEW, null, null, null, null, null);
        assertEquals("Attack by Syrian rebels on Turkish military in Saraqeb, Idlib province, Syria",
                messages.view(attack).headline());
    }

    @Test
    void emailIsReadableAndLinksToTheDashboard() {
        Alert a = turkishDeaths(Alert.NEW);
        assertEquals("[NewsWatch] Turkish troop deaths: At least 22 Turkish military killed in Idlib province, Syria on "
                + "2020-02-27", messages.render(AlertMessages.EMAIL_SUBJECT, null, a));
        String body = messages.render(AlertMessages.EMAIL_BODY, null, a);
        assertTrue(body.contains("Victim: Turkish military (TURMIL)\n"), body);
        assertFalse(body.contains("Actor:"), "no actor, no line: " + body);
        assertTrue(body.contains("Count: at least 22\n"), body);
        assertTrue(body.contains("Place: Idlib province, Syria\n"), body);
        assertTrue(body.contains("- 22 Turkish Soldiers Killed (Example News) <https://news.example.org/a?x=1&y=2>"), body);
        assertTrue(body.contains("Sources (1 corroborating article):"), body);
        assertTrue(body.contains("Open in the dashboard: https://desk.example.org/#/alerts/a-22"), body);
        assertFalse(body.contains("An update"), body);
        String update = messages.render(AlertMessages.EMAIL_BODY, null, turkishDeaths(Alert.UPDATE));
        assertTrue(update.contains("An update: a later source joined the story (the figure was 20)."), update);
    }

    @Test
    void aSubscriptionsOwnTemplateReplacesTheShippedOne() {
        Subscription s = new Subscription(1, "s1", "n", null, null, null).withChats(null,
                Map.of(AlertMessages.EMAIL_SUBJECT, "{alert.victim} x{alert.count}{#if alert.actor} by {alert.actor}{/if}"));
        assertEquals("Turkish military xat least 22", messages.render(AlertMessages.EMAIL_SUBJECT, s,
                turkishDeaths(Alert.NEW)));
        assertTrue(messages.render(AlertMessages.EMAIL_BODY, s, turkishDeaths(Alert.NEW)).startsWith("At least 22"),
                "the parts it does not replace stay shipped");
    }

    @Test
    void aBrokenTemplateIsNamedBeforeItIsKept() {
        assertNull(messages.problem("{alert.headline} {#for s in alert.sources}{s.title}{/for}"));
        assertNotNull(messages.problem("{#if alert.count}unclosed"), "does not parse");
        assertNotNull(messages.problem("{alert.nosuchfield}"), "does not render");
    }

    @Test
    void chatBodiesHaveTheShapeEachServiceReads() throws Exception {
        ChatPayloads chats = new ChatPayloads(messages);
        Alert a = turkishDeaths(Alert.NEW);
        JsonNode slack = json(chats.body(ChatPayloads.SLACK, null, a));
        assertEquals("At least 22 Turkish military killed in Idlib province, Syria", slack.get("text").asText());
        JsonNode section = slack.get("blocks").get(0);
        assertEquals("mrkdwn", section.at("/text/type").asText());
        String md = section.at("/text/text").asText();
        assertTrue(md.contains("Syria's Idlib &amp; &lt;elsewhere&gt;"), "mrkdwn escaped: " + md);
        assertTrue(md.contains("<https://news.example.org/a?x=1&y=2|22 Turkish Soldiers Killed>"), md);
        assertEquals("https://desk.example.org/#/alerts/a-22", slack.at("/blocks/1/elements/0/url").asText());

        JsonNode teams = json(chats.body(ChatPayloads.TEAMS, null, a));
        assertEquals("message", teams.get("type").asText());
        JsonNode card = teams.at("/attachments/0/content");
        assertEquals("application/vnd.microsoft.card.adaptive", teams.at("/attachments/0/contentType").asText());
        assertEquals("AdaptiveCard", card.get("type").asText());
        assertEquals("Turkish military", card.at("/body/2/facts/0/value").asText());
        assertEquals("Action.OpenUrl", card.at("/actions/0/type").asText());

        JsonNode mm = json(chats.body(ChatPayloads.MATTERMOST, null, a));
        assertTrue(mm.get("text").asText().startsWith("**At least 22 Turkish military killed"), mm.toString());

        JsonNode hook = json(chats.body(ChatPayloads.WEBHOOK, null, a));
        assertEquals("Turkish military", hook.get("victim").asText());
        assertTrue(hook.get("actor").isNull());
        assertEquals("22 Turkish Soldiers Killed in Syria's Idlib & <elsewhere>", hook.get("evidence").asText());
    }

    private static JsonNode json(byte[] body) throws Exception {
        return Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
    }
}
