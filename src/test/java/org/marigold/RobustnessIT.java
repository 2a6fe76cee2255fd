package org.marigold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Every REST endpoint (each {@code @Path} under src/main/java) sent what no client of ours sends: bodies that are not the
 * JSON it takes, and ids that are unknown, overflow a long or are no number. Each answer is a 4xx with its reason as
 * JSON, never a 500, and nothing saved changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RobustnessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    /** Bodies no client of ours sends, by what is wrong with them. */
    private static Map<String, String> hostileBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed", "{\"kind\":\"link\",");
        bodies.put("an array", "[{\"kind\":\"LINK\"}]");
        bodies.put("wrong types", "{\"kind\":7,\"title\":[\"T\"],\"url\":{\"a\":1},\"tags\":\"equity\",\"expectedPhase\":\"one\",\"action\":3}");
        bodies.put("deeply nested", "{\"title\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}");
        bodies.put("a NUL", "{\"kind\":\"LINK\",\"title\":\"a\\u0000b\",\"url\":\"https://example.org/\",\"action\":\"st\\u0000art\"}");
        bodies.put("a huge field", "{\"kind\":\"LINK\",\"url\":\"https://example.org/\",\"action\":\"start\",\"title\":\""
                + "x".repeat(900_000) + "\"}");
        bodies.put("a number overflowing", "{\"action\":\"start\",\"expectedPhase\":99999999999999999999}");
        bodies.put("missing fields", "{}");
        bodies.put("empty", "");
        bodies.put("not JSON", "hello");
        return bodies;
    }

    @Test
    void hostileInputsToEveryEndpointAreFourHundredsWithAReasonAndChangeNothing() {
        WebClient maya = Visitors.registered(deployment, "Maya Robust");
        String slug = Visitors.community(maya, "Robust circle", "", "PRIVATE");
        String token = Visitors.apiToken(maya, "robustness");
        long meeting = Visitors.meetingSoon(maya, slug, "Robust meeting");
        WebClient script = new WebClient(deployment);
        HttpResponse<String> added = script.apiPost("api/communities/" + slug + "/resources", token,
                "{\"kind\":\"LINK\",\"title\":\"Kept as it is\",\"url\":\"https://example.org/kept\"}");
        assertEquals(201, added.statusCode(), added.body());
        long resource = object(added).getJsonNumber("id").longValue();
        String etag = script.api("api/resources/" + resource, token).headers().firstValue("ETag").orElseThrow();
        String before = savedState(script, token, slug, resource, meeting);

        List<String> failures = new ArrayList<>();
        List<String> bodyTaking = List.of("POST api/communities/" + slug + "/resources", "PUT api/resources/" + resource,
                "POST api/meetings/" + meeting + "/transitions");
        hostileBodies().forEach((what, body) -> {
            for (String endpoint : bodyTaking) {
                String[] call = endpoint.split(" ");
                HttpRequest.Builder request = HttpRequest.newBuilder(script.base().resolve(call[1])).header("Accept", "application/json")
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).header("If-Match", etag)
                        .method(call[0], HttpRequest.BodyPublishers.ofString(body));
                check(failures, endpoint + " with " + what, script.raw(request));
            }
        });
        for (String id : List.of("99999999999999999999", "987654321", "-1", "abc")) {
            for (String path : List.of("api/resources/" + id, "api/resources/" + id + "/file", "api/lists/" + id,
                    "api/lists/" + id + "/export.csv", "api/lists/" + id + "/bookmarks.html", "api/lists/public/nope/files/" + id,
                    "api/meetings/" + id + "/state", "api/meetings/" + id + "/calendar.ics", "api/meetings/" + id + "/record",
                    "api/meetings/" + id + "/record.md", "api/communities/" + slug + "/engagement/people/" + id + "/history",
                    "api/communities/" + slug + "/engagement/people/" + id + "/history.csv")) {
                check(failures, "GET " + path, script.raw(HttpRequest.newBuilder(script.base().resolve(path))
                        .header("Accept", "application/json").header("Authorization", "Bearer " + token).GET()));
            }
            for (String path : List.of("api/resources/" + id + "/restore", "api/meetings/" + id + "/transitions")) {
                check(failures, "POST " + path, script.apiPost(path, token, "{\"action\":\"start\",\"expectedPhase\":-1}"));
            }
            check(failures, "DELETE api/resources/" + id, script.raw(HttpRequest.newBuilder(script.base().resolve("api/resources/" + id))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + token).DELETE()));
        }
        for (String path : List.of("api/communities/Not_A_Slug!", "api/communities/no-such-circle", "api/communities/no-such-circle/resources",
                "api/communities/" + slug + "/resources?size=-5&page=99999999999999999999", "api/communities/" + slug + "/meetings?when=someday",
                "api/communities/" + slug + "/engagement?from=yesterday", "api/communities/" + slug + "/engagement/nothing.csv",
                "api/calendars/communities/" + slug + ".ics?key=nope", "api/calendars/people/nope.ics")) {
            check(failures, "GET " + path, script.api(path, token));
        }
        assertEquals(List.of(), failures);
        assertEquals(before, savedState(script, token, slug, resource, meeting), "nothing saved changed");
    }

    /** What the hostile requests could have changed: the library, the resource and the meeting. */
    private static String savedState(WebClient script, String token, String slug, long resource, long meeting) {
        return script.api("api/communities/" + slug + "/resources", token).body() + script.api("api/resources/" + resource, token).body()
                + script.api("api/meetings/" + meeting + "/state", token).body().replaceAll("\"now\":\"[^\"]*\"", "");
    }

    /** A 4xx whose body says why, as JSON; anything else is noted. */
    private static void check(List<String> failures, String what, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status < 400 || status >= 500) {
            failures.add(what + " -> " + status + " " + abbreviated(answer.body()));
            return;
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").replace(" ", "").startsWith("application/json")) {
            failures.add(what + " -> " + status + " as " + answer.headers().firstValue("Content-Type").orElse("nothing"));
            return;
        }
        try {
            String message = object(answer).getString("message", "");
            if (message.isBlank()) {
                failures.add(what + " -> " + status + " without a reason: " + abbreviated(answer.body()));
            }
        } catch (RuntimeException notJson) {
            failures.add(what + " -> " + status + " not JSON: " + abbreviated(answer.body()));
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
