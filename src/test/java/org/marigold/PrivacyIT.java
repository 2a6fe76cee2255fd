package org.marigold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.support.Deployments;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;

/**
 * What a community keeps to itself, over HTTP as people and crafted requests reach it: a community that keeps its
 * records anonymous names nobody on any page, export or API answer about an ended meeting, its attendance and
 * engagement pages included (but each person to themself), and a private community is not there at all for outsiders, whatever id they try.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {

    private static final String SAM = "Samwise Quill";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String page(WebClient reader, String path) {
        WebClient.Page page = reader.get(path);
        assertEquals(200, page.status(), path + ": " + page.text());
        return page.html();
    }

    private static void move(WebClient facilitator, long meetingId, String action, int expected) {
        HttpResponse<String> moved = facilitator.apiPost("api/meetings/" + meetingId + "/transitions", null,
                "{\"action\":\"" + action + "\",\"expectedPhase\":" + expected + "}");
        assertEquals(200, moved.statusCode(), moved.body());
    }

    /** A private community that Félix runs, with Sam and Maya as members. */
    private record Circle(String slug, WebClient felix, WebClient sam, WebClient maya) {
    }

    private Circle circle(String name) {
        WebClient felix = Visitors.registered(deployment, "Félix Marchand");
        String slug = Visitors.community(felix, name, "", "PRIVATE");
        WebClient sam = Visitors.registered(deployment, SAM);
        Visitors.join(sam, Visitors.invitation(felix, slug, "MEMBER"));
        WebClient maya = Visitors.registered(deployment, "Maya Chen");
        Visitors.join(maya, Visitors.invitation(felix, slug, "MEMBER"));
        return new Circle(slug, felix, sam, maya);
    }

    /** A Consultancy run to its end: Sam writes a note and finds a resource in his breakout, recommends and takes away. */
    private static long[] endedMeeting(Circle circle) {
        long meetingId = Visitors.meetingSoon(circle.felix(), circle.slug(), "Otters' November");
        return ran(circle, meetingId, live -> assertTrue(live.shows(SAM), "while the meeting runs, the people in it see who speaks: " + live.text()));
    }

    /** The same, for a meeting planned already; {@code whileRunning} reads Maya's live page before the meeting ends. */
    private static long[] ran(Circle circle, long meetingId, java.util.function.Consumer<WebClient.Page> whileRunning) {
        WebClient felix = circle.felix();
        WebClient sam = circle.sam();
        move(felix, meetingId, "start", -1);
        sam.get("meeting/live.xhtml?m=" + meetingId);
        circle.maya().get("meeting/live.xhtml?m=" + meetingId);
        move(felix, meetingId, "next", 0);
        move(felix, meetingId, "next", 1);
        WebClient.Page formed = felix.submit(felix.get("meeting/live.xhtml?m=" + meetingId), "groupsForm", "formGroups",
                Map.of("asked", "1", "asked_input", "1", "asked_hinput", "1", "split_input", "GROUPS"));
        assertTrue(formed.shows("One group is formed"), formed.text());
        long groupId = Long.parseLong(sam.get("meeting/live.xhtml?m=" + meetingId).html()
                .replaceAll("(?s).*group\\.xhtml\\?g=(\\d+).*", "$1"));
        WebClient.Page noted = sam.submit(sam.get("meeting/group.xhtml?g=" + groupId), "noteForm", "addNote",
                Map.of("note", "Reading roles keep every voice in"));
        assertTrue(noted.shows("Reading roles keep every voice in"), noted.text());
        WebClient.Page found = sam.submit(noted, "findForm", "addFind", Map.of("kind_input", "ARTICLE", "title", "Literature circles",
                "link", "https://example.org/literature-circles", "description", "Roles that rotate"));
        assertTrue(found.shows("Literature circles"), found.text());
        move(felix, meetingId, "next", 2);
        Visitors.say(sam, meetingId, "Try reading roles for a month");
        move(felix, meetingId, "next", 3);
        move(felix, meetingId, "next", 4);
        Visitors.say(sam, meetingId, "Roles give quiet readers a way in");
        whileRunning.accept(circle.maya().get("meeting/live.xhtml?m=" + meetingId));
        move(felix, meetingId, "end", 5);
        return new long[] {meetingId, groupId};
    }

    @Test
    void aCommunityThatKeepsRecordsAnonymousNamesNobodyAfterTheMeetingOnAnyPageExportOrApiButEachToThemself() {
        Circle circle = circle("Anonymous reading circle");
        WebClient.Page settings = circle.felix().get("community/settings.xhtml?c=" + circle.slug());
        WebClient.Page saved = circle.felix().submit(settings, "settings", "save", Map.of("name", "Anonymous reading circle",
                "description", "", "visibility", "PRIVATE", "timeZone_input", "America/Toronto", "commentDays_hinput", "14",
                "anonymousRecords_input", "on"));
        assertTrue(saved.shows("The community’s settings are saved."), saved.text());
        long[] ended = endedMeeting(circle);
        long meetingId = ended[0];
        WebClient maya = circle.maya();

        Map<String, String> shown = new HashMap<>();
        shown.put("the ended meeting's live page", page(maya, "meeting/live.xhtml?m=" + meetingId));
        shown.put("the group's page", page(maya, "meeting/group.xhtml?g=" + ended[1]));
        shown.put("the record", page(maya, "meeting/record.xhtml?m=" + meetingId));
        shown.put("the record as Markdown", new String(maya.download("api/meetings/" + meetingId + "/record.md").body(), StandardCharsets.UTF_8));
        shown.put("the record as JSON", maya.api("api/meetings/" + meetingId + "/record", null).body());
        HttpResponse<String> finds = maya.api("api/communities/" + circle.slug() + "/resources?kind=ARTICLE", null);
        shown.put("the library API", finds.body());
        shown.put("the library's CSV", new String(maya.download("api/communities/" + circle.slug() + "/resources/export.csv").body(),
                StandardCharsets.UTF_8));
        JsonObject find = object(finds).getJsonArray("items").getJsonObject(0);
        shown.put("the library's page", page(maya, "library/browse.xhtml?c=" + circle.slug()));
        shown.put("the resource's page", page(maya, "library/resource.xhtml?r=" + find.getJsonNumber("id").longValue()));
        shown.forEach((where, text) -> assertFalse(text.contains(SAM), where + " names the one who spoke: " + text));
        assertFalse(shown.get("the resource's page").contains("in the breakout"), "nor the group it was found in");
        assertTrue(shown.get("the ended meeting's live page").contains("Roles give quiet readers a way in"), "what was said stays");
        assertTrue(shown.get("the group's page").contains("Reading roles keep every voice in"), "what was noted stays");
        assertTrue(find.isNull("addedBy") && find.isNull("foundInGroup"), find.toString());
        assertEquals(meetingId, find.getJsonNumber("foundInMeeting").longValue(), "where it was found stays");

        WebClient felix = circle.felix();
        WebClient.Page attendance = felix.get("engagement/attendance.xhtml?m=" + meetingId);
        assertEquals(200, attendance.status(), attendance.text());
        assertTrue(attendance.shows("3 people came"), "the count stays (Félix, Sam, Maya): " + attendance.text());
        Map<String, String> facilitators = new HashMap<>();
        facilitators.put("the attendance page", attendance.html());
        facilitators.put("the dashboard", page(felix, "engagement/dashboard.xhtml?c=" + circle.slug()));
        facilitators.put("the lapsed members' CSV", new String(felix.download("api/communities/" + circle.slug()
                + "/engagement/lapsed.csv").body(), StandardCharsets.UTF_8));
        facilitators.forEach((where, text) -> assertFalse(text.contains(SAM) || text.contains("Maya Chen"),
                where + " names who came (or, by leaving them out, who did not): " + text));

        WebClient sam = circle.sam();
        JsonObject own = object(sam.api("api/communities/" + circle.slug() + "/resources?kind=ARTICLE", null)).getJsonArray("items").getJsonObject(0);
        assertEquals(SAM, own.getString("addedBy"), "the person themself is named to themself");
        assertTrue(sam.get("meeting/group.xhtml?g=" + ended[1]).shows(SAM));
    }

    /** The part of a page between two markers (from the first, up to the second): what it says of who wrote what. */
    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        int end = html.indexOf(to, Math.max(start, 0));
        assertTrue(start >= 0 && end > start, "no " + from + " … " + to + " in " + html);
        return html.substring(start, end);
    }

    @Test
    void aMeetingWithAnonymousContributionsNamesNoAuthorToAnyoneButThemselfFacilitatorsIncluded() {
        Circle circle = circle("Candid circle");
        WebClient felix = circle.felix();
        long meetingId = Visitors.meetingSoon(felix, circle.slug(), "Candid November");
        WebClient.Page saved = felix.submit(felix.get("meeting/prepare.xhtml?m=" + meetingId), "people", "savePeople",
                Map.of("anonymous_input", "on"));
        assertTrue(saved.shows("contributions will be anonymous: nobody but its author will see who wrote what."), saved.text());
        assertTrue(circle.maya().get("meeting/live.xhtml?m=" + meetingId).shows("Contributions are anonymous"),
                "whoever opens the meeting, before it starts too, knows");
        Map<String, String> shown = new HashMap<>();
        long[] ran = ran(circle, meetingId, mayasLive -> {
            assertTrue(mayasLive.shows("Contributions are anonymous: nobody but you sees which are yours, facilitators included."));
            shown.put("Maya's live page, while it runs", between(mayasLive.html(), "id=\"contributionList\"", "id=\"contributionTemplates\""));
            shown.put("Félix's live page, while it runs", between(page(felix, "meeting/live.xhtml?m=" + meetingId),
                    "id=\"contributionList\"", "id=\"contributionTemplates\""));
            assertTrue(between(page(circle.sam(), "meeting/live.xhtml?m=" + meetingId), "id=\"contributionList\"", "id=\"contributionTemplates\"")
                    .contains(SAM), "Sam sees his own name beside what he said");
        });
        assertTrue(shown.get("Félix's live page, while it runs").contains("Roles give quiet readers a way in"), "what was said stays");
        shown.put("the group's notes and finds, for its facilitator", between(page(felix, "meeting/group.xhtml?g=" + ran[1]),
                "id=\"groupWork\"", "id=\"settingsArea\""));
        shown.put("the record, for its facilitator", between(page(felix, "meeting/record.xhtml?m=" + meetingId), "record-phase", "id=\"commentsArea\""));
        shown.put("the record as Markdown", new String(felix.download("api/meetings/" + meetingId + "/record.md").body(), StandardCharsets.UTF_8)
                .replaceAll("(?m)^.*people came.*$", ""));
        JsonObject record = object(felix.api("api/meetings/" + meetingId + "/record", null));
        shown.put("the record as JSON", record.getJsonArray("phases").toString());
        assertTrue(record.getBoolean("anonymousContributions"), "the JSON says so");
        assertTrue(shown.get("the record as Markdown").contains("Contributions in this meeting were anonymous"), "and the Markdown");
        HttpResponse<String> finds = circle.maya().api("api/communities/" + circle.slug() + "/resources?kind=ARTICLE", null);
        shown.put("the library API", finds.body());
        JsonObject find = object(finds).getJsonArray("items").getJsonObject(0);
        shown.put("the resource's page", page(circle.maya(), "library/resource.xhtml?r=" + find.getJsonNumber("id").longValue()));
        shown.put("the library's CSV", new String(felix.download("api/communities/" + circle.slug() + "/resources/export.csv").body(),
                StandardCharsets.UTF_8));
        shown.forEach((where, text) -> assertFalse(text.contains(SAM), where + " names who wrote what: " + text));
        assertTrue(shown.get("the record, for its facilitator").contains("Roles give quiet readers a way in"), "what was said stays");
        assertTrue(page(felix, "meeting/record.xhtml?m=" + meetingId).contains("Contributions in this meeting were anonymous"));
        assertTrue(page(felix, "meeting/record.xhtml?m=" + meetingId).contains(SAM), "who came is still said");
        assertTrue(between(page(circle.sam(), "meeting/record.xhtml?m=" + meetingId), "record-phase", "id=\"commentsArea\"").contains(SAM),
                "Sam is named to himself");
    }

    @Test
    void aPrivateCommunityIsNotThereForOutsidersWhateverTheyTryAndMembersLackingARoleAreToldNoMore() {
        Circle circle = circle("Otters Private Circle");
        long[] ended = endedMeeting(circle);
        long meetingId = ended[0];
        long coming = Visitors.meetingSoon(circle.felix(), circle.slug(), "Otters' December");
        WebClient olive = Visitors.registered(deployment, "Olive Outsider");
        String slug = circle.slug();

        for (String page : List.of("community/view.xhtml?c=" + slug, "community/members.xhtml?c=" + slug, "meeting/meetings.xhtml?c=" + slug,
                "meeting/live.xhtml?m=" + meetingId, "meeting/live.xhtml?m=" + coming, "meeting/record.xhtml?m=" + meetingId,
                "meeting/prepare.xhtml?m=" + coming, "meeting/group.xhtml?g=" + ended[1], "schedule/series.xhtml?c=" + slug,
                "engagement/dashboard.xhtml?c=" + slug, "engagement/history.xhtml?c=" + slug, "engagement/attendance.xhtml?m=" + meetingId,
                "library/browse.xhtml?c=" + slug, "library/add.xhtml?c=" + slug)) {
            WebClient.Page seen = olive.get(page);
            assertEquals(404, seen.status(), page + ": " + seen.text());
            assertFalse(seen.shows("Otters"), page + " names the community: " + seen.text());
        }
        HttpResponse<byte[]> never = olive.download("api/meetings/99999999/state");
        assertEquals(404, never.statusCode());
        for (String call : List.of("api/communities/" + slug, "api/meetings/" + meetingId + "/state", "api/meetings/" + meetingId + "/record",
                "api/meetings/" + meetingId + "/record.md", "api/meetings/" + meetingId + "/calendar.ics", "api/communities/" + slug + "/meetings",
                "api/communities/" + slug + "/resources", "api/communities/" + slug + "/engagement/meetings.csv")) {
            HttpResponse<byte[]> answer = olive.download(call);
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertEquals(404, answer.statusCode(), call + ": " + body);
            assertEquals(new String(never.body(), StandardCharsets.UTF_8), body, call + " reads as an id never used");
        }
        HttpResponse<String> moved = olive.raw(HttpRequest.newBuilder(olive.base().resolve("api/meetings/" + coming + "/transitions"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"start\",\"expectedPhase\":-1}")));
        assertEquals(404, moved.statusCode(), moved.body());
        assertFalse(moved.body().contains("Otters"), moved.body());

        WebClient maya = circle.maya();
        WebClient.Page notHers = maya.get("community/settings.xhtml?c=" + slug);
        assertEquals(403, notHers.status(), "a member lacking the role is refused, as before");
        String olivesOwn = Visitors.community(olive, "Olive's own circle", "", "PRIVATE");
        long hers = Visitors.meetingSoon(olive, olivesOwn, "Olive's meeting");
        WebClient.Page across = maya.get("meeting/live.xhtml?m=" + hers);
        assertEquals(404, across.status(), "a member of one community is an outsider to another");
        assertFalse(across.shows("Olive's own circle"), across.text());
        HttpResponse<byte[]> refused = maya.download("api/communities/" + slug + "/engagement/meetings.csv");
        String reason = new String(refused.body(), StandardCharsets.UTF_8);
        assertEquals(403, refused.statusCode(), reason);
        assertFalse(reason.contains("Otters"), "the refusal names no community: " + reason);
    }
}
