package org.marigold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class QrCodeSvgTest {

    private static final String LINK = "https://marigold.example.org/library/public.xhtml?t=0123456789abcdef0123456789abcdef";

    @Test
    void everyDarkModuleIsDrawnWhereTheCodeHasItInsideAFourModuleQuietZone() {
        QrCode code = QrCode.encodeText(LINK, QrCode.Ecc.MEDIUM);
        String svg = QrCodeSvg.of(LINK, "QR code");
        boolean[][] drawn = new boolean[code.size + 8][code.size + 8];
        Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            drawn[Integer.parseInt(square.group(2))][Integer.parseInt(square.group(1))] = true;
        }
        for (int y = 0; y < code.size + 8; y++) {
            for (int x = 0; x < code.size + 8; x++) {
                boolean inCode = x >= 4 && y >= 4 && x < code.size + 4 && y < code.size + 4;
                assertEquals(inCode && code.getModule(x - 4, y - 4), drawn[y][x], "module " + x + "," + y);
            }
        }
        assertTrue(svg.contains("viewBox=\"0 0 " + (code.size + 8) + " " + (code.size + 8) + "\""), svg);
    }

    @Test
    void itIsWellFormedAndNamedForScreenReadersWhateverTheListIsCalled() throws Exception {
        String svg = QrCodeSvg.of(LINK, "QR code of the list \"<b>Read-alouds</b> & more\"");
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("QR code of the list \"<b>Read-alouds</b> & more\"", root.getAttribute("aria-label"));
    }
}
