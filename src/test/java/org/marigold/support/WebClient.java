package org.marigold.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the running app over plain HTTP, with their own cookies: opens pages, submits Faces forms
 * the way a browser would (or a crafted request could), and calls the API.
 */
public final class WebClient {

    /** PrimeFaces' script adds this nonce to every form it sends; the server refuses a post without it. */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient http;
    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    /** Headers every request of this visitor carries (as a proxy in front of the server would add them). */
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebClient(URL deployment) {
        this.base = local(deployment);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Arquillian may name the machine's external address; the server listens on loopback too. */
    public static URI local(URL deployment) {
        String url = deployment.toExternalForm().replaceFirst("//[^:/]+", "//127.0.0.1");
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** A cookie this visitor's browser holds, by name. */
    public java.util.Optional<java.net.HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** A visitor who holds only this cookie: the same browser reaching a server that never saw its session. */
    public WebClient holding(java.net.HttpCookie cookie) {
        WebClient other = new WebClient(toUrl(base));
        java.net.HttpCookie copy = new java.net.HttpCookie(cookie.getName(), cookie.getValue());
        copy.setPath("/");
        copy.setVersion(0);
        other.cookies.getCookieStore().add(base, copy);
        return other;
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** This visitor, as if reaching the server from this address through a proxy (X-Forwarded-For). */
    public WebClient from(String address) {
        return header("X-Forwarded-For", address);
    }

    /** This visitor's requests all carry this header from now on. */
    public WebClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public URI base() {
        return base;
    }

    /** The server's root, where Payara serves /health and /openapi. */
    public URI root() {
        return base.resolve("/");
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts a plain HTML form (not a Faces one) to this address, following where it leads. */
    public Page post(String path, Map<String, String> fields) {
        String encoded = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    /** Submits a form of this page: fields are named without the form's prefix; the button is the one pressed. */
    public Page submit(Page page, String formId, String button, Map<String, String> fields) {
        return send(posting(page, formId, button, fields));
    }

    /** Submits a form and reads the answer itself, without following its redirect (to read the cookies it sets). */
    public HttpResponse<String> submitOnly(Page page, String formId, String button, Map<String, String> fields) {
        HttpClient once = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        return raw(once, posting(page, formId, button, fields));
    }

    private HttpRequest.Builder posting(Page page, String formId, String button, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + button, "");
        body.put("jakarta.faces.ViewState", page.viewState());
        Matcher nonce = CSP_NONCE.matcher(page.html());
        if (nonce.find()) {
            body.put("primefaces.nonce", nonce.group(1));
        }
        String encoded = body.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(page.uri().resolve(page.formAction(formId)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded));
    }

    /** Submits a multipart form of this page with one file in it, as a browser does for an upload. */
    public Page upload(Page page, String formId, String button, Map<String, String> fields, String fileField, String fileName,
                       byte[] content) {
        Multipart form = multipart(page, formId, button, fields, fileField, fileName);
        byte[] body = new byte[form.head().length + content.length + form.tail().length];
        System.arraycopy(form.head(), 0, body, 0, form.head().length);
        System.arraycopy(content, 0, body, form.head().length, content.length);
        System.arraycopy(form.tail(), 0, body, form.head().length + content.length, form.tail().length);
        return send(form.request().POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * The same upload sent in chunks, without saying its length (as a crafted client may), the file read from
     * {@code content} as the server takes it.
     */
    public Page uploadInChunks(Page page, String formId, String button, Map<String, String> fields, String fileField, String fileName,
                               java.io.InputStream content) {
        Multipart form = multipart(page, formId, button, fields, fileField, fileName);
        return send(form.request().POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                java.util.Collections.enumeration(java.util.List.of(new java.io.ByteArrayInputStream(form.head()), content,
                        new java.io.ByteArrayInputStream(form.tail())))))));
    }

    /** A multipart form's request, and its body before and after the file's bytes. */
    private record Multipart(HttpRequest.Builder request, byte[] head, byte[] tail) {
    }

    private Multipart multipart(Page page, String formId, String button, Map<String, String> fields, String fileField, String fileName) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + button, "");
        body.put("jakarta.faces.ViewState", page.viewState());
        Matcher nonce = CSP_NONCE.matcher(page.html());
        if (nonce.find()) {
            body.put("primefaces.nonce", nonce.group(1));
        }
        String boundary = "----marigold" + System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        body.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(page.uri().resolve(page.formAction(formId)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        return new Multipart(request, out.toByteArray(), ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A download: status, headers and the bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> api(String path, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return raw(request);
    }

    /** POSTs JSON to the API (with the session's cookies, or a token when one is given). */
    public HttpResponse<String> apiPost(String path, String bearerToken, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return raw(request);
    }

    public HttpResponse<String> raw(HttpRequest.Builder request) {
        return raw(http, request);
    }

    private HttpResponse<String> raw(HttpClient client, HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest.Builder request) {
        HttpResponse<String> response = raw(request);
        return new Page(response.statusCode(), response.uri(), response.body(), response.headers().map());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A page as received. */
    public record Page(int status, URI uri, String html, Map<String, java.util.List<String>> headers) {

        public String viewState() {
            Matcher matcher = VIEW_STATE.matcher(html);
            if (!matcher.find()) {
                throw new IllegalStateException("No Faces form on " + uri + " (status " + status + ")");
            }
            return unescape(matcher.group(1));
        }

        public String formAction(String formId) {
            Matcher matcher = Pattern.compile("<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"").matcher(html);
            if (!matcher.find()) {
                throw new IllegalStateException("No form '" + formId + "' on " + uri);
            }
            return unescape(matcher.group(1));
        }

        /** What a person reads: the page's text without tags, entities decoded. */
        public String text() {
            return unescape(html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
        }

        /** A header of the answer, whatever its case; null when absent. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public boolean shows(String words) {
            return text().contains(words);
        }

        /** The text of the element with this id. */
        public String textOf(String id) {
            Matcher matcher = Pattern.compile("(?s)id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</").matcher(html);
            return matcher.find() ? unescape(matcher.group(1)).strip() : null;
        }

        /** The name, within the form, of the form's file input (its field name for {@link #upload}). */
        public String fileInput(String formId) {
            Matcher input = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(html);
            Matcher name = input.find() ? Pattern.compile("name=\"" + Pattern.quote(formId) + ":([^\"]+)\"").matcher(input.group()) : null;
            if (name == null || !name.find()) {
                throw new IllegalStateException("No file input in form '" + formId + "' on " + uri);
            }
            return name.group(1);
        }

        public String query(String name) {
            Matcher matcher = Pattern.compile("[?&]" + Pattern.quote(name) + "=([^&]*)").matcher(uri.toString());
            return matcher.find() ? matcher.group(1) : null;
        }

        private static String unescape(String text) {
            return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&#x27;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        }
    }
}
