package org.ordo.api.lifecycle;

import org.ordo.api.order.OrderDTO;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register one as a service to add an action agents can take on an order, such as {@code hold}.
 * The service property {@value #NAME} gives its name, the one in URLs: lower case, words joined by '-',
 * such as {@code mark-shipped} (with Declarative Services:
 * {@code @Component(property = OrderAction.NAME + "=hold")}). It is listed by
 * {@code GET /orders/{id}/actions} and run by {@code POST /orders/{id}/actions/{name}} from the moment it
 * is registered; a service without that property is ignored, with a warning in the log. Two actions with
 * one name: the higher {@code service.ranking} wins (of equal rankings, the one registered first), so a
 * bundle can replace a built-in one.
 *
 * <p>Both methods are called on the request's thread, outside any transaction, with the order as it
 * is now; they must not change anything themselves. The lifecycle applies the {@link ActionPlan}
 * atomically (status, item states, stock, history) only if the order has not changed meanwhile, and
 * asks again if it has. An exception from either method fails that request with a 500; other
 * actions and orders are unaffected.
 */
@ConsumerType
public interface OrderAction {

    /** The service property that names the action, as in URLs. */
    String NAME = "ordo.action.name";

    /** What an agent reads on the button, such as "Mark as shipped". */
    String label();

    /** Why the action cannot be taken on this order now, or null when it can. */
    String refusal(OrderDTO order);

    /** What taking the action does to this order; called only when {@link #refusal} is null. */
    ActionPlan plan(OrderDTO order);
}
