package org.ordo.itests.hostile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeNotNull;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.io.FileInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ordo.itests.support.ServerLog;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * An authenticated user, or anyone, sending what a server must survive: bodies far over the limit in
 * every media type, login floods, health probes, and the shipped passwords from another machine. Each
 * refusal is a problem, and nothing is created. The login throttle runs with a short window here, and
 * the users locked out are the test's own, so that no other test is.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileRestIT {
    private static final String SECURITY = "etc/org.ordo.rest.security.cfg";
    private static final int PER_USER = 3;
    private static final int PER_ADDRESS = 20;
    private static final int WINDOW_SECONDS = 6;
    /** Users of this test, with the agent role: the throttle locks them out, and the log must never show their passwords. */
    private static final String MALLORY = "mallory";
    private static final String MALLORY_PASSWORD = "mallory-correct-horse-7431";
    private static final String PEGGY = "peggy";
    private static final String PEGGY_PASSWORD = "peggy-Pa55-never-logged-91c";

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options(
                editConfigurationFilePut(SECURITY, "loginFailuresPerUser", String.valueOf(PER_USER)),
                editConfigurationFilePut(SECURITY, "loginFailuresPerAddress", String.valueOf(PER_ADDRESS)),
                editConfigurationFilePut(SECURITY, "loginFailureWindowSeconds", String.valueOf(WINDOW_SECONDS)),
                editConfigurationFilePut("etc/users.properties", MALLORY, MALLORY_PASSWORD + ",ordo-agent"),
                editConfigurationFilePut("etc/users.properties", PEGGY, PEGGY_PASSWORD + ",ordo-agent"));
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
    }

    // ================================================================ bodies

    @Test
    public void fifteenMegabytesOfAnyTypeAreRefusedUnreadAndCreateNothing() {
        String marker = "hostile" + unique();
        byte[] body = Hostility.fifteenMegabyteCustomer(marker);
        for (String type : new String[] {"*/*", null, "text/plain", "application/x-www-form-urlencoded", "garbage",
                "application/json"}) {
            Reply reply = Hostility.post(agent(), "/customers", type, body);
            assertTrue(type + ": " + reply, reply.status() == 413 || reply.status() == 415);
            assertProblem(reply, reply.status());
        }
        assertEquals(0, viewer().get("/customers?q=" + marker).json().at("/total").asLong());
        assertEquals(200, Api.anonymous().get("/health").status());
        assertFalse(ServerLog.text().contains("OutOfMemoryError"));
    }

    @Test
    public void aChunkedBodyIsCutOffAtTheLimitNotReadToItsEnd() {
        for (String type : List.of("application/json", "*/*")) {
            AtomicLong supplied = new AtomicLong();
            Reply reply = Hostility.postEndless(agent(), "/customers", type, 512L * Hostility.MEBIBYTE, supplied);
            assertProblem(reply, "*/*".equals(type) ? 415 : 413);
            assertTrue(type + ": the server took " + supplied.get() + " bytes", supplied.get() < 64L * Hostility.MEBIBYTE);
        }
        assertEquals(200, Api.anonymous().get("/health").status());
    }

    @Test
    public void aTypeTheMethodDoesNotTakeOrThatIsNoTypeIs415() {
        String marker = "typed" + unique();
        byte[] valid = obj("firstName", "T", "lastName", marker, "email", marker + "@example.com").toString()
                .getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("application/xml", "text/csv", "multipart/form-data; boundary=x", "application/*",
                "application/json;;;x", "application json")) {
            Reply reply = Hostility.post(agent(), "/customers", type, valid);
            assertProblem(reply, 415);
        }
        assertEquals(0, viewer().get("/customers?q=" + marker).json().at("/total").asLong());
        assertEquals(201, Hostility.post(agent(), "/customers", "application/json; charset=UTF-8", valid).status());
    }

    @Test
    public void anUploadKeepsItsOwnLimitButNeedsARealType() {
        String orderId = order(customer(), line(product("4.00", 20), 1)).get("id").asText();
        String path = "/orders/" + orderId + "/attachments";
        byte[] photo = new byte[2 * Hostility.MEBIBYTE];
        Reply wildcard = agent().send(agent().request(path).header("Content-Type", "*/*")
                .header("Content-Disposition", "attachment; filename=\"x.jpg\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(photo)));
        assertProblem(wildcard, 415);
        assertEquals(0, viewer().get(path).json().size());
        Reply jpeg = agent().send(agent().request(path).header("Content-Type", "image/jpeg")
                .header("Content-Disposition", "attachment; filename=\"parcel.jpg\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(photo)));
        assertEquals(jpeg.toString(), 201, jpeg.status());
        assertEquals(photo.length, jpeg.json().at("/size").asLong());
    }

    @Test
    public void numbersAndDecimalsBeyondWhatMoneyNeedsAreRefused() {
        String sku = "HOSTILE-" + unique();
        Reply huge = admin().post("/products", "{\"sku\":\"" + sku + "\",\"name\":\"x\",\"price\":\"1e999999999\",\"currency\":\"EUR\"}");
        assertProblem(huge, 422);
        assertEquals("price", huge.text("/errors/0/field"));
        Reply digits = admin().post("/products", "{\"sku\":\"" + sku + "\",\"name\":\"x\",\"price\":\"1.00\",\"currency\":\"EUR\","
                + "\"stock\":" + "9".repeat(101) + "}");
        assertProblem(digits, 400);
        assertEquals("urn:ordo:problem:json-limit", digits.text("/type"));
        assertProblem(viewer().get("/products/" + sku), 404);
    }

    // ================================================================ logins

    @Test
    public void aLoginFloodIsThrottledEvenForTheRightPasswordUntilTheWindowPasses() {
        Api wrong = Api.as(MALLORY, "guess");
        for (int i = 0; i < PER_USER; i++) {
            assertProblem(wrong.get("/customers?size=1"), 401);
        }
        String marker = "flood" + unique();
        String customer = obj("firstName", "F", "lastName", marker, "email", marker + "@example.com").toString();
        Reply refused = Api.as(MALLORY, MALLORY_PASSWORD).post("/customers", customer);
        assertProblem(refused, 429);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(refused.toString(), retryAfter >= 1 && retryAfter <= WINDOW_SECONDS);
        assertEquals(0, viewer().get("/customers?q=" + marker).json().at("/total").asLong());
        assertTrue(ServerLog.text().contains("Refusing logins of user '" + MALLORY + "' from 127.0.0.1"));

        Hostility.sleepSeconds(retryAfter + 1);
        assertEquals(201, Api.as(MALLORY, MALLORY_PASSWORD).post("/customers", customer).status());
    }

    @Test
    public void aSuccessfulLoginClearsItsUsersCount() {
        Hostility.sleepSeconds(WINDOW_SECONDS); // whatever another test left of mallory's count
        Api wrong = Api.as(MALLORY, "guess");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < PER_USER - 1; i++) {
                assertProblem(wrong.get("/customers?size=1"), 401);
            }
            assertEquals(200, Api.as(MALLORY, MALLORY_PASSWORD).get("/customers?size=1").status());
        }
    }

    @Test
    public void anAddressTryingManyNamesIsThrottled() throws Exception {
        String host = Hostility.otherAddress();
        assumeNotNull(host);
        Hostility.sleepSeconds(WINDOW_SECONDS); // whatever another test left of this address's count
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertProblem(Api.via(host, "scan" + i + unique(), "guess").get("/customers?size=1"), 401);
        }
        Reply refused = Api.via(host, MALLORY, MALLORY_PASSWORD).get("/customers?size=1");
        assertProblem(refused, 429);
        assertNotNull(refused.header("Retry-After"));
        assertEquals("another address is not refused", 200, Api.as(MALLORY, MALLORY_PASSWORD).get("/customers?size=1").status());
        Hostility.sleepSeconds(Long.parseLong(refused.header("Retry-After")) + 1);
        assertEquals(200, Api.via(host, MALLORY, MALLORY_PASSWORD).get("/customers?size=1").status());
    }

    @Test
    public void passwordsNeverReachTheLog() {
        Api wrong = Api.as(PEGGY, "wrong-" + PEGGY_PASSWORD);
        for (int i = 0; i <= PER_USER; i++) {
            wrong.get("/orders?size=1");
        }
        Api anonymous = Api.anonymous();
        String token = Base64.getEncoder().encodeToString((PEGGY + PEGGY_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String header : List.of("Basic " + token, "Basic !" + PEGGY_PASSWORD, "Bearer " + PEGGY_PASSWORD,
                "Basic " + PEGGY_PASSWORD)) {
            assertProblem(anonymous.send(anonymous.request("/orders").header("Authorization", header).GET()), 401);
        }
        Hostility.sleepSeconds(WINDOW_SECONDS);
        assertEquals(200, Api.as(PEGGY, PEGGY_PASSWORD).get("/health").status());
        String log = ServerLog.text();
        assertTrue("the throttle logged peggy", log.contains("Refusing logins of user '" + PEGGY + "'"));
        assertFalse(log.contains(PEGGY_PASSWORD));
        assertFalse(log.contains(token));
        assertFalse(log.contains(Base64.getEncoder().encodeToString((PEGGY + ":wrong-" + PEGGY_PASSWORD)
                .getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    public void healthWithoutCredentialsSaysOnlyItsStatus() {
        Reply anonymous = Api.anonymous().get("/health");
        assertEquals(anonymous.toString(), 200, anonymous.status());
        assertEquals("{\"status\":\"UP\"}", anonymous.body());
        Reply user = Api.as(MALLORY, MALLORY_PASSWORD).get("/health");
        assertEquals("UP", user.text("/database"));
        assertFalse(user.text("/databaseProduct").isEmpty());
        assertProblem(Api.as(MALLORY, "guess").get("/health"), 401);
    }

    // ================================================================ the shipped users

    @Test
    public void shippedPasswordsAreRefusedFromAnotherAddress() throws Exception {
        String host = Hostility.otherAddress();
        assumeNotNull(host);
        Reply admin = Api.via(host, "admin", "admin").get("/customers?size=1");
        assertProblem(admin, 403);
        assertEquals("urn:ordo:problem:shipped-password", admin.text("/type"));
        assertTrue(admin.text("/detail"), admin.text("/detail").contains("Change the password"));
        String marker = "shipped" + unique();
        String customer = obj("firstName", "S", "lastName", marker, "email", marker + "@example.com").toString();
        assertProblem(Api.via(host, "agent", "agent").post("/customers", customer), 403);
        assertProblem(Api.as("agent").send(Api.as("agent").request("/customers").header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.9").POST(HttpRequest.BodyPublishers.ofString(customer))), 403);
        assertEquals(0, viewer().get("/customers?q=" + marker).json().at("/total").asLong());
        assertTrue(ServerLog.text().contains("Refused user 'admin' from " + host));

        assertEquals("a changed password works from anywhere", 200,
                Api.via(host, MALLORY, MALLORY_PASSWORD).get("/customers?size=1").status());
        assertEquals("the shipped one works here", 200, Api.as("admin").get("/customers?size=1").status());
    }

    @Test
    public void sshListensOnLoopbackAndItsRealmRefusesShippedPasswordsFromElsewhere() throws Exception {
        Properties shell = new Properties();
        try (FileInputStream in = new FileInputStream(Path.of(System.getProperty("karaf.etc"), "org.apache.karaf.shell.cfg").toFile())) {
            shell.load(in);
        }
        assertEquals("127.0.0.1", shell.getProperty("sshHost"));
        assertEquals("ordo-remote", shell.getProperty("sshRealm"));

        assertTrue(sshLogin("admin", "admin", "/127.0.0.1:40022").getPrincipals(RolePrincipal.class).stream()
                .anyMatch(role -> "ssh".equals(role.getName())));
        try {
            sshLogin("admin", "admin", "/198.51.100.7:40022");
            fail("the shipped password logged in over SSH from another machine");
        } catch (LoginException expected) {
            assertTrue(ServerLog.text().contains("Refused ssh login of user 'admin' from /198.51.100.7:40022"));
        }
        assertFalse(sshLogin(MALLORY, MALLORY_PASSWORD, "/198.51.100.7:40022").getPrincipals(RolePrincipal.class).isEmpty());
    }

    /** A login into the realm SSH uses, as Karaf's SSH server makes it: the client's address in the subject. */
    private static Subject sshLogin(String user, String password, String client) throws LoginException {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal("ssh", client));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            new LoginContext("ordo-remote", subject, callbacks -> {
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    }
                }
            }).login();
            return subject;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
