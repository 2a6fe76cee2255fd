package org.marigold.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test uses: the WAR that {@code mvn package} built, exactly as users run it,
 * plus the test classes that run inside it.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive marigold(Class<?>... testClasses) {
        File war = new File(System.getProperty("marigold.war", "target/marigold.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "marigold.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses)
                .addClasses(People.class, InACircle.class);
    }

    private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

    /** The same WAR with its demo-data setting turned on, as the README's run command does. */
    public static WebArchive withDemoData(WebArchive war) {
        return withConfig(war, "marigold.demo-data=true");
    }

    /**
     * The same WAR sending its mail to a test SMTP server on this port (no STARTTLS), trying again every second, and
     * ending other sessions at once when a password changes (no 5-second grace).
     */
    public static WebArchive sendingMailTo(WebArchive war, int smtpPort, String... settings) {
        String[] mail = {"marigold.smtp.host=127.0.0.1", "marigold.smtp.port=" + smtpPort, "marigold.smtp.starttls=false",
            "marigold.mail.from=Marigold <marigold@example.org>", "marigold.mail.retry-after=PT1S", "marigold.sessions.recheck=PT0S"};
        String[] all = Arrays.copyOf(mail, mail.length + settings.length);
        System.arraycopy(settings, 0, all, mail.length, settings.length);
        return withConfig(war, all);
    }

    /** The same WAR with these settings ({@code name=value}) added to its configuration; they win over the WAR's own. */
    public static WebArchive withConfig(WebArchive war, String... settings) {
        String config;
        try (InputStream in = war.get(CONFIG).getAsset().openStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            config = out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(CONFIG);
        return war.add(new StringAsset(config + "\n" + String.join("\n", settings) + "\n"), CONFIG);
    }
}
