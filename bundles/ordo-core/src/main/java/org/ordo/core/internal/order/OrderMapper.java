package org.ordo.core.internal.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ordo.api.money.Money;
import org.ordo.api.order.AdjustmentDTO;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderLineDTO;
import org.ordo.api.order.OrderSourceDTO;
import org.ordo.api.order.TotalsDTO;
import org.ordo.core.internal.Ids;

/** Entities to the DTOs the API shows. */
final class OrderMapper {
    private OrderMapper() {
    }

    static OrderDTO toDTO(OrderEntity o) {
        OrderDTO dto = summary(o);
        for (OrderLineEntity line : o.lines) {
            dto.lines.add(line(line, o.currency));
        }
        dto.billingAddress = o.billingAddress == null || o.billingAddress.isEmpty() ? null : o.billingAddress.toDTO(null);
        dto.shippingAddress = o.shippingAddress == null || o.shippingAddress.isEmpty() ? null : o.shippingAddress.toDTO(null);
        dto.couponCodes = new ArrayList<>(o.couponCodes);
        dto.flags = new ArrayList<>(o.flags);
        for (OrderAdjustment a : o.adjustments) {
            dto.adjustments.add(AdjustmentDTO.of(a.type, a.label, money(a.amount, o.currency), a.source));
        }
        return dto;
    }

    /** The columns of the order row alone: what the grid lists, without a query per row. */
    static OrderDTO summary(OrderEntity o) {
        OrderDTO dto = new OrderDTO();
        dto.id = Ids.format(o.id);
        dto.number = o.number;
        dto.status = o.status;
        dto.customerId = Ids.format(o.customerId);
        dto.channel = o.channel;
        dto.currency = o.currency;
        dto.createdAt = o.createdAt;
        dto.updatedAt = o.updatedAt;
        dto.expiresAt = o.expiresAt;
        dto.version = o.version;
        dto.shippingMethod = o.shippingMethod;
        dto.freeShipping = o.freeShipping;
        dto.note = o.note;
        dto.createdBy = o.createdBy;
        dto.totals = totals(o);
        if (o.sourceType != null) {
            dto.source = new OrderSourceDTO();
            dto.source.type = o.sourceType;
            dto.source.id = o.sourceId;
        }
        return dto;
    }

    static OrderLineDTO line(OrderLineEntity line, String currency) {
        OrderLineDTO dto = new OrderLineDTO();
        dto.id = Ids.format(line.id);
        dto.sku = line.sku;
        dto.name = line.name;
        dto.quantity = line.quantity;
        dto.unitPrice = money(line.unitPrice, currency);
        dto.catalogPrice = money(line.catalogPrice, currency);
        dto.priceSetBy = line.priceSetBy;
        dto.taxRate = line.taxRate.stripTrailingZeros();
        dto.total = money(line.total, currency);
        dto.state = line.state;
        return dto;
    }

    static TotalsDTO totals(OrderEntity o) {
        TotalsDTO totals = new TotalsDTO();
        totals.subtotal = money(o.subtotal, o.currency);
        totals.discount = money(o.discount, o.currency);
        totals.shipping = money(o.shipping, o.currency);
        totals.tax = money(o.tax, o.currency);
        totals.grandTotal = money(o.grandTotal, o.currency);
        return totals;
    }

    /** Grid rows: the order's own columns; lines, coupons and adjustments are on the order itself. */
    static List<OrderDTO> summaries(List<OrderEntity> orders) {
        return orders.stream().map(o -> {
            OrderDTO row = summary(o);
            row.lines = null;
            row.couponCodes = null;
            row.adjustments = null;
            return row;
        }).toList();
    }

    private static BigDecimal money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.round(amount, currency);
    }
}
