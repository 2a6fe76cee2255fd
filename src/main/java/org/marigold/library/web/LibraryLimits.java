package org.marigold.library.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.marigold.library.LibraryService;

/** The library's limits as pages state them. */
@Named
@ApplicationScoped
public class LibraryLimits {

    @Inject
    LibraryService library;

    public long getUploadMegabytes() {
        return library.uploadLimit() / (1024 * 1024);
    }

    public long getUploadBytes() {
        return library.uploadLimit();
    }
}
