package org.marigold.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a linked page to fill in the add form ({@link LinkPreview}), without becoming a way into the server's network:
 * only http(s), only addresses on the public internet (never loopback, private, link-local, unique-local, carrier or
 * reserved ranges: the cloud's metadata address is link-local), checked again at every redirect, which are followed by
 * hand (five at most); the whole exchange within {@link #DEADLINE}, the page's first {@link #MOST_BYTES} only, HTML only.
 * A name is resolved for the check and again by the HTTP client when it connects; a DNS server that answers the two
 * differently could still reach an inner address in that moment, which only a proxy in front of the server closes.
 * Tests allow named private addresses (a local test server) with {@code marigold.link-previews.allowed-private-addresses};
 * production never sets it.
 */
@ApplicationScoped
public class LinkPreviews {

    static final Duration DEADLINE = Duration.ofSeconds(5);
    static final int MOST_BYTES = 512 * 1024;
    private static final int MOST_REDIRECTS = 5;
    private static final Logger LOG = Logger.getLogger(LinkPreviews.class.getName());

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    @Inject
    @ConfigProperty(name = "marigold.link-previews.allowed-private-addresses")
    Optional<String> allowedPrivateAddresses = Optional.empty();

    /** What the page at this address says about itself; empty when it cannot or may not be read. */
    public Optional<LinkPreview> preview(String address) {
        if (address == null || !WebLink.isAcceptable(address.strip())) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        try {
            URI page = URI.create(address.strip());
            for (int hop = 0; hop <= MOST_REDIRECTS; hop++) {
                if (!mayRequest(page)) {
                    return Optional.empty();
                }
                HttpRequest request = HttpRequest.newBuilder(page).GET().timeout(DEADLINE)
                        .header("Accept", "text/html,application/xhtml+xml")
                        .header("User-Agent", "Marigold link preview")
                        .build();
                CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> new FirstBytes(MOST_BYTES));
                HttpResponse<byte[]> answer;
                try {
                    answer = exchange.get(Math.max(deadline - System.nanoTime(), 1), TimeUnit.NANOSECONDS);
                } catch (TimeoutException tooSlow) {
                    exchange.cancel(true);
                    throw tooSlow;
                }
                int status = answer.statusCode();
                Optional<String> location = answer.headers().firstValue("Location");
                if (status >= 300 && status < 400 && location.isPresent()) {
                    page = page.resolve(location.get().strip());
                    continue;
                }
                String type = answer.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (status != 200 || !(type.startsWith("text/html") || type.startsWith("application/xhtml+xml"))) {
                    return Optional.empty();
                }
                LinkPreview preview = LinkPreview.read(answer.body(), charsetIn(type), page);
                return preview.isEmpty() ? Optional.empty() : Optional.of(preview);
            }
            return Optional.empty();
        } catch (TimeoutException | ExecutionException | IllegalArgumentException | UnknownHostException unanswered) {
            LOG.log(Level.FINE, "No preview of " + address, unanswered);
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether this address may be asked: http(s), and every address its host name has is public (or allowed by tests). */
    boolean mayRequest(URI page) throws UnknownHostException {
        String scheme = page.getScheme() == null ? "" : page.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || page.getHost() == null || page.getRawUserInfo() != null) {
            return false;
        }
        InetAddress[] addresses = InetAddress.getAllByName(page.getHost());
        Set<String> allowed = allowedPrivateAddresses.map(list -> Set.copyOf(Arrays.asList(list.strip().split("\\s*,\\s*"))))
                .orElse(Set.of());
        for (InetAddress address : addresses) {
            if (!isPublic(address) && !allowed.contains(address.getHostAddress())) {
                return false;
            }
        }
        return addresses.length > 0;
    }

    /** An address on the public internet: none of the ranges that lead into a private network or back to this machine. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc;
            boolean mappedOrTranslated = isIpv4Carrier(b);
            return !uniqueLocal && !mappedOrTranslated;
        }
        return false;
    }

    /** IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::/96) addresses carry an IPv4 address we will not judge: refused. */
    private static boolean isIpv4Carrier(byte[] b) {
        boolean leadingZeros = true;
        for (int i = 0; i < 12; i++) {
            leadingZeros &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        return leadingZeros || nat64;
    }

    private static String charsetIn(String contentType) {
        for (String part : contentType.split(";")) {
            String parameter = part.strip();
            if (parameter.startsWith("charset=")) {
                return parameter.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return null;
    }

    /** The first {@code most} bytes of a body; the rest is not read (the exchange is cancelled). */
    private static final class FirstBytes implements HttpResponse.BodySubscriber<byte[]> {
        private final int most;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        FirstBytes(int most) {
            this.most = most;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[Math.min(buffer.remaining(), most - bytes.size())];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (bytes.size() >= most) {
                subscription.cancel();
                body.complete(bytes.toByteArray());
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
