package org.ordo.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.ordo.api.rest.RequiresRole;
import org.ordo.api.rest.Role;

class AccessRulesTest {

    static class Resource {
        public void read() {
        }

        @RequiresRole(Role.ADMIN)
        public void purge() {
        }
    }

    @RequiresRole(Role.ADMIN)
    static class AdminResource {
        public void anything() {
        }

        @RequiresRole(Role.VIEWER)
        public void overview() {
        }
    }

    @Test
    void readsNeedAViewerAndWritesAnAgentUnlessTheMethodSaysOtherwise() throws Exception {
        assertEquals(Role.VIEWER, AuthorizationFilter.requiredRole(Resource.class.getMethod("read"), Resource.class, "GET"));
        assertEquals(Role.AGENT, AuthorizationFilter.requiredRole(Resource.class.getMethod("read"), Resource.class, "POST"));
        assertEquals(Role.AGENT, AuthorizationFilter.requiredRole(Resource.class.getMethod("read"), Resource.class, "DELETE"));
        assertEquals(Role.ADMIN, AuthorizationFilter.requiredRole(Resource.class.getMethod("purge"), Resource.class, "GET"));
    }

    @Test
    void aClassRuleAppliesToMethodsWithoutOne() throws Exception {
        assertEquals(Role.ADMIN,
                AuthorizationFilter.requiredRole(AdminResource.class.getMethod("anything"), AdminResource.class, "GET"));
        assertEquals(Role.VIEWER,
                AuthorizationFilter.requiredRole(AdminResource.class.getMethod("overview"), AdminResource.class, "GET"));
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
