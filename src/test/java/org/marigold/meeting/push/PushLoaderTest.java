package org.marigold.meeting.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushLoaderTest {

    @TempDir
    Path classes;

    /** An application whose jars name a thread context provider and some other service. */
    private URLClassLoader application() throws IOException {
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve("jakarta.enterprise.concurrent.spi.ThreadContextProvider"), "org.example.Provider\n");
        Files.writeString(services.resolve("jakarta.json.spi.JsonProvider"), "org.example.Json\n");
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void aPushLooksUpNoThreadContextProviderAndEverythingElseAsTheApplicationDoes() throws Exception {
        try (URLClassLoader application = application()) {
            PushLoader loader = new PushLoader(application);

            assertTrue(application.getResources(PushLoader.CONTEXT_PROVIDERS).hasMoreElements(), "the application names one");
            assertFalse(loader.getResources(PushLoader.CONTEXT_PROVIDERS).hasMoreElements(), "the push names none");
            assertFalse(ServiceLoader.load(jakarta.enterprise.concurrent.spi.ThreadContextProvider.class, loader).iterator().hasNext(),
                    "so Payara's lookup for each task finds nothing, without reading a jar");
            assertEquals(Collections.list(application.getResources("META-INF/services/jakarta.json.spi.JsonProvider")),
                    Collections.list(loader.getResources("META-INF/services/jakarta.json.spi.JsonProvider")), "other services as before");
            assertSame(Push.class, loader.loadClass(Push.class.getName()), "classes from the application's loader");
        }
    }

    @Test
    void theThreadsLoaderIsPutBackAfterThePushEvenWhenItFails() throws Exception {
        try (URLClassLoader application = application()) {
            PushLoader loader = new PushLoader(application);
            ClassLoader before = Thread.currentThread().getContextClassLoader();

            assertSame(loader, loader.around(() -> Thread.currentThread().getContextClassLoader()), "sent under the push loader");
            assertSame(before, Thread.currentThread().getContextClassLoader());
            assertThrows(IllegalStateException.class, () -> loader.around(() -> {
                throw new IllegalStateException("a page gone");
            }));
            assertSame(before, Thread.currentThread().getContextClassLoader(), "put back after a failure too");
        }
    }
}
