package org.marigold.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session's cookie (JSESSIONID) is made by the server, not through the application's responses, and is SameSite=Lax
 * and HttpOnly by web.xml. It is Secure when the instance is served over HTTPS, which {@code marigold.base-url} says
 * ({@code https://…}); behind a proxy that ends TLS the server itself only ever sees plain HTTP, so it cannot tell.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (servedOverHttps(ConfigProvider.getConfig().getOptionalValue("marigold.base-url", String.class))) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    static boolean servedOverHttps(java.util.Optional<String> baseUrl) {
        return baseUrl.map(url -> url.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https://")).orElse(false);
    }
}
