package org.marigold.web;

import io.nayuki.qrcodegen.QrCode;
import org.marigold.platform.HtmlText;

/**
 * A QR code as an SVG picture to put in a page (a published list's link, read by a phone's camera from a projector):
 * dark modules on white, with the four-module quiet zone scanners need around it, scaled by the page.
 */
public final class QrCodeSvg {

    private static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    /** The text (an address) encoded with medium error correction, as an {@code <svg>} element named by {@code label}. */
    public static String of(String text, String label) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int side = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side + "\" role=\"img\" aria-label=\""
                + HtmlText.escape(label) + "\" class=\"qr-code\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
