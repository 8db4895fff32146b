package org.ordo.rest.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.UnavailableException;

class ProblemMapperTest {
    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void aPoolThatCannotHandOutAConnectionIsA503ToRetry() {
        Response response = mapper.toResponse(new IllegalStateException("commit failed",
                new SQLTransientConnectionException("ordo - Connection is not available, request timed out after 3000ms.")));

        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertEquals(Problems.MEDIA_TYPE, String.valueOf(response.getMediaType()));
    }

    @Test
    void aServerShuttingDownUnderARunningStatementIsA503() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");

        assertEquals(503, mapper.toResponse(new RuntimeException(new RuntimeException(terminated))).getStatus());
    }

    @Test
    void aBrokenConnectionIsA503() {
        assertEquals(503, mapper.toResponse(new RuntimeException(new SQLException("I/O error", "08006"))).getStatus());
    }

    @Test
    void aCapabilityBeingStoppedIsA503ToRetry() {
        Response response = mapper.toResponse(new UnavailableException("This capability is being stopped"));

        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void otherDatabaseErrorsStayA500() {
        Response response = mapper.toResponse(new RuntimeException(new SQLException("syntax error", "42601")));

        assertEquals(500, response.getStatus());
    }
}
