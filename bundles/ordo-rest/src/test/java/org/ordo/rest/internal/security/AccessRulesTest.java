package org.ordo.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.ordo.api.rest.Role;

class AccessRulesTest {

    static class Resource {
        public void read() {
        }

        @RolesAllowed(Role.ADMIN_NAME)
        public void purge() {
        }

        @RolesAllowed({ Role.ADMIN_NAME, Role.AGENT_NAME })
        public void either() {
        }

        @RolesAllowed("ordo-admn")
        public void misspelt() {
        }

        @DenyAll
        public void never() {
        }

        @PermitAll
        public void health() {
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    static class AdminResource {
        public void anything() {
        }

        @RolesAllowed(Role.VIEWER_NAME)
        public void overview() {
        }

        @PermitAll
        public void open() {
        }
    }

    @PermitAll
    static class OpenResource {
        public void anything() {
        }

        @RolesAllowed(Role.AGENT_NAME)
        public void guarded() {
        }
    }

    private static AccessRule rule(Class<?> resource, String method, String httpMethod) throws NoSuchMethodException {
        return AccessRule.of(resource.getMethod(method), resource, httpMethod);
    }

    private static AuthenticatedUser user(Role... roles) {
        return new AuthenticatedUser("someone", Set.of(roles));
    }

    @Test
    void readsNeedAViewerAndWritesAnAgentUnlessTheMethodSaysOtherwise() throws Exception {
        assertEquals(new AccessRule(false, List.of(Role.VIEWER)), rule(Resource.class, "read", "GET"));
        assertEquals(new AccessRule(false, List.of(Role.VIEWER)), rule(Resource.class, "read", "HEAD"));
        assertEquals(new AccessRule(false, List.of(Role.VIEWER)), rule(Resource.class, "read", "OPTIONS"));
        assertEquals(new AccessRule(false, List.of(Role.AGENT)), rule(Resource.class, "read", "POST"));
        assertEquals(new AccessRule(false, List.of(Role.AGENT)), rule(Resource.class, "read", "DELETE"));
        assertEquals(new AccessRule(false, List.of(Role.ADMIN)), rule(Resource.class, "purge", "GET"));
        assertEquals(new AccessRule(false, List.of(Role.VIEWER)), AccessRule.of(null, null, "GET"));
    }

    @Test
    void aClassRuleAppliesToMethodsWithoutOne() throws Exception {
        assertEquals(List.of(Role.ADMIN), rule(AdminResource.class, "anything", "GET").roles());
        assertEquals(List.of(Role.VIEWER), rule(AdminResource.class, "overview", "POST").roles());
        assertTrue(rule(AdminResource.class, "open", "DELETE").anyone());
        assertTrue(rule(OpenResource.class, "anything", "POST").anyone());
        assertFalse(rule(OpenResource.class, "guarded", "GET").anyone());
        assertEquals(List.of(Role.AGENT), rule(OpenResource.class, "guarded", "GET").roles());
    }

    @Test
    void aRoleIncludesTheOnesBelowIt() throws Exception {
        AccessRule admin = rule(Resource.class, "purge", "POST");
        assertTrue(admin.admits(user(Role.ADMIN)));
        assertFalse(admin.admits(user(Role.AGENT)));
        assertFalse(admin.admits(user(Role.VIEWER)));
        assertFalse(admin.admits(user()));
        AccessRule write = rule(Resource.class, "read", "POST");
        assertTrue(write.admits(user(Role.ADMIN)));
        assertTrue(write.admits(user(Role.AGENT)));
        assertFalse(write.admits(user(Role.VIEWER)));
        AccessRule read = rule(Resource.class, "read", "GET");
        assertTrue(read.admits(user(Role.VIEWER)));
        assertFalse(read.admits(user()));
    }

    @Test
    void ofSeveralRolesAnyWillDoAndTheLeastIsNamed() throws Exception {
        AccessRule either = rule(Resource.class, "either", "POST");
        assertEquals(List.of(Role.AGENT, Role.ADMIN), either.roles());
        assertEquals(Role.AGENT, either.leastRole().orElseThrow());
        assertTrue(either.admits(user(Role.AGENT)));
        assertFalse(either.admits(user(Role.VIEWER)));
    }

    @Test
    void denyAllAndUnknownRolesAdmitNoOne() throws Exception {
        for (String method : List.of("never", "misspelt")) {
            AccessRule rule = rule(Resource.class, method, "GET");
            assertFalse(rule.anyone(), method);
            assertFalse(rule.admits(user(Role.ADMIN)), method);
            assertTrue(rule.leastRole().isEmpty(), method);
        }
    }

    @Test
    void permitAllAdmitsAnyone() throws Exception {
        AccessRule health = rule(Resource.class, "health", "GET");
        assertTrue(health.anyone());
        assertTrue(health.admits(user()));
    }

    @Test
    void basicCredentialsAreDecodedAndPasswordsMayHoldColons() {
        String header = "Basic " + Base64.getEncoder().encodeToString("zoë:p:w".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"zoë", "p:w"}, AuthenticationFilter.credentials(header).orElseThrow());
        assertTrue(AuthenticationFilter.credentials("Bearer abc").isEmpty());
        assertTrue(AuthenticationFilter.credentials("Basic !!!").isEmpty());
        assertTrue(AuthenticationFilter.credentials("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes())).isEmpty());
        assertTrue(AuthenticationFilter.credentials(null).isEmpty());
    }
}
