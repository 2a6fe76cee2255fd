package org.marigold.library;

import java.time.Duration;
import org.marigold.platform.Rejected;

/**
 * How much of an uploaded ZIP package (DOCX, PPTX) the type check inflates before refusing it: a "zip bomb" of a few
 * megabytes can unpack to gigabytes, and would otherwise hold a processor for minutes. Beyond any bound the upload is
 * refused beside its field. Real documents stay far inside them: their XML packs about 10 to 1, their images not at all.
 *
 * @param entries the most parts a package may have
 * @param inflated the most bytes all its parts may unpack to
 * @param ratio how many times the packed bytes read so far the parts may unpack to, beyond {@code slack}
 * @param slack what any package may unpack to whatever its ratio (a small document of repetitive XML packs tightly)
 * @param time the longest the check may take
 */
public record PackageBounds(int entries, long inflated, int ratio, long slack, Duration time) {

    private static final long MB = 1024 * 1024;

    /** The bounds uploads are checked within. */
    public static final PackageBounds DOCUMENTS = new PackageBounds(10_000, 512 * MB, 100, 16 * MB, Duration.ofSeconds(3));

    /** Refuses the package once what it has unpacked so far, from so many packed bytes, is beyond these bounds. */
    void check(int entriesSoFar, long inflatedSoFar, long packedSoFar, long startedNanos) {
        if (entriesSoFar > entries || inflatedSoFar > inflated || inflatedSoFar > slack + ratio * packedSoFar
                || System.nanoTime() - startedNanos > time.toNanos()) {
            throw Rejected.onField("file", "resource.file.overPacked");
        }
    }
}
