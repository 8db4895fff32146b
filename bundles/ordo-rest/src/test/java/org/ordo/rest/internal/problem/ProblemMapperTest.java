package org.ordo.rest.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.UnavailableException;

class ProblemMapperTest {
    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void anUnavailableDatabaseIsA503ProblemToRetry() {
        Response response = mapper.toResponse(new UnavailableException("database-unavailable", "Database unavailable",
                "The database cannot be reached right now"));

        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertEquals(Problems.MEDIA_TYPE, String.valueOf(response.getMediaType()));
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
