package org.marigold.library.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVPrinter;
import jakarta.ws.rs.core.UriInfo;
import org.marigold.library.FileType;
import org.marigold.library.LibraryCsv;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.platform.NotFound;

/** Responses that download as files: uploads with their checked type, CSV and bookmarks exports. */
final class Attachments {

    private static final int EXPORT_PAGE = 500;
    /**
     * A PDF opened in the browser is a document of no origin that runs nothing of ours and cannot be framed. Browsers
     * show it in a tab of its own (Chromium's viewer takes no sandboxed frame, so it is never put in one).
     */
    static final String INLINE_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'";

    private Attachments() {
    }

    static Response file(LibraryService.Download download) {
        return attachment(Response.ok(download.content(), download.contentType()), download.fileName())
                .header("Content-Length", download.content().length)
                .build();
    }

    /**
     * A PDF shown in the browser rather than saved: only a file whose bytes were checked as a PDF when it was uploaded
     * (never HTML or script that calls itself a PDF), sandboxed ({@link #INLINE_POLICY}) and never sniffed.
     */
    static Response inlinePdf(LibraryService.Download download) {
        if (!FileType.PDF.contentType().equals(download.contentType())) {
            throw new NotFound("Only PDFs open in the browser; download this file instead.");
        }
        return disposition(Response.ok(download.content(), download.contentType()), "inline", download.fileName())
                .header("Content-Length", download.content().length)
                .header("Content-Security-Policy", INLINE_POLICY)
                .build();
    }

    /** A CSV written page by page, so a large library never sits in memory whole. */
    static Response csv(String fileName, Long readerId, UriInfo uri, IntFunction<List<Resource>> pageStartingAt) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter printer = LibraryCsv.printer(writer)) {
                for (List<Resource> page : pages(pageStartingAt)) {
                    for (Resource resource : page) {
                        LibraryCsv.print(printer, resource, readerId, r -> ResourceJson.fileAddress(uri, r));
                    }
                }
            }
        };
        return attachment(Response.ok(body, "text/csv; charset=UTF-8"), fileName).build();
    }

    static int pageSize() {
        return EXPORT_PAGE;
    }

    /** Every resource, fetched a page at a time. */
    static List<Resource> all(IntFunction<List<Resource>> pageStartingAt) {
        List<Resource> all = new java.util.ArrayList<>();
        pages(pageStartingAt).forEach(all::addAll);
        return all;
    }

    /** Pages of {@link #pageSize()} resources, until a shorter page says there are no more. */
    private static Iterable<List<Resource>> pages(IntFunction<List<Resource>> pageStartingAt) {
        return () -> new java.util.Iterator<>() {
            private int first;
            private boolean more = true;

            @Override
            public boolean hasNext() {
                return more;
            }

            @Override
            public List<Resource> next() {
                if (!more) {
                    throw new java.util.NoSuchElementException();
                }
                List<Resource> page = pageStartingAt.apply(first);
                first += EXPORT_PAGE;
                more = page.size() == EXPORT_PAGE;
                return page;
            }
        };
    }

    static Response bookmarks(String fileName, String html) {
        return attachment(Response.ok(html, "text/html; charset=UTF-8"), fileName).build();
    }

    /** Saved, never shown in the page: with the name in plain ASCII and, for every browser since 2011, in UTF-8. */
    private static Response.ResponseBuilder attachment(Response.ResponseBuilder response, String fileName) {
        return disposition(response, "attachment", fileName);
    }

    private static Response.ResponseBuilder disposition(Response.ResponseBuilder response, String how, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return response.header("Content-Disposition", how + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    /** A file name from a title: letters, digits and hyphens. */
    static String named(String title, String extension) {
        String base = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "library" : base.length() > 60 ? base.substring(0, 60) : base) + "." + extension;
    }
}
