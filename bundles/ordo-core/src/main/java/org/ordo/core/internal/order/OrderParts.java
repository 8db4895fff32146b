package org.ordo.core.internal.order;

import java.math.BigDecimal;

import javax.persistence.EntityManager;

import org.ordo.api.error.Violations;
import org.ordo.core.internal.PostalAddress;
import org.ordo.core.internal.catalog.ProductEntity;
import org.ordo.core.internal.customer.AddressEntity;

/** What creating and editing an order both build: its lines and its address snapshots. */
final class OrderParts {
    private OrderParts() {
    }

    /**
     * A new line of the product; a unit price other than the catalogue's is recorded with who set it,
     * and the catalogue price beside it, so that every override can be audited.
     */
    static OrderLineEntity newLine(OrderEntity order, ProductEntity product, int quantity, BigDecimal unitPrice,
            String priceSetBy) {
        OrderLineEntity line = new OrderLineEntity();
        line.order = order;
        line.position = order.lines.size();
        line.sku = product.getSku();
        line.name = product.getName();
        line.quantity = quantity;
        line.catalogPrice = product.getPrice();
        line.unitPrice = unitPrice != null ? unitPrice : product.getPrice();
        line.priceSetBy = line.unitPrice.compareTo(product.getPrice()) == 0 ? null : priceSetBy;
        line.taxRate = product.getTaxRate();
        line.state = LineStates.NEW;
        return line;
    }

    /** A line's price as history tells it: {@code LAMP-1 at 17.00 (catalogue 19.99, set by agent)}. */
    static String override(OrderLineEntity line) {
        return line.sku + " at " + line.unitPrice.stripTrailingZeros().toPlainString() + " (catalogue "
                + line.catalogPrice.stripTrailingZeros().toPlainString() + ", set by " + line.priceSetBy + ")";
    }

    /** The address as given, or a copy of the customer's address book entry it names. */
    static PostalAddress address(EntityManager em, long customerId, OrderInput.AddressInput input, String field,
            Violations v) {
        if (input == null) {
            return null;
        }
        if (input.addressId == null) {
            return PostalAddress.from(input);
        }
        AddressEntity entry = input.addressId.matches("\\d{1,18}")
                ? em.find(AddressEntity.class, Long.parseLong(input.addressId)) : null;
        if (entry == null || !entry.getCustomerId().equals(customerId)) {
            v.add(field + ".addressId", "no address " + input.addressId + " in this customer's address book");
            return null;
        }
        return entry.getAddress().copy();
    }
}
