package org.marigold.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The notes a facilitator pinned for the room, at the top of the live page and of every group's page. */
final class PinnedNotes {

    private PinnedNotes() {
    }

    /** Waits until this note is pinned on the page, without reloading; returns every pinned note as "Group · note". */
    static List<String> waitFor(Browser browser, String note) {
        browser.waitFor(() -> "\"" + note + "\" pinned for the room", d -> d.findElements(By.cssSelector("#pinnedNotes .pinned-body")).stream()
                .anyMatch(body -> body.getText().equals(note)));
        return browser.all(By.cssSelector("#pinnedNotes li.pinned-note")).stream()
                .map(li -> li.findElement(By.className("badge")).getText() + " · " + li.findElement(By.className("pinned-body")).getText())
                .toList();
    }
}
