package org.ordo.attachments.internal;

import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a {@code Content-Disposition} header, as a raw upload or a form part sends it:
 * {@code filename*} (RFC 5987) wins over {@code filename}. In a quoted string a backslash escapes only a
 * quote or a backslash, since old browsers send Windows paths unescaped.
 */
public final class ContentDisposition {
    private final Map<String, String> parameters;

    private ContentDisposition(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    public static ContentDisposition parse(String header) {
        Map<String, String> parameters = new HashMap<>();
        if (header == null) {
            return new ContentDisposition(parameters);
        }
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int equals = header.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String name = header.substring(i + 1, equals).trim().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = equals + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            if (j < header.length() && header.charAt(j) == '"') {
                for (j++; j < header.length() && header.charAt(j) != '"'; j++) {
                    char c = header.charAt(j);
                    if (c == '\\' && j + 1 < header.length() && "\"\\".indexOf(header.charAt(j + 1)) >= 0) {
                        c = header.charAt(++j);
                    }
                    value.append(c);
                }
                i = header.indexOf(';', j);
            } else {
                int end = header.indexOf(';', j);
                value.append(header, j, end < 0 ? header.length() : end);
                i = end;
            }
            parameters.putIfAbsent(name, value.toString().trim());
        }
        return new ContentDisposition(parameters);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    /** The filename the client meant, or null when it sent none. */
    public String filename() {
        String extended = parameters.get("filename*");
        if (extended != null) {
            int quote = extended.indexOf('\'');
            int secondQuote = quote < 0 ? -1 : extended.indexOf('\'', quote + 1);
            if (secondQuote > 0 && extended.substring(0, quote).equalsIgnoreCase("UTF-8")) {
                try {
                    return URLDecoder.decode(extended.substring(secondQuote + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    // fall back to the plain filename
                }
            }
        }
        String plain = parameters.get("filename");
        return plain == null ? null : utf8SentAsLatin1(plain);
    }

    /**
     * HTTP headers arrive as ISO-8859-1, yet browsers and curl send a form part's filename as UTF-8
     * bytes: when the text reads as valid UTF-8 it was meant as such.
     */
    static String utf8SentAsLatin1(String text) {
        if (text.chars().allMatch(c -> c < 0x80) || text.chars().anyMatch(c -> c > 0xff)) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return text;
        }
    }
}
