package org.ordo.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.PreconditionFailedException;
import org.ordo.api.error.ValidationException;

class PagingAndSortingTest {

    @Test
    void pagesDefaultToTheFirstFiftyAndCountOffsetsFromOne() {
        PageRequest page = PageRequest.of(null, null);
        assertEquals(1, page.page());
        assertEquals(50, page.size());
        assertEquals(0, page.offset());
        assertEquals(400, PageRequest.of(3, 200).offset());
    }

    @Test
    void outOfRangePagingNamesEveryBadParameter() {
        ValidationException refused = assertThrows(ValidationException.class, () -> PageRequest.of(0, 201));
        assertEquals(2, refused.errors().size());
        assertEquals("page", refused.errors().get(0).field);
        assertEquals("size", refused.errors().get(1).field);
        assertEquals(422, refused.status());
    }

    @Test
    void aLeadingMinusSortsDescending() {
        SortOrder fallback = new SortOrder("number", false);
        assertEquals(new SortOrder("createdAt", true), SortOrder.parse("-createdAt", Set.of("createdAt"), fallback));
        assertEquals(new SortOrder("createdAt", false), SortOrder.parse("createdAt", Set.of("createdAt"), fallback));
        assertEquals(fallback, SortOrder.parse(" ", Set.of("createdAt"), fallback));
    }

    @Test
    void anUnknownSortFieldIsRefusedWithTheAllowedOnes() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> SortOrder.parse("-colour", Set.of("createdAt", "number"), null));
        assertEquals("sort", refused.errors().get(0).field);
        assertTrue(refused.errors().get(0).message.contains("[createdAt, number]"));
    }

    @Test
    void ifMatchAcceptsStrongWeakAndAnyTags() {
        assertEquals(3L, EntityVersions.fromIfMatch("\"3\""));
        assertEquals(3L, EntityVersions.fromIfMatch("W/\"3\""));
        assertEquals(null, EntityVersions.fromIfMatch("*"));
        assertEquals(null, EntityVersions.fromIfMatch(null));
        assertEquals("\"7\"", EntityVersions.etag(7));
    }

    @Test
    void aStaleOrForeignIfMatchFailsThePrecondition() {
        assertThrows(PreconditionFailedException.class, () -> EntityVersions.fromIfMatch("\"abc\""));
        PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                () -> EntityVersions.check(2L, 3));
        assertEquals(412, stale.status());
        assertEquals(3L, stale.properties().get("currentVersion"));
        EntityVersions.check(null, 3);
        EntityVersions.check(3L, 3);
    }

    @Test
    void anAdminHasEveryRightAndAViewerOnlyReads() {
        assertTrue(Role.ADMIN.includes(Role.AGENT));
        assertTrue(Role.AGENT.includes(Role.VIEWER));
        assertTrue(!Role.VIEWER.includes(Role.AGENT));
        assertTrue(!Role.AGENT.includes(Role.ADMIN));
    }
}
