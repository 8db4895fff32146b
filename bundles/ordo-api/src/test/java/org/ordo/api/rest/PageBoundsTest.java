package org.ordo.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.FieldError;
import org.ordo.api.error.ValidationException;

/** How deep a page may go, what a page that is not a number answers, and the headers of array pages. */
class PageBoundsTest {

    private static List<String> fields(ValidationException refused) {
        return refused.errors().stream().map(error -> error.field).toList();
    }

    @Test
    void aPageWhoseOffsetOverflowsIsRefusedNamingPage() {
        // (2147483647 - 1) * 200 wraps to a negative int: it must be refused, not computed
        ValidationException refused = assertThrows(ValidationException.class,
                () -> PageRequest.of(Integer.MAX_VALUE, 200));
        assertEquals(List.of("page"), fields(refused));
        assertEquals(422, refused.status());
        assertTrue(refused.errors().get(0).message.contains("5001"), refused.getMessage());
    }

    @Test
    void aPageMayStartExactlyAtTheDeepestOffsetAndNoDeeper() {
        assertEquals(PageRequest.MAX_OFFSET, PageRequest.of(5001, 200).offset());
        assertEquals(PageRequest.MAX_OFFSET, PageRequest.of(PageRequest.MAX_OFFSET + 1, 1).offset());
        assertThrows(ValidationException.class, () -> PageRequest.of(5002, 200));
        assertThrows(ValidationException.class, () -> PageRequest.of(PageRequest.MAX_OFFSET + 2, 1));
    }

    @Test
    void noConstructorBuildsAnInvalidRequest() {
        assertThrows(ValidationException.class, () -> new PageRequest(Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertThrows(ValidationException.class, () -> new PageRequest(Integer.MIN_VALUE, 1));
        assertThrows(ValidationException.class, () -> new PageRequest(1, 0));
    }

    @Test
    void aSizeOutOfRangeAndATooDeepPageAreBothNamed() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> PageRequest.parse("2147483647", "100000"));
        assertEquals(List.of("page", "size"), fields(refused));
    }

    @Test
    void whatIsNotAWholeNumberIsRefusedNamingIt() {
        for (String bad : List.of("abc", "1.5", "1e3", "0x1F", "½", "١", "2 3", "--1")) {
            ValidationException refused = assertThrows(ValidationException.class, () -> PageRequest.parse(bad, null), bad);
            assertEquals(List.of(new FieldError("page", "must be a whole number")), refused.errors(), bad);
        }
        ValidationException both = assertThrows(ValidationException.class, () -> PageRequest.parse("x", "y"));
        assertEquals(List.of("page", "size"), fields(both));
    }

    @Test
    void numbersOfAnyLengthAreJudgedAsNumbers() {
        ValidationException deep = assertThrows(ValidationException.class,
                () -> PageRequest.parse("99999999999999999999", "10"));
        assertEquals(List.of("page"), fields(deep));
        ValidationException negative = assertThrows(ValidationException.class,
                () -> PageRequest.parse("-99999999999999999999", "10"));
        assertEquals(List.of(new FieldError("page", "must be 1 or more")), negative.errors());
        assertEquals(new PageRequest(3, 7), PageRequest.parse(" +3 ", "007"));
    }

    @Test
    void absentOrEmptyParametersTakeTheDefaults() {
        assertEquals(new PageRequest(1, 50), PageRequest.parse(null, null));
        assertEquals(new PageRequest(1, 200), PageRequest.parse("", " ", 200));
        assertEquals(new PageRequest(1, 200), ArrayPages.request(null, null));
    }

    @Test
    void theNextPageExistsWhileItemsRemainAndItIsNotTooDeep() {
        assertEquals(Optional.of(new PageRequest(2, 200)), new PageRequest(1, 200).next(201));
        assertEquals(Optional.empty(), new PageRequest(1, 200).next(200));
        assertEquals(Optional.empty(), new PageRequest(3, 200).next(5));
        assertEquals(Optional.empty(), new PageRequest(5001, 200).next(Long.MAX_VALUE));
        assertEquals(Optional.of(new PageRequest(5001, 200)), new PageRequest(5000, 200).next(Long.MAX_VALUE));
    }

    @Test
    void aPageThatIsNotFullTellsTheTotalWithoutCounting() {
        AtomicInteger counted = new AtomicInteger();
        Page<String> last = Page.of(List.of("a", "b"), new PageRequest(3, 5), () -> counted.incrementAndGet() + 99L);
        assertEquals(12, last.total);
        Page<String> none = Page.of(List.of(), new PageRequest(1, 5), () -> counted.incrementAndGet() + 99L);
        assertEquals(0, none.total);
        assertEquals(0, counted.get());

        Page<String> full = Page.of(List.of("a", "b"), new PageRequest(1, 2), () -> counted.incrementAndGet() + 99L);
        assertEquals(100, full.total);
        Page<String> past = Page.of(List.of(), new PageRequest(9, 2), () -> counted.incrementAndGet() + 99L);
        assertEquals(101, past.total);
        assertEquals(2, counted.get());
    }

    @Test
    void aSliceOfAListInMemoryIsBoundedByBothEnds() {
        List<Integer> all = IntStream.rangeClosed(1, 5).boxed().toList();
        assertEquals(List.of(3, 4), Page.slice(all, new PageRequest(2, 2)).items);
        assertEquals(List.of(5), Page.slice(all, new PageRequest(3, 2)).items);
        assertEquals(List.of(), Page.slice(all, new PageRequest(4, 2)).items);
        assertEquals(5, Page.slice(all, new PageRequest(4, 2)).total);
    }

    @Test
    void theNextLinkKeepsOtherParametersAndReplacesPaging() {
        URI request = URI.create("http://localhost:8181/api/v1/customers/7/carts?abandoned=true&page=1&size=2&q=%7Bx%7D");
        assertEquals("<http://localhost:8181/api/v1/customers/7/carts?abandoned=true&q=%7Bx%7D&page=2&size=2>; rel=\"next\"",
                ArrayPages.nextLink(request, new PageRequest(2, 2)));
        assertEquals("<http://h/api/v1/orders/1/history?page=2&size=200>; rel=\"next\"",
                ArrayPages.nextLink(URI.create("http://h/api/v1/orders/1/history"), new PageRequest(2, 200)));
        // An encoded name is the same parameter to JAX-RS, so it is replaced too
        assertEquals("<http://h/x?page=3&size=1>; rel=\"next\"",
                ArrayPages.nextLink(URI.create("http://h/x?pa%67e=2&&size=1"), new PageRequest(3, 1)));
    }

    @Test
    void anArrayPageCarriesTheTotalAndTheNextLinkOnlyWhenMoreFollow() {
        URI request = URI.create("http://h/api/v1/orders/1/comments?size=2");
        Response first = ArrayPages.response(new Page<>(List.of("a", "b"), new PageRequest(1, 2), 3), request);
        assertEquals(200, first.getStatus());
        assertEquals(List.of("a", "b"), first.getEntity());
        assertEquals("3", first.getHeaderString(ArrayPages.TOTAL_COUNT));
        assertEquals("<http://h/api/v1/orders/1/comments?page=2&size=2>; rel=\"next\"", first.getHeaderString("Link"));

        Response last = ArrayPages.response(new Page<>(List.of("c"), new PageRequest(2, 2), 3), request);
        assertEquals("3", last.getHeaderString(ArrayPages.TOTAL_COUNT));
        assertNull(last.getHeaderString("Link"));
    }
}
