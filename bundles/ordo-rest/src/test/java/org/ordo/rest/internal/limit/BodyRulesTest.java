package org.ordo.rest.internal.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.ProblemException;

class BodyRulesTest {
    private static final long LIMIT = 1024 * 1024;
    private static final long BIG = 15L * 1024 * 1024;
    private static final List<String> JSON = BodyRules.JSON_TYPES;
    private static final List<String> ANY = List.of(MediaType.WILDCARD);

    static class Undeclared {
        public void create() {
        }
    }

    @Consumes(MediaType.APPLICATION_JSON)
    static class Declared {
        public void create() {
        }

        @Consumes({"text/csv, text/plain", MediaType.WILDCARD})
        public void upload() {
        }
    }

    @Test
    void aBodyOfAnyMediaTypeIsLimitedUnlessTheMethodTakesUploads() {
        for (String type : List.of("application/json", "application/json; charset=UTF-8", "application/merge-patch+json")) {
            assertEquals(413, status(type, BIG, false, JSON, false), type);
            assertEquals(0, status(type, LIMIT, false, JSON, false), type);
        }
        assertEquals(413, status("text/plain", BIG, false, ANY, false));
        assertEquals(413, status("application/x-www-form-urlencoded", BIG, false, ANY, false));
        assertEquals(0, status("image/jpeg", BIG, false, ANY, true));
    }

    @Test
    void aBodyWithoutAMediaTypeOrWithAWildcardOrBrokenOneIsRefusedBeforeItsSize() {
        for (String type : new String[] {null, "", "*/*", "application/*", "*/json", "application/*+json", "garbage",
                "application/", "/json", "application/json;;;x", "application/json; charset", "text/plain; a=\"open",
                "application/json\u0000", "application json"}) {
            assertEquals(415, status(type, BIG, false, JSON, false), String.valueOf(type));
            assertEquals(415, status(type, 10, true, JSON, false), "chunked " + type);
        }
        assertEquals(415, status("*/*", BIG, false, ANY, true), "even an upload names its type");
        assertEquals(0, status(null, BIG, false, ANY, true), "an upload without a type is the method's to name");
    }

    @Test
    void aTypeTheMethodDoesNotConsumeIsRefused() {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/xml", "application/jsonx")) {
            assertEquals(415, status(type, 10, false, JSON, false), type);
        }
        assertEquals(0, status("APPLICATION/JSON; Charset=\"utf-8\"", 10, false, JSON, false));
        assertEquals(0, status("text/csv", 10, false, List.of("text/plain", "text/csv"), false));
    }

    @Test
    void aRequestWithoutABodyIsNotJudged() {
        assertEquals(0, status("*/*", 0, false, JSON, false));
        assertEquals(0, status("garbage", -1, false, JSON, false));
        assertEquals(0, status(null, 0, true, JSON, false));
        assertTrue(BodyRules.hasBody(-1, true));
        assertFalse(BodyRules.hasBody(-1, false));
    }

    @Test
    void theRefusalSaysWhatToSend() {
        ProblemException missing = BodyRules.refusal(null, 10, false, JSON, false, LIMIT).orElseThrow();
        assertEquals("unsupported-media-type", missing.type());
        assertTrue(missing.detail().contains("no Content-Type"), missing.detail());
        assertTrue(missing.detail().contains("application/json"), missing.detail());
        assertEquals(JSON, missing.properties().get("accepted"));
        ProblemException wildcard = BodyRules.refusal("*/*", 10, false, ANY, true, LIMIT).orElseThrow();
        assertTrue(wildcard.detail().contains("media type of its content"), wildcard.detail());
    }

    @Test
    void whatAMethodConsumesIsItsOwnDeclarationElseItsClassElseJson() throws Exception {
        assertEquals(JSON, BodyRules.consumes(Undeclared.class.getMethod("create"), Undeclared.class));
        assertEquals(List.of("application/json"), BodyRules.consumes(Declared.class.getMethod("create"), Declared.class));
        assertEquals(List.of("text/csv", "text/plain", "*/*"), BodyRules.consumes(Declared.class.getMethod("upload"), Declared.class));
        assertEquals(JSON, BodyRules.consumes(null, null));
    }

    @Test
    void aDeclaredTypeMatchesByTypeSubtypeAndSuffix() {
        assertTrue(BodyRules.accepts("application/*+json", "application", "merge-patch+json"));
        assertFalse(BodyRules.accepts("application/*+json", "application", "json"));
        assertTrue(BodyRules.accepts("application/json; charset=UTF-8", "application", "json"));
        assertTrue(BodyRules.accepts("text/*", "text", "plain"));
        assertFalse(BodyRules.accepts("text/*", "image", "plain"));
    }

    private static int status(String type, long length, boolean chunked, List<String> consumes, boolean upload) {
        Optional<ProblemException> refusal = BodyRules.refusal(type, length, chunked, consumes, upload, LIMIT);
        return refusal.map(ProblemException::status).orElse(0);
    }
}
