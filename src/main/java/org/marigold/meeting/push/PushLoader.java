package org.marigold.meeting.push;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.function.Supplier;

/**
 * The class loader a push is sent under: the application's in every respect but one, it names no thread context
 * providers of Jakarta Concurrency.
 * <p>
 * Why: Tyrus (Payara's websockets) restarts a session's idle timer on every message it sends, even when the session
 * has no idle timeout (Faces sets none), by scheduling a task on Payara's managed scheduler; and Payara, capturing the
 * context of each task, looks the thread context providers up afresh with a {@link java.util.ServiceLoader} over the
 * thread's class loader, which reads every jar of the application and of the server's modules. One push to a meeting
 * of 300 was 300 such lookups: in a load run's profile about a twelfth of the server's samples, and two thirds of the
 * push threads'. Neither the application nor Marigold's pages declare such a provider, and the idle timer's task needs no
 * context; other lookups (and loading classes) go to the application's loader as before.
 */
final class PushLoader extends ClassLoader {

    static final String CONTEXT_PROVIDERS = "META-INF/services/jakarta.enterprise.concurrent.spi.ThreadContextProvider";

    PushLoader(ClassLoader application) {
        super(application);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return CONTEXT_PROVIDERS.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    /** Runs {@code send} with this as the thread's context class loader, and puts the one before back. */
    <T> T around(Supplier<T> send) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(this);
        try {
            return send.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
