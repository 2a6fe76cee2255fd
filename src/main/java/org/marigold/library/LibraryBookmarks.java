package org.marigold.library;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.marigold.platform.HtmlText;

/**
 * Resources as a browser bookmarks file (the Netscape bookmark format that Firefox, Chrome, Safari and Edge all
 * import), in one folder. Everything written is HTML-escaped; resources without an address are left out.
 */
public final class LibraryBookmarks {

    private LibraryBookmarks() {
    }

    /** @param fileAddress where an uploaded file of the library can be downloaded from */
    public static String write(String folder, Instant made, List<Resource> resources, Function<Resource, String> fileAddress) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE NETSCAPE-Bookmark-file-1>
                <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
                <TITLE>Bookmarks</TITLE>
                <H1>Bookmarks</H1>
                <DL><p>
                """);
        html.append("    <DT><H3 ADD_DATE=\"").append(made.getEpochSecond()).append("\">").append(escape(folder)).append("</H3>\n");
        html.append("    <DL><p>\n");
        for (Resource resource : resources) {
            String address = resource.isFile() ? fileAddress.apply(resource) : resource.getUrl();
            if (address == null) {
                continue;
            }
            html.append("        <DT><A HREF=\"").append(escape(address)).append("\" ADD_DATE=\"")
                    .append(resource.getAddedAt().getEpochSecond()).append('"');
            if (!resource.getTags().isEmpty()) {
                html.append(" TAGS=\"").append(escape(String.join(",", resource.getTags()))).append('"');
            }
            html.append('>').append(escape(resource.getTitle())).append("</A>\n");
            if (resource.getDescription() != null) {
                html.append("        <DD>").append(escape(resource.getDescription())).append('\n');
            }
        }
        return html.append("    </DL><p>\n</DL><p>\n").toString();
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }
}
