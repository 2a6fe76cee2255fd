package org.marigold.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A visitor who reads a page starts no HTTP session: a public page viewed a hundred thousand times must not hold a
 * hundred thousand sessions for four hours each (docs/benchmarks.md). A visitor's pages are stateless Faces views
 * (the layout's {@code f:view transient}), so nothing about them is needed after the page is sent; yet Mojarra still
 * registers a stateless view's {@code @ViewScoped} beans in the session. For a visitor's GET the page gets a
 * session that lives for the request only, and no cookie. Signing in, registering or a language chosen with the
 * switcher are posts, and start a real session as before; so does any request that already has one.
 */
// Also for the error page a visitor is shown (the container dispatches it with its own request).
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SessionlessReading extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean visitor = request.getUserPrincipal() == null && request.getSession(false) == null;
        chain.doFilter(reading && visitor ? new Reading(request) : request, response);
    }

    /** The visitor's request, whose session (if the page asks for one) ends with the request. */
    private static final class Reading extends HttpServletRequestWrapper {

        private RequestSession session;

        Reading(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new RequestSession(getServletContext());
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }
    }

    /** A session kept in memory for one request: never stored, never named in a cookie. */
    private static final class RequestSession implements HttpSession {

        private final ServletContext context;
        private final long createdAt = System.currentTimeMillis();
        private final String id = UUID.randomUUID().toString();
        private final Map<String, Object> attributes = new ConcurrentHashMap<>();
        private int maxInactiveInterval;

        RequestSession(ServletContext context) {
            this.context = context;
        }

        @Override
        public long getCreationTime() {
            return createdAt;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public long getLastAccessedTime() {
            return createdAt;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            maxInactiveInterval = interval;
        }

        @Override
        public int getMaxInactiveInterval() {
            return maxInactiveInterval;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public void invalidate() {
            attributes.clear();
        }

        @Override
        public boolean isNew() {
            return true;
        }
    }
}
