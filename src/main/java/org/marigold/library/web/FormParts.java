package org.marigold.library.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart form already read into memory (by {@link UploadLimit}, within the library's limit), as its parts and its
 * fields: the request handed on answers {@code getPart}, {@code getParts} and {@code getParameter} from them, and the
 * container never reads the body again.
 */
final class FormParts {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPOSITION_PARAMETER = Pattern.compile(";\\s*([a-zA-Z*]+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    private final List<Part> parts;
    private final Charset charset;

    private FormParts(List<Part> parts, Charset charset) {
        this.parts = parts;
        this.charset = charset;
    }

    /** Splits the body at the boundary its content type names; a body that is not such a form is refused. */
    static FormParts read(byte[] body, String contentType) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("No boundary");
        }
        String name = boundary.group(1) != null ? boundary.group(1) : boundary.group(2);
        byte[] delimiter = ("--" + name).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + name).getBytes(StandardCharsets.ISO_8859_1);
        Charset charset = StandardCharsets.UTF_8; // as every page of the app is
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int after = at + delimiter.length;
            if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
                return new FormParts(parts, charset);
            }
            int headersEnd = indexOf(body, HEADERS_END, after);
            int end = headersEnd < 0 ? -1 : indexOf(body, nextDelimiter, headersEnd + HEADERS_END.length);
            if (end < 0) {
                break;
            }
            String headers = new String(body, after, headersEnd - after, charset);
            int start = headersEnd + HEADERS_END.length;
            parts.add(FormPart.of(headers, body, start, end - start));
            at = end + 2;
        }
        throw new IllegalArgumentException("Not a complete multipart form");
    }

    private static int indexOf(byte[] body, byte[] wanted, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= body.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (body[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The request, answering for its parts and fields (with those of its address) from what was read. */
    HttpServletRequest in(HttpServletRequest request) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                add(fields, key, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        for (Part part : parts) {
            if (part.getSubmittedFileName() == null) {
                add(fields, part.getName(), ((FormPart) part).text(charset));
            }
        }
        return new Read(request, parts, Collections.unmodifiableMap(fields));
    }

    private static void add(Map<String, String[]> fields, String name, String value) {
        String[] held = fields.get(name);
        String[] more = held == null ? new String[1] : java.util.Arrays.copyOf(held, held.length + 1);
        more[more.length - 1] = value;
        fields.put(name, more);
    }

    /** One part of the form: its headers and where its content lies in the body. */
    private record FormPart(Map<String, String> headers, String name, String fileName, byte[] body, int offset, int length)
            implements Part {

        static FormPart of(String headerLines, byte[] body, int offset, int length) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : headerLines.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
            }
            String disposition = headers.getOrDefault("content-disposition", "");
            Map<String, String> parameters = new LinkedHashMap<>();
            Matcher parameter = DISPOSITION_PARAMETER.matcher(disposition);
            while (parameter.find()) {
                String value = parameter.group(2) != null ? parameter.group(2).replaceAll("\\\\(.)", "$1") : parameter.group(3);
                parameters.put(parameter.group(1).toLowerCase(Locale.ROOT), value);
            }
            if (!disposition.toLowerCase(Locale.ROOT).startsWith("form-data") || parameters.get("name") == null) {
                throw new IllegalArgumentException("A part without a name");
            }
            return new FormPart(headers, parameters.get("name"), parameters.get("filename"), body, offset, length);
        }

        String text(Charset charset) {
            return new String(body, offset, length, charset);
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(body, offset, length);
        }

        @Override
        public String getContentType() {
            return headers.get("content-type");
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getSubmittedFileName() {
            return fileName;
        }

        @Override
        public long getSize() {
            return length;
        }

        @Override
        public void write(String fileName) {
            throw new UnsupportedOperationException("Parts are read from memory");
        }

        @Override
        public void delete() {
        }

        @Override
        public String getHeader(String header) {
            return headers.get(header.toLowerCase(Locale.ROOT));
        }

        @Override
        public Collection<String> getHeaders(String header) {
            String value = getHeader(header);
            return value == null ? List.of() : List.of(value);
        }

        @Override
        public Collection<String> getHeaderNames() {
            return headers.keySet();
        }
    }

    /** The request as the page sees it once its body has been read here. */
    private static final class Read extends HttpServletRequestWrapper {

        private final List<Part> parts;
        private final Map<String, String[]> fields;

        Read(HttpServletRequest request, List<Part> parts, Map<String, String[]> fields) {
            super(request);
            this.parts = parts;
            this.fields = fields;
        }

        @Override
        public Collection<Part> getParts() {
            return parts;
        }

        @Override
        public Part getPart(String name) {
            return parts.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
        }

        @Override
        public String getParameter(String name) {
            String[] values = fields.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = fields.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return fields;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(fields.keySet());
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return true;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                }

                @Override
                public int read() {
                    return -1;
                }
            };
        }
    }
}
