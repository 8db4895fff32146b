package org.ordo.core.internal.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.ordo.api.rest.PageRequest;
import org.ordo.api.rest.SortOrder;

/** What the grid was asked for, already validated. Null fields do not filter. */
public record GridQuery(List<String> statuses, Long customerId, String q, String channel, String flag,
        Instant createdFrom, Instant createdTo, BigDecimal minTotal, BigDecimal maxTotal, SortOrder sort,
        PageRequest page) {
}
