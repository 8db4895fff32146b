package org.ordo.itests.robustness;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request the server must refuse, or answer without changing anything.
 *
 * @param kind    what makes it wrong, for the report and the figures
 * @param user    who sends it: a development user, {@code anonymous}, {@code wrong-password} or
 *                {@code malformed-auth}
 * @param body    the exact bytes, or null for none
 * @param chunked sent without a Content-Length
 */
record FuzzCase(String kind, String user, String method, String path, Map<String, String> headers, byte[] body,
        boolean chunked) {

    /** What a failure report shows of it: the start of the body, never a megabyte. */
    String describe() {
        String text = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        String size = body == null ? "" : " (" + body.length + " bytes" + (chunked ? ", chunked" : "") + ")";
        return "[" + kind + "] " + user + " " + method + " " + excerpt(path, 300) + " " + headers + size + " " + text;
    }

    static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
