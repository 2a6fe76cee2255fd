package org.marigold.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marigold.support.PushFrame;

/**
 * One simulated person in a live meeting, speaking HTTP as their browser would: logs in through the form, opens the
 * meeting page, keeps its Faces websocket open, answers each push with the page's own re-render request (the
 * remote command marigold.js calls, coalesced the same way) and posts questions through the composer form.
 */
final class Participant {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE_UPDATE = Pattern.compile("jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)]]>");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    private static final Pattern SOCKET = Pattern.compile("faces\\.push\\.init\\('[^']*','([^']*)'");
    private static final Pattern REFRESH = Pattern.compile(
            "rerender(\\w+)\\s*=\\s*function\\(\\)\\s*\\{\\s*return\\s+PrimeFaces\\.ab\\(\\{s:\"([^\"]+)\",f:\"([^\"]+)\",p:\"[^\"]*\",u:\"([^\"]+)\"");
    /** The remote command the rows' buttons are sent through (marigoldAct: a like, here). */
    private static final Pattern ACT = Pattern.compile(
            "marigoldAct\\s*=\\s*function\\(\\)\\s*\\{\\s*return\\s+PrimeFaces\\.ab\\(\\{s:\"([^\"]+)\",f:\"([^\"]+)\",p:\"[^\"]*\",u:\"([^\"]+)\"");
    private static final Pattern VOTE_BUTTON = Pattern.compile("id=\"vote-(\\d+)\"");

    private record Command(String source, String form, String render) {

