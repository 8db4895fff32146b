package org.ordo.itests.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.util.Hashtable;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** The platform every capability stands on: health, authentication, roles and problems. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {
    private static final String PROBLEM = "application/problem+json";
    private static ServiceRegistration<?> echo;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void registerEchoResource() throws InterruptedException {
        org.ordo.itests.core.CoreFixtures.awaitCore();
        if (echo == null) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("osgi.jaxrs.resource", true);
            properties.put("osgi.jaxrs.name", "itest.echo");
            properties.put("osgi.jaxrs.application.select", "(osgi.jaxrs.name=ordo)");
            echo = context.registerService(Object.class, new EchoResource(), properties);
        }
        Api admin = Api.as("admin");
        for (int i = 0; i < 200 && admin.get("/itest-echo/admin").status() != 200; i++) {
            Thread.sleep(100);
        }
    }

    @Test
    public void healthAnswersWithoutCredentialsAndDetailsOnlyToUsers() {
        Reply health = Api.anonymous().get("/health");
        assertEquals(health.toString(), 200, health.status());
        assertEquals(health.toString(), "{\"status\":\"UP\"}", health.body());
        Reply detailed = Api.as("viewer").get("/health");
        assertEquals(detailed.toString(), 200, detailed.status());
        assertEquals("UP", detailed.text("/database"));
        assertFalse(detailed.text("/version").isEmpty());
    }

    @Test
    public void noOrWrongCredentialsAre401WithAChallenge() {
        for (Api caller : new Api[] {Api.anonymous(), Api.as("admin", "wrong"), Api.as("nobody", "nobody")}) {
            Reply reply = caller.get("/openapi.json");
            assertProblem(reply, 401);
            assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
        }
    }

    @Test
    public void rolesIncludeEachOther() {
        assertEquals(200, Api.as("viewer").get("/openapi.json").status());
        assertProblem(Api.as("viewer").post("/itest-echo", "{\"name\":\"x\"}"), 403);
        assertEquals(200, Api.as("agent").post("/itest-echo", "{\"name\":\"x\"}").status());
        assertProblem(Api.as("agent").get("/itest-echo/admin"), 403);
        assertEquals(200, Api.as("admin").post("/itest-echo", "{\"name\":\"x\"}").status());
        assertEquals(200, Api.as("admin").get("/itest-echo/admin").status());
    }

    @Test
    public void jsonRoundTrips() {
        Reply reply = Api.as("agent").post("/itest-echo", "{\"name\":\"Zoë ✓\",\"quantity\":3,\"lines\":[{\"sku\":\"A\"}]}");
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("Zoë ✓", reply.text("/name"));
        assertEquals(3, reply.json().at("/quantity").asInt());
        assertEquals("A", reply.text("/lines/0/sku"));
    }

    @Test
    public void malformedJsonIs400() {
        Reply reply = Api.as("agent").post("/itest-echo", "{\"name\": ");
        assertProblem(reply, 400);
        assertTrue(reply.text("/detail"), reply.text("/detail").contains("not valid JSON"));
    }

    @Test
    public void unknownPropertyIs422NamingIt() {
        Reply reply = Api.as("agent").post("/itest-echo", "{\"name\":\"x\",\"lines\":[{\"sku\":\"A\",\"colour\":\"red\"}]}");
        assertProblem(reply, 422);
        assertEquals("lines[0].colour", reply.text("/errors/0/field"));
        assertTrue(reply.text("/errors/0/message").contains("colour"));
    }

    @Test
    public void wrongTypeIs422NamingTheField() {
        Reply reply = Api.as("agent").post("/itest-echo", "{\"quantity\":\"many\"}");
        assertProblem(reply, 422);
        assertEquals("quantity", reply.text("/errors/0/field"));
        assertEquals("must be a whole number", reply.text("/errors/0/message"));
    }

    @Test
    public void unknownPathIs404() {
        assertProblem(Api.as("viewer").get("/no-such-thing"), 404);
    }

    @Test
    public void wrongMethodIs405WithAllow() {
        Reply reply = Api.as("admin").delete("/health");
        assertProblem(reply, 405);
        assertNotNull(reply.header("Allow"));
    }

    @Test
    public void unacceptableMediaTypeIs406() {
        Reply reply = Api.as("viewer").send(Api.as("viewer").request("/openapi.json").header("Accept", "text/csv").GET());
        assertEquals(reply.toString(), 406, reply.status());
    }

    @Test
    public void unsupportedBodyTypeIs415() {
        Reply reply = Api.as("agent").send(Api.as("agent").request("/itest-echo")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name=x")));
        assertProblem(reply, 415);
    }

    @Test
    public void bodyOverOneMebibyteIs413() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";
        assertProblem(Api.as("agent").post("/itest-echo", big), 413);
        Reply chunked = Api.as("agent").send(Api.as("agent").request("/itest-echo")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes()))));
        assertProblem(chunked, 413);
    }

    @Test
    public void conflictIs409Problem() {
        Reply reply = Api.as("viewer").get("/itest-echo/conflict");
        assertProblem(reply, 409);
        assertEquals("It is taken", reply.text("/detail"));
    }

    @Test
    public void unexpectedFailureIs500WithAnErrorIdAndNoInternals() {
        Reply reply = Api.as("viewer").get("/itest-echo/failure");
        assertProblem(reply, 500);
        assertFalse(reply.body(), reply.body().contains("SELECT"));
        assertFalse(reply.body(), reply.body().contains("Exception"));
        assertTrue(reply.text("/detail").contains(reply.text("/errorId")));
    }

    @Test
    public void openApiDescribesInstalledResources() {
        Reply reply = Api.as("viewer").get("/openapi.json");
        assertEquals(200, reply.status());
        assertEquals("3.0.3", reply.text("/openapi"));
        assertTrue(reply.json().at("/paths").has("/health"));
        assertTrue(reply.json().at("/paths/~1itest-echo").has("post"));
    }

    private static void assertProblem(Reply reply, int status) {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.contentType().startsWith(PROBLEM));
        assertEquals(status, reply.json().at("/status").asInt());
        assertFalse(reply.text("/title").isEmpty());
        assertTrue(reply.text("/type").startsWith("urn:ordo:problem:"));
    }
}
