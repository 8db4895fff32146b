package org.ordo.lifecycle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.order.OrderDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One action on many orders, each done or refused on its own: a refusal of one order (unknown,
 * not allowed now, lost race) is its result and does not stop the others.
 */
@Component(service = BulkActions.class)
public class BulkActions {
    static final int MAX_ORDERS = 500;

    private final Lifecycle lifecycle;

    @Activate
    public BulkActions(@Reference Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** What became of one order: 200 with the order, or the refusal's status, detail and properties. */
    public record Result(String orderId, int status, OrderDTO order, String detail, Map<String, Object> problem) {
    }

    public List<Result> perform(String name, List<String> orderIds, String comment, String actor) {
        if (orderIds == null || orderIds.isEmpty()) {
            throw new ValidationException("orderIds", "is required: the ids of the orders to act on");
        }
        if (orderIds.size() > MAX_ORDERS) {
            throw new ValidationException("orderIds", "at most " + MAX_ORDERS + " orders at once");
        }
        List<Result> results = new ArrayList<>();
        for (String orderId : orderIds) {
            try {
                OrderDTO order = lifecycle.perform(orderId, name, comment, null, actor, false).order();
                results.add(new Result(orderId, 200, order, null, Map.of()));
            } catch (NotFoundException unknownActionOrOrder) {
                results.add(new Result(orderId, 404, null, unknownActionOrOrder.detail(), Map.of()));
            } catch (ProblemException refused) {
                results.add(new Result(orderId, refused.status(), null, refused.detail(), refused.properties()));
            }
        }
        return results;
    }
}
