package org.ordo.itests.attachments;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.AdminConsole;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.Capability;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Files on orders ({@code ordo-attachments}), with the size limit lowered to 1 MiB so that going over
 * it is quick. Every test attaches to its own new order; the tests look at the stored files too.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AttachmentsIT {
    private static final int LIMIT = 1024 * 1024;
    private static final String BOUNDARY = "----OrdoFormBoundary7MA4YWxkTrZu0gW";

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessions;

    @Inject
    private ConfigurationAdmin configurations;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options(
                editConfigurationFilePut("etc/org.ordo.attachments.cfg", "maxSizeBytes", String.valueOf(LIMIT)));
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
    }

    // ================================================================ helpers

    private static String newOrder() {
        return order(customer(), line(product("4.00", 20), 1)).get("id").asText();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A form as a browser sends it; {@code filename} goes out as UTF-8 bytes, as browsers do. */
    private static byte[] form(String field, String filename, String contentType, byte[] content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nsigned copy\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static Reply uploadForm(Api as, String orderId, byte[] form) {
        return as.send(as.request("/orders/" + orderId + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form)));
    }

    private static Reply uploadRaw(String orderId, String contentType, String disposition, byte[] content) {
        return agent().send(agent().request("/orders/" + orderId + "/attachments")
                .header("Content-Type", contentType).header("Content-Disposition", disposition)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private static Reply attach(String orderId, String filename, byte[] content) throws IOException {
        Reply reply = uploadForm(agent(), orderId, form("file", filename, "application/octet-stream", content));
        assertEquals(reply.toString(), 201, reply.status());
        return reply;
    }

    private static Path storage() {
        return Path.of(System.getProperty("karaf.data"), "ordo-attachments");
    }

    private static long filesIn(String folder) throws IOException {
        try (Stream<Path> files = Files.list(storage().resolve(folder))) {
            return files.count();
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Never happened: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static long quietly(CheckedSupplier count) {
        try {
            return count.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private interface CheckedSupplier {
        long get() throws Exception;
    }

    // ================================================================ upload and download

    @Test
    public void aFileUploadedAsAFormDownloadsByteForByte() throws Exception {
        String orderId = newOrder();
        byte[] content = randomBytes(300_000);
        Reply uploaded = uploadForm(agent(), orderId, form("file", "parcel photo.jpg", "image/jpeg", content));

        assertEquals(uploaded.toString(), 201, uploaded.status());
        JsonNode attachment = uploaded.json();
        assertEquals(orderId, attachment.get("orderId").asText());
        assertEquals("parcel photo.jpg", attachment.get("filename").asText());
        assertEquals("image/jpeg", attachment.get("contentType").asText());
        assertEquals(300_000, attachment.get("size").asLong());
        assertEquals(sha256(content), attachment.get("sha256").asText());
        assertEquals("agent", attachment.get("uploadedBy").asText());
        assertTrue(uploaded.header("Location").endsWith("/attachments/" + attachment.get("id").asText()));

        HttpResponse<byte[]> download = viewer().bytes("/attachments/" + attachment.get("id").asText() + "/content");
        assertEquals(200, download.statusCode());
        assertArrayEquals(content, download.body());
        assertEquals(sha256(content), sha256(download.body()));
        assertEquals("image/jpeg", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("attachment; filename=\"parcel photo.jpg\"; filename*=UTF-8''parcel%20photo.jpg",
                download.headers().firstValue("Content-Disposition").orElseThrow());
    }

    @Test
    public void aRawBodyIsNamedByItsContentDisposition() throws Exception {
        String orderId = newOrder();
        byte[] pdf = randomBytes(70_000);
        Reply uploaded = uploadRaw(orderId, "application/pdf", "attachment; filename*=UTF-8''R%C3%A9sum%C3%A9%20%E2%84%962.pdf",
                pdf);

        assertEquals(uploaded.toString(), 201, uploaded.status());
        assertEquals("Résumé №2.pdf", uploaded.text("/filename"));
        assertEquals("application/pdf", uploaded.text("/contentType"));
        HttpResponse<byte[]> download = viewer().bytes("/attachments/" + uploaded.text("/id") + "/content");
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"R_sum_ _2.pdf\"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%E2%84%962.pdf",
                download.headers().firstValue("Content-Disposition").orElseThrow());
    }

    @Test
    public void anOrdersFilesAreListedOldestFirstAndDescribedOneByOne() throws Exception {
        String orderId = newOrder();
        String first = attach(orderId, "a.txt", "first".getBytes(StandardCharsets.UTF_8)).text("/id");
        String second = attach(orderId, "b.txt", "second".getBytes(StandardCharsets.UTF_8)).text("/id");

        Reply list = viewer().get("/orders/" + orderId + "/attachments");
        assertEquals(200, list.status());
        assertEquals(2, list.json().size());
        assertEquals(first, list.json().get(0).get("id").asText());
        assertEquals(second, list.json().get(1).get("id").asText());
        assertEquals("b.txt", viewer().get("/attachments/" + second).text("/filename"));
        assertEquals(0, viewer().get("/orders/" + newOrder() + "/attachments").json().size());
    }

    // ================================================================ refusals

    @Test
    public void uploadsAreRefusedClearlyAndKeepNothing() throws Exception {
        String orderId = newOrder();
        long stored = filesIn("files");

        assertEquals(404, uploadForm(agent(), "999999999", form("file", "x.txt", "text/plain", new byte[10])).status());
        assertEquals(403, uploadForm(viewer(), orderId, form("file", "x.txt", "text/plain", new byte[10])).status());
        Reply noFileField = uploadForm(agent(), orderId, form("document", "x.txt", "text/plain", new byte[10]));
        assertEquals(422, noFileField.status());
        assertEquals("file", noFileField.text("/errors/0/field"));
        assertEquals(422, uploadForm(agent(), orderId, form("file", "", "application/octet-stream", new byte[0])).status());
        Reply truncatedForm = agent().send(agent().request("/orders/" + orderId + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nno closing boundary")));
        assertEquals(400, truncatedForm.status());
        assertTrue(truncatedForm.text("/detail").contains("malformed"));

        assertEquals(0, viewer().get("/orders/" + orderId + "/attachments").json().size());
        assertEquals(stored, filesIn("files"));
        assertEquals(0, filesIn("incoming"));
        assertEquals(404, viewer().get("/attachments/999999999").status());
        assertEquals(404, viewer().get("/attachments/not-a-number/content").status());
    }

    @Test
    public void aFileOverTheLimitAnswers413AndLeavesNothingBehind() throws Exception {
        String orderId = newOrder();
        long stored = filesIn("files");
        byte[] tooLarge = randomBytes(LIMIT + 1);

        Reply declaredTooLarge = uploadRaw(orderId, "application/octet-stream", "attachment; filename=\"big.bin\"", tooLarge);
        assertEquals(413, declaredTooLarge.status());
        assertEquals(LIMIT, declaredTooLarge.json().get("limit").asInt());
        Reply formTooLarge = uploadForm(agent(), orderId, form("file", "big.bin", "application/octet-stream", tooLarge));
        assertEquals(413, formTooLarge.status());
        Reply streamedTooLarge = agent().send(agent().request("/orders/" + orderId + "/attachments")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));
        assertEquals(413, streamedTooLarge.status());

        assertEquals(0, viewer().get("/orders/" + orderId + "/attachments").json().size());
        assertEquals(stored, filesIn("files"));
        assertEquals(0, filesIn("incoming"));
        assertEquals(201, uploadRaw(orderId, "application/octet-stream", "attachment; filename=\"fits.bin\"",
                randomBytes(LIMIT)).status());
    }

    @Test
    public void anUploadCutOffMidwayLeavesNothingBehind() throws Exception {
        String orderId = newOrder();
        long stored = filesIn("files");
        String credentials = Base64.getEncoder().encodeToString("agent:agent".getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("localhost", Integer.getInteger(OrdoDistribution.HTTP_PORT_PROPERTY))) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/orders/" + orderId + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + credentials + "\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Disposition: attachment; filename=\"half.bin\"\r\nContent-Length: 800000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(randomBytes(300_000));
            out.flush();
            await("the server reads the first part", () -> quietly(() -> filesIn("incoming")) == 1);
        }

        await("the partial file is removed", () -> quietly(() -> filesIn("incoming")) == 0);
        assertEquals(0, viewer().get("/orders/" + orderId + "/attachments").json().size());
        assertEquals(stored, filesIn("files"));
    }

    @Test
    public void aNewLimitAppliesLiveAndABadOneIsRefusedClearly() throws Exception {
        String orderId = newOrder();
        org.osgi.service.cm.Configuration settings = configurations.getConfiguration("org.ordo.attachments", null);
        Dictionary<String, Object> original = settings.getProperties();
        try {
            Hashtable<String, Object> bad = copy(original);
            bad.put("maxSizeBytes", "-5");
            settings.update(bad);
            AdminConsole console = new AdminConsole(sessions);
            await("the bad limit is reported", () -> quietly(() -> console.execute("ordo:status")
                    .contains("maxSizeBytes must be at least 1, not -5") ? 1 : 0) == 1);

            Hashtable<String, Object> smaller = copy(original);
            smaller.put("maxSizeBytes", "2048");
            settings.update(smaller);
            Capability.await(Capability.ATTACHMENTS);
            // Its components restart one by one, each republishing the API: ask until all have.
            await("the new limit applies", () -> uploadRaw(orderId, "application/octet-stream",
                    "attachment; filename=\"x.bin\"", randomBytes(2049)).status() == 413
                    && uploadRaw(orderId, "application/octet-stream", "attachment; filename=\"y.bin\"",
                            randomBytes(2048)).status() == 201);
            assertFalse(console.execute("ordo:status").contains("maxSizeBytes must be"));
        } finally {
            settings.update(original);
        }
        Capability.await(Capability.ATTACHMENTS);
        await("the original limit is back", () -> uploadRaw(orderId, "application/octet-stream",
                "attachment; filename=\"z.bin\"", randomBytes(LIMIT)).status() == 201);
    }

    private static Hashtable<String, Object> copy(Dictionary<String, Object> properties) {
        Hashtable<String, Object> copy = new Hashtable<>();
        for (String key : Collections.list(properties.keys())) {
            copy.put(key, properties.get(key));
        }
        return copy;
    }

    // ================================================================ filenames

    @Test
    public void hostileFilenamesAreKeptAsHarmlessNames() throws Exception {
        String orderId = newOrder();
        String longName = "a".repeat(1000) + ".pdf";
        String[][] sentAndKept = {
                { "../../etc/passwd", "passwd" },
                { "/etc/shadow", "shadow" },
                { "C:\\Windows\\win.ini", "win.ini" },
                { "..", "attachment" },
                { "in\u0001voi\u007fce\u202Efdp.exe", "invoicefdp.exe" },
                { "tab\there  and   spaces .txt", "tab here and spaces .txt" },
                { "con.txt", "_con.txt" },
                { "Größe 日本語 😀.pdf", "Größe 日本語 😀.pdf" },
                { "what?<is>*this|.txt", "what__is__this_.txt" } };
        for (String[] names : sentAndKept) {
            Reply reply = attach(orderId, names[0], names[1].getBytes(StandardCharsets.UTF_8));
            assertEquals(names[0], names[1], reply.text("/filename"));
        }
        String kept = attach(orderId, longName, new byte[] { 1 }).text("/filename");
        assertEquals(255, kept.length());
        assertTrue(kept, kept.endsWith("aaa.pdf"));

        try (Stream<Path> everything = Files.walk(Path.of(System.getProperty("karaf.data")))) {
            assertFalse(everything.anyMatch(path -> path.getFileName().toString().equals("passwd")
                    || path.getFileName().toString().equals("win.ini")));
        }
        Path etc = Path.of(System.getProperty("karaf.etc"));
        assertFalse(Files.exists(etc.resolve("passwd")));
    }

    // ================================================================ deletion and restarts

    @Test
    public void deletingAnAttachmentRemovesItsFile() throws Exception {
        String orderId = newOrder();
        String id = attach(orderId, "wrong.pdf", randomBytes(1000)).text("/id");
        long stored = filesIn("files");

        assertEquals(403, viewer().delete("/attachments/" + id).status());
        assertEquals(204, agent().delete("/attachments/" + id).status());
        assertEquals(404, viewer().get("/attachments/" + id + "/content").status());
        assertEquals(0, viewer().get("/orders/" + orderId + "/attachments").json().size());
        assertEquals(stored - 1, filesIn("files"));
        assertEquals(404, agent().delete("/attachments/" + id).status());

        String byAgent = attach(orderId, "keep.pdf", randomBytes(10)).text("/id");
        assertEquals(204, admin().delete("/attachments/" + byAgent).status());
    }

    @Test
    public void deletingAnOrderRemovesItsAttachmentsAndFiles() throws Exception {
        String orderId = newOrder();
        attach(orderId, "one.bin", randomBytes(500));
        attach(orderId, "two.bin", randomBytes(600));
        long stored = filesIn("files");

        assertEquals(204, admin().delete("/orders/" + orderId).status());

        await("the order's files are removed", () -> quietly(() -> filesIn("files")) == stored - 2);
        assertEquals(404, viewer().get("/orders/" + orderId + "/attachments").status());
    }

    @Test
    public void attachmentsSurviveARestartWhichRemovesOrphanFiles() throws Exception {
        String orderId = newOrder();
        byte[] content = randomBytes(200_000);
        String id = attach(orderId, "kept.bin", content).text("/id");
        Path orphan = Files.write(storage().resolve("files").resolve("left-by-a-crash"), new byte[] { 42 });
        Files.setLastModifiedTime(orphan, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        Path recent = Files.write(storage().resolve("files").resolve("upload-in-progress"), new byte[] { 43 });

        Bundle bundle = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "org.ordo.attachments".equals(b.getSymbolicName())).findFirst().orElseThrow();
        bundle.stop();
        assertEquals(404, viewer().get("/attachments/" + id).status());
        bundle.start();
        Capability.await(Capability.ATTACHMENTS);

        assertArrayEquals(content, viewer().bytes("/attachments/" + id + "/content").body());
        await("the orphan file is removed", () -> !Files.exists(orphan));
        assertTrue("a file younger than the grace period may be an upload in progress", Files.exists(recent));
        Files.delete(recent);
    }

    @Test
    public void theConsoleListsAnOrdersAttachments() throws Exception {
        String orderId = newOrder();
        attach(orderId, "signed-form.pdf", randomBytes(1234));

        String listed = new AdminConsole(sessions).execute("order:attachments " + orderId);

        assertTrue(listed, listed.contains("signed-form.pdf"));
        assertTrue(listed, listed.contains("1234"));
        assertTrue(listed, listed.contains("agent"));
        String check = new AdminConsole(sessions).execute("attachment:check");
        assertTrue(check, check.contains("0 attachment(s) without a file"));
    }
}
