package org.ordo.api.rest;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * The lists the API answers as plain JSON arrays (an order's history, comments, attachments, ...),
 * bounded as paged lists are: {@code ?page=&size=} as {@link PageRequest} reads them, but
 * {@value #DEFAULT_SIZE} items unless {@code size} says otherwise, so a client that never pages still
 * gets every item of a list of ordinary length. The array holds the page's items; the header
 * {@value #TOTAL_COUNT} says how many there are in all, and {@code Link: <...>; rel="next"} (RFC 8288)
 * where the next page is, while there is one.
 */
public final class ArrayPages {
    public static final int DEFAULT_SIZE = PageRequest.MAX_SIZE;
    public static final String TOTAL_COUNT = "X-Total-Count";
    private static final Set<String> PAGING = Set.of("page", "size");

    private ArrayPages() {
    }

    /** The page the query parameters ask for; 422 naming what is not a whole number or out of range. */
    public static PageRequest request(String page, String size) {
        return PageRequest.parse(page, size, DEFAULT_SIZE);
    }

    /** 200 with the page's items as the body, the total and, when more follow, the link to them. */
    public static Response response(Page<?> page, UriInfo request) {
        return response(page, request.getRequestUri());
    }

    static Response response(Page<?> page, URI requestUri) {
        Response.ResponseBuilder response = Response.ok(page.items).header(TOTAL_COUNT, page.total);
        new PageRequest(page.page, page.size).next(page.total)
                .ifPresent(next -> response.header(HttpHeaders.LINK, nextLink(requestUri, next)));
        return response.build();
    }

    /**
     * {@code <...>; rel="next"}: the request's URI with its other parameters as they were sent. Built
     * from the raw URI, not with a {@code UriBuilder}, which would read braces in a sent value as a
     * template and fail; a raw URI holds no character that could end the {@code <...>} or the header.
     */
    static String nextLink(URI requestUri, PageRequest next) {
        StringBuilder query = new StringBuilder();
        String sent = requestUri.getRawQuery();
        if (sent != null) {
            for (String parameter : sent.split("&")) {
                if (!parameter.isEmpty() && !PAGING.contains(decodedName(parameter))) {
                    query.append(parameter).append('&');
                }
            }
        }
        query.append("page=").append(next.page()).append("&size=").append(next.size());
        return "<" + requestUri.getScheme() + "://" + requestUri.getRawAuthority() + requestUri.getRawPath() + "?" + query
                + ">; rel=\"next\"";
    }

    /** The name as JAX-RS reads it, so that {@code pa%67e} is replaced as {@code page} would be. */
    private static String decodedName(String parameter) {
        String name = parameter.split("=", 2)[0];
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }
}
