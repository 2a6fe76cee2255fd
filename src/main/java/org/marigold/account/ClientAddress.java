package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for slowing down password guessing. Behind a reverse proxy every request comes
 * from the proxy, which names the client in {@code X-Forwarded-For}; that header is believed only from the proxies
 * named in {@code marigold.trusted-proxies} (anyone else could write any address in it), and only its last entries,
 * which the trusted proxies themselves wrote.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "marigold.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
    }

    /** The nearest address, walking back through the forwarded ones, that is not a trusted proxy's. */
    static String of(String remote, String forwardedFor, Set<String> trusted) {
        String client = remote;
        if (forwardedFor == null || !trusted.contains(remote)) {
            return client;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0 && trusted.contains(client); i--) {
            client = hops.get(i);
        }
        return client;
    }

    private Set<String> trusted() {
        return Optional.ofNullable(trustedProxies).map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }
}
