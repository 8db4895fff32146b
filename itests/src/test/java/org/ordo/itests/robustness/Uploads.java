package org.ordo.itests.robustness;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Uploads to {@code POST /orders/{id}/attachments} that must keep nothing: a file is any bytes, so
 * here the form around it is broken, the order is unknown, or the user may not upload.
 */
final class Uploads {
    private static final String FILE_PART = "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nhello";
    private static final List<String> BROKEN_FORMS = List.of(
            // no closing boundary: the file never ends
            FILE_PART,
            FILE_PART + "\r\n--fuz",
            // no field named file
            "--fuzz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nvalue\r\n--fuzz--\r\n",
            // no parts at all, or not a form
            "--fuzz--\r\n", "", "garbage without boundaries",
            // part headers that never end
            "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd\"",
            "--fuzz\r\n" + "X-Header: " + "h".repeat(100_000));
    private static final Map<String, String> RAW_FILE = Map.of("Content-Type", "text/plain",
            "Content-Disposition", "attachment; filename=\"../../etc/passwd\"");

    private Uploads() {
    }

    static FuzzCase upload(Random random, Endpoint endpoint, String path, String unknownOrderPath) {
        byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(6)) {
            case 0:
                List<String> users = List.of("viewer", "anonymous", "wrong-password", "malformed-auth");
                String user = users.get(random.nextInt(users.size()));
                return new FuzzCase("viewer".equals(user) ? "unauthorized-role" : "unauthenticated", user, "POST", path,
                        RAW_FILE, hello, false);
            case 1:
                return new FuzzCase("bad-path-id", "agent", "POST", unknownOrderPath, RAW_FILE, hello, false);
            case 2:
                return new FuzzCase("malformed-multipart", "admin", "POST", path, Map.of("Content-Type", "multipart/form-data"),
                        FILE_PART.getBytes(StandardCharsets.UTF_8), false);
            default:
                String form = BROKEN_FORMS.get(random.nextInt(BROKEN_FORMS.size()));
                return new FuzzCase("malformed-multipart", "admin", "POST", path,
                        Map.of("Content-Type", "multipart/form-data; boundary=fuzz"), form.getBytes(StandardCharsets.UTF_8),
                        random.nextBoolean());
        }
    }
}