        /** The AJAX post PrimeFaces sends for this remote command. */
        Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", source);
            fields.put("jakarta.faces.partial.execute", source);
            fields.put("jakarta.faces.partial.render", render);
            fields.put(source, source);
            fields.put(form, form);
            return fields;
        }
    }

    final String email;
    private final URI base;
    private final HttpClient http;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final Map<String, Command> refreshes = new ConcurrentHashMap<>();
    private final Map<String, Refreshing> refreshing = new java.util.HashMap<>();
    private volatile String viewState;
    private volatile String nonce;
    private volatile String livePath;
    private volatile WebSocket socket;
    private volatile Command act;
    /** Why the page's websocket closed or failed while the page was open (null while it is open). */
    private volatile String lost;
    /** How often the page was loaded again. */
    private volatile int reloads;

    /** How long each AJAX exchange takes, from sending it to its whole answer (shared by all participants of a run). */
    private final Latencies exchanges;

    /** Each participant comes from an address of their own, as people at a meeting do (their schools, their homes). */
    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /** The address the server is told this person's requests come from (X-Forwarded-For, its proxy trusted). */
    private final String address;

    Participant(String email, URI base, HttpClient http, Latencies exchanges) {
        int n = ADDRESSES.getAndIncrement();
        this.address = "10." + (n / 62500) % 250 + "." + (n / 250) % 250 + "." + (n % 250 + 1);
        this.email = email;
        this.base = base;
        this.http = http;
        this.exchanges = exchanges;
    }

    /** Logs in through the login form, as a person does; throws if the form does not send them on. */
    void logIn(String password) throws IOException, InterruptedException {
        HttpResponse<String> form = send(get("login.xhtml"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:email", email);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", first(VIEW_STATE, form.body()));
        fields.put("primefaces.nonce", first(NONCE, form.body()));
        HttpResponse<String> sent = send(post("login.xhtml", fields, false));
        if (sent.statusCode() != 302) {
            java.util.regex.Matcher said = java.util.regex.Pattern.compile("ui-messages-error-summary\">([^<]*)<").matcher(sent.body());
            throw new IOException(email + " could not log in: " + sent.statusCode() + (said.find() ? " (" + said.group(1) + ")" : ""));
        }
    }

    /** The part a remote command re-renders, as a push names it: rerenderContributions re-renders "contributions". */
    private static String part(String command) {
        return Character.toLowerCase(command.charAt(0)) + command.substring(1);
    }

    /** Opens the meeting page and reads what its scripts would: the view, the websocket and the remote commands. */
    HttpResponse<String> open(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get(path));
        if (page.statusCode() != 200 || !page.body().contains("id=\"meetingTitle\"")) {
            throw new IOException(email + " did not get the meeting page: " + page.statusCode() + " " + page.uri());
        }
        livePath = path;
        readList(page.body());
        viewState = first(VIEW_STATE, page.body());
        nonce = first(NONCE, page.body());
        Matcher commands = REFRESH.matcher(page.body());
        while (commands.find()) {
            refreshes.put(part(commands.group(1)), new Command(commands.group(2), commands.group(3), commands.group(4).replace(',', ' ')));
        }
        Matcher acting = ACT.matcher(page.body());
        act = acting.find() ? new Command(acting.group(1), acting.group(2), acting.group(3).replace(',', ' ')) : null;
        if (refreshes.isEmpty()) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "benchmarks", "live-page.html"), page.body());
            throw new IOException("No remote commands found in the meeting page (saved in target/benchmarks/live-page.html)");
        }
        return page;
    }

    /**
     * Loads the meeting page again (a phone woke up), after the page's requests on their way, as a browser would: the
     * new page opens its own websocket and the old page's closes (here just after, so no push falls between the two;
     * one arriving on both is the same push twice, which the benchmark counts once).
     */
    CompletableFuture<HttpResponse<String>> reload(BiConsumer<Participant, Push> pushed) {
        synchronized (this) {
            CompletableFuture<HttpResponse<String>> loaded = queue.handle((before, failure) -> null).thenApplyAsync(ignored -> {
                try {
                    WebSocket old = socket;
                    HttpResponse<String> page = open(livePath);
                    connect(socketPath(page.body()), pushed);
                    reloads++;
                    if (old != null) {
                        old.abort();
                    }
                    return page;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
            queue = loaded;
            return loaded;
        }
    }

    /** Why the page's websocket closed or failed while it was open, or null. */
    String lost() {
        return lost;
    }

    int reloads() {
        return reloads;
    }

    String socketPath(String page) throws IOException {
        return first(SOCKET, page);
    }

    /**
     * A push as the page's script reads it: the part that changed, the pace, whether it carried the phase, the phases
     * and ids of the contributions it carried, in order (none: empty; replies are left out, the simulated people never
     * reply), and whether it carried a contribution's new count of likes.
     */
    record Push(String change, long pace, boolean carriesPhase, long arrivedNanos, List<Integer> addedPhases, List<Long> addedIds,
                int phaseIndex, boolean carriesArrival, boolean steppedLightly, boolean carriesVotes) {
    }

    private static final Pattern LIST = Pattern.compile("id=\"contributionList\" data-phase=\"(-?\\d+)\" data-kind=\"(\\w*)\"");
    private static final int LATEST_SHOWN = 40;

    /** What the page's contribution list shows, as js/live/contributions.mjs reads it: its phase, its rows, the hidden count. */
    private int listPhase = Integer.MIN_VALUE;
    private String listKind = "";
    private int listRows;
    private boolean listCountsHidden;
    /** The contributions the list shows (the latest forty at most), which the person may like. */
    private final java.util.ArrayDeque<Long> listIds = new java.util.ArrayDeque<>();

    /** As js/live/phase.mjs does: the list moves on with the phase a push carries, emptied until its re-render. */
    private synchronized void showPhase(Push push) {
        if (push.carriesPhase() && push.phaseIndex() != listPhase) {
            listPhase = push.phaseIndex();
            listRows = 0;
            listIds.clear();
        }
    }

    private synchronized void readList(String html) {
        Matcher list = LIST.matcher(html);
        if (list.find()) {
            listPhase = Integer.parseInt(list.group(1));
            listKind = list.group(2);
            int templates = html.indexOf("id=\"contributionTemplates\"", list.end());
            String rows = html.substring(list.end(), templates < 0 ? html.length() : templates);
            listRows = rows.split("<li class=\"contribution kind-", -1).length - 1;
            listCountsHidden = html.contains("id=\"earlierText\""); // always there since the hidden count is kept
            listIds.clear();
            Matcher votes = VOTE_BUTTON.matcher(rows);
            while (votes.find()) {
                shown(Long.parseLong(votes.group(1)));
            }
        }
    }

    /**
     * As marigold.mayStepLightly decides (the simulated people are members, who never answer a question, in a meeting
     * never paused): a phase change to a phase showing nothing yet is shown from the push alone, unless the page is in
     * the lobby, its list shows a breakout or already that phase, or a request of the page is on its way or waiting.
     */
    private synchronized boolean stepsLightly(boolean light, int index, String kind) {
        if (!light || listPhase < 0 || listPhase == index || "BREAKOUT".equals(listKind) || busy() || !queue.isDone()) {
            return false;
        }
        listKind = kind;
        return true;
    }

    /**
     * Whether the page shows what a push carries by itself, as js/live/ does (contributions, counts, presence)
     * (no re-render): an arrival, contributions (those of another phase than the list's are left to that phase's
     * re-render), counts of likes.
     */
    synchronized boolean appends(Push push) {
        if (push.steppedLightly()) {
            return true; // js/live/phase.mjs: the phase and the box from the push, the list emptied
        }
        if (push.carriesArrival()) {
            return true; // js/live/presence.mjs: a member's page adds the name itself
        }
        if (push.addedPhases().isEmpty()) {
            return push.carriesVotes(); // js/live/counts.mjs puts the count on its button
        }
        long shown = push.addedPhases().stream().filter(phase -> phase == listPhase).count(); // the others are not on this list
        if (listRows + shown > LATEST_SHOWN && !listCountsHidden) {
            return false;
        }
        listRows = (int) Math.min(listRows + shown, LATEST_SHOWN);
        for (int i = 0; i < push.addedIds().size(); i++) {
            if (push.addedPhases().get(i) == listPhase) {
                shown(push.addedIds().get(i));
            }
        }
        return true;
    }

    private void shown(long id) {
        listIds.addLast(id);
        if (listIds.size() > LATEST_SHOWN) {
            listIds.removeFirst();
        }
    }

    /** Likes one of the answers the list shows, as pressing its button does; answered at once (null) when it shows none. */
    CompletableFuture<HttpResponse<String>> likeOneShown(java.util.Random random) {
        Long chosen;
        synchronized (this) {
            chosen = listIds.isEmpty() || act == null ? null : listIds.stream().skip(random.nextInt(listIds.size())).findFirst().orElse(null);
        }
        if (chosen == null) {
            return CompletableFuture.completedFuture(null);
        }
        Map<String, String> fields = act.fields();
        fields.put("act", "vote");
        fields.put("id", String.valueOf(chosen));
        return ajax(fields);
    }

    /** Opens the page's websocket; each push is handed to {@code pushed} as it arrives. */
    void connect(String socketPath, BiConsumer<Participant, Push> pushed) {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve(socketPath);
        socket = http.newWebSocketBuilder().header("Cookie", cookieHeader()).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        if (webSocket == socket) {
                            lost = "closed by the server: " + statusCode + " " + reason;
                        }
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        if (webSocket == socket) {
                            lost = "failed: " + error;
                        }
                    }

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            long arrived = System.nanoTime();
                            jakarta.json.JsonObject message = PushFrame.read(text);
                            jakarta.json.JsonArray added = message.getJsonArray("added");
                            List<jakarta.json.JsonObject> topLevel = added == null ? List.of() : added.getValuesAs(jakarta.json.JsonObject.class)
                                    .stream().filter(said -> said.getJsonNumber("parent").longValue() == 0).toList();
                            List<Integer> addedPhases = topLevel.stream().map(said -> said.getInt("phase")).toList();
                            List<Long> addedIds = topLevel.stream().map(said -> said.getJsonNumber("id").longValue()).toList();
                            jakarta.json.JsonObject phase = message.getJsonObject("phase");
                            int index = phase == null ? Integer.MIN_VALUE : phase.getInt("index");
                            boolean lightly = phase != null && "phase".equals(message.getString("change"))
                                    && stepsLightly(phase.getBoolean("light", false), index, phase.getString("kind", ""));
                            Push push = new Push(message.getString("change"), message.getJsonNumber("pace").longValue(),
                                    phase != null, arrived, addedPhases, addedIds, index, message.containsKey("present"), lightly,
                                    message.containsKey("votes"));
                            showPhase(push);
                            pushed.accept(Participant.this, push);
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).join();
    }

    void disconnect() {
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    /** One kind of re-render: whether one is on its way or waiting, who waits for it, and who for the one after. */
    private static final class Refreshing {
        boolean active;
        long pace;
        List<CompletableFuture<HttpResponse<String>>> current = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> next = new ArrayList<>();
    }

    /**
     * Re-renders the part a push names, paced as marigold.js paces it: after a random part of the pace, and while one
     * is on its way or waiting, further pushes for the same part fold into one more, sent a whole pace after. The
     * future completes when the re-render that shows this change is in.
     */
    CompletableFuture<HttpResponse<String>> refresh(String change, long pace, ScheduledExecutorService timer) {
        Command command = refreshes.get(change);
        CompletableFuture<HttpResponse<String>> shown = new CompletableFuture<>();
        if (command == null) {
            shown.complete(null);
            return shown;
        }
        boolean start;
        synchronized (this) {
            Refreshing state = refreshing.computeIfAbsent(change, c -> new Refreshing());
            start = !state.active;
            if (start) {
                state.active = true;
                state.pace = pace;
                state.current.add(shown);
            } else {
                state.pace = Math.max(state.pace, pace);
                state.next.add(shown);
            }
        }
        if (start) {
            long delay = pace <= 0 ? 0 : java.util.concurrent.ThreadLocalRandom.current().nextLong(pace);
            timer.schedule(() -> sendRefresh(change, command, timer), delay, TimeUnit.MILLISECONDS);
        }
        return shown;
    }

    /** Whether a re-render is on its way or waiting. */
    synchronized boolean busy() {
        return refreshing.values().stream().anyMatch(state -> state.active);
    }

    private void sendRefresh(String change, Command command, ScheduledExecutorService timer) {
        ajax(command.fields()).whenComplete((response, failure) -> {
            List<CompletableFuture<HttpResponse<String>>> answered;
            boolean more;
            long pace;
            synchronized (this) {
                Refreshing state = refreshing.get(change);
                answered = state.current;
                state.current = state.next;
                state.next = new ArrayList<>();
                more = !state.current.isEmpty();
                state.active = more;
                pace = state.pace;
            }
            for (CompletableFuture<HttpResponse<String>> waiting : answered) {
                if (failure != null) {
                    waiting.completeExceptionally(failure);
                } else {
                    waiting.complete(response);
                }
            }
            if (more) {
                timer.schedule(() -> sendRefresh(change, command, timer), pace, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Asks a question through the composer form, as the send button does. */
    CompletableFuture<HttpResponse<String>> ask(String question) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "composer:send");
        fields.put("jakarta.faces.partial.execute", "composer");
        fields.put("jakarta.faces.partial.render", "composerArea contributionArea");
        fields.put("composer:send", "composer:send");
        fields.put("composer", "composer");
        fields.put("composer:body", question);
        fields.put("composer:questionType", "CLARIFYING");
        return ajax(fields);
    }

    /** The page's AJAX requests, one after the other as PrimeFaces queues them: each waits for the one before. */
    private CompletableFuture<?> queue = CompletableFuture.completedFuture(null);

    private CompletableFuture<HttpResponse<String>> ajax(Map<String, String> fields) {
        synchronized (this) {
            CompletableFuture<HttpResponse<String>> sent = queue.handle((before, failure) -> null).thenCompose(ignored -> send(fields));
            queue = sent;
            return sent;
        }
    }

    private CompletableFuture<HttpResponse<String>> send(Map<String, String> fields) {
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        long sent = System.nanoTime();
        return http.sendAsync(post(livePath, fields, true), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            exchanges.add(System.nanoTime() - sent);
            keepCookies(response);
            Matcher state = VIEW_STATE_UPDATE.matcher(response.body());
            if (state.find()) {
                viewState = state.group(1);
            }
            readList(response.body());
            return response;
        });
    }

    private static final java.util.concurrent.atomic.AtomicInteger TOLD_OF_ERRORS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Whether an AJAX answer is a normal partial update (not an error page put in place of the view); the first few
     * that are not go to target/benchmarks/errors.txt, to read what went wrong.
     */
    static boolean fine(HttpResponse<String> response) {
        boolean fine = response != null && response.statusCode() == 200 && response.body().contains("<partial-response")
                && !response.body().contains("<error>") && !response.body().contains("jakarta.faces.ViewRoot");
        if (!fine && TOLD_OF_ERRORS.incrementAndGet() <= 5) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "benchmarks", "errors.txt"),
                        (response == null ? "no response" : response.statusCode() + " " + response.uri() + "\n" + response.body()) + "\n\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                // Only a note for the reader of the run.
            }
        }
        return fine;
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookieHeader()).header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    private HttpRequest post(String path, Map<String, String> fields, boolean ajax) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        String cookie = cookieHeader();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return request.build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        keepCookies(response);
        return response;
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String name = pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String first(Pattern pattern, String text) throws IOException {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IOException("Not found in the page: " + pattern.pattern());
        }
        return matcher.group(1);
    }

    List<String> changes() {
        return List.copyOf(refreshes.keySet());
    }
}
