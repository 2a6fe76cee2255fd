package org.marigold.support;

import java.io.File;
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
                .addClass(People.class);
    }
}
