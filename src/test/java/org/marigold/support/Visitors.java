package org.marigold.support;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The steps many HTTP tests share, done through the real pages: register, start a community, invite, join. */
public final class Visitors {

    private Visitors() {
    }

    public static WebClient registered(URL deployment, String name, String email) {
        return registered(deployment, name, email, "America/Toronto");
    }

    /** Someone who registers from this time zone (the page reads it from the browser). */
    public static WebClient registered(URL deployment, String name, String email, String zone) {
        WebClient client = new WebClient(deployment);
        WebClient.Page form = client.get("register.xhtml");
        WebClient.Page home = client.submit(form, "register", "submit",
                Map.of("email", email, "displayName", name, "password", People.PASSWORD, "timeZone", zone));
        if (!home.shows("Welcome to Marigold")) {
            throw new IllegalStateException("Registration of " + email + " failed: " + home.text());
        }
        return client;
    }

    /**
     * Confirms a new account's address as its owner would: the link in the first mail, then the page's button (a new
     * account is mailed nothing else, reminders included, until then).
     */
    public static void confirmed(WebClient person, Inbox inbox, String email) {
        MimeMessage mail = inbox.await(email, "Confirm your address", 1, Duration.ofSeconds(30)).get(0);
        String link = Inbox.linkTo(mail, "confirm.xhtml");
        WebClient.Page page = person.get(link.substring(link.indexOf("confirm.xhtml")));
        WebClient.Page done = person.submit(page, "confirm", "confirmIt", Map.of());
        if (!done.shows(email + " is confirmed.")) {
            throw new IllegalStateException("Address " + email + " not confirmed: " + done.text());
        }
    }

    /** Someone with an account already, logging in. */
    public static WebClient loggedIn(URL deployment, String email) {
        WebClient client = new WebClient(deployment);
        WebClient.Page home = client.submit(client.get("login.xhtml"), "login", "submit", Map.of("email", email, "password", People.PASSWORD));
        if (home.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("Login of " + email + " failed: " + home.text());
        }
        return client;
    }

    public static WebClient registered(URL deployment, String name) {
        return registered(deployment, name, People.email(name));
    }

    /** Creates a community through its form and returns its address (slug). */
    public static String community(WebClient admin, String name, String description, String visibility) {
        WebClient.Page form = admin.get("community/new.xhtml");
        WebClient.Page created = admin.submit(form, "community", "create",
                Map.of("name", name, "description", description, "visibility", visibility));
        String slug = created.query("c");
        if (slug == null) {
            throw new IllegalStateException("Community not created: " + created.text());
        }
        return slug;
    }

    /** Uploads a file to a community's library through the upload form; returns the page that answered. */
    public static WebClient.Page upload(WebClient member, String slug, String title, String fileName, byte[] content) {
        WebClient.Page form = member.get("library/add.xhtml?c=" + slug + "&kind=FILE");
        return member.upload(form, "resource", "add", Map.of("kind_input", "FILE", "title", title), form.fileInput("resource"),
                fileName, content);
    }

    /** Creates an invitation link through the members page. */
    public static String invitation(WebClient admin, String slug, String role) {
        WebClient.Page members = admin.get("community/members.xhtml?c=" + slug);
        Map<String, String> fields = new HashMap<>();
        fields.put("role_input", role);
        fields.put("validDays_hinput", "7");
        fields.put("maxUses_hinput", "");
        fields.put("note", "");
        WebClient.Page created = admin.submit(members, "invite", "create", fields);
        String link = created.textOf("invitationLink");
        if (link == null) {
            throw new IllegalStateException("No invitation link: " + created.text());
        }
        return link;
    }

    public static WebClient.Page join(WebClient person, String link) {
        String path = link.substring(link.indexOf("join.xhtml"));
        WebClient.Page offer = person.get(path);
        return person.submit(offer, "join", "joinButton", Map.of());
    }

    /** Plans a meeting with the first protocol offered (the Consultancy) and returns its id. */
    public static long meeting(WebClient facilitator, String slug, String title, String startsAt) {
        return meeting(facilitator, slug, title, startsAt, "Consultancy (as our");
    }

    /** Plans a meeting with the protocol whose name starts so, starting in ten minutes; returns its id. */
    public static long meetingSoon(WebClient facilitator, String slug, String title, String protocol) {
        return meeting(facilitator, slug, title, java.time.LocalDateTime.now(java.time.ZoneId.of("America/Toronto")).plusMinutes(10)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), protocol);
    }

    private static long meeting(WebClient facilitator, String slug, String title, String startsAt, String protocol) {
        WebClient.Page form = facilitator.get("meeting/new.xhtml?c=" + slug);
        Map<String, String> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("startsAt_input", startsAt);
        fields.put("template_input", form.html().replaceAll("(?s).*<option value=\"(\\d+)\"[^>]*>" + java.util.regex.Pattern.quote(protocol) + ".*", "$1"));
        fields.put("presenter_input", "");
        WebClient.Page planned = facilitator.submit(form, "meeting", "schedule", fields);
        String id = planned.query("m");
        if (id == null) {
            throw new IllegalStateException("Meeting not planned: " + planned.text());
        }
        return Long.parseLong(id);
    }

    /** Plans a meeting that starts in ten minutes (in the facilitator's zone, Toronto as registered) and returns its id. */
    public static long meetingSoon(WebClient facilitator, String slug, String title) {
        return meetingSoon(facilitator, slug, title, "Consultancy (as our");
    }

    /** Moves a meeting through its REST API ("open", "start", "next"…), as a facilitator's script would. */
    public static void move(WebClient facilitator, String token, long meetingId, String action, int expectedPhase) {
        facilitator.apiPost("api/meetings/" + meetingId + "/transitions", token,
                "{\"action\":\"" + action + "\",\"expectedPhase\":" + expectedPhase + "}");
    }

    /** Says something in the live meeting's current phase through its input area. */
    public static WebClient.Page say(WebClient person, long meetingId, String text) {
        WebClient.Page live = person.get("meeting/live.xhtml?m=" + meetingId);
        return person.submit(live, "composer", "send", Map.of("body", text, "questionType", "CLARIFYING"));
    }

    /** Creates a personal API token on the tokens page and reads its secret (shown once). */
    public static String apiToken(WebClient person, String name) {
        WebClient.Page created = person.submit(person.get("account/tokens.xhtml"), "create", "createToken", Map.of("tokenName", name));
        String secret = created.textOf("tokenSecret");
        if (secret == null) {
            throw new IllegalStateException("No token: " + created.text());
        }
        return secret;
    }
}
