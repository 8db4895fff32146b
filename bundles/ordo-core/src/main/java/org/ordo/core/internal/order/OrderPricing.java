package org.ordo.core.internal.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ordo.api.order.AdjustmentDTO;
import org.ordo.api.order.OrderDTO;
import org.ordo.core.internal.totals.TotalsCalculator;
import org.ordo.core.internal.totals.TotalsCalculator.LineInput;
import org.ordo.core.internal.totals.TotalsCalculator.LineResult;
import org.ordo.core.internal.totals.TotalsPipeline;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Computes an order's totals: line totals, then the adjusters' say, then discounts, shipping and tax. */
@Component(service = OrderPricing.class)
public class OrderPricing {
    private final TotalsPipeline pipeline;

    @Activate
    public OrderPricing(@Reference TotalsPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Line totals and the subtotal alone, before any adjuster has its say. */
    void priceLines(OrderEntity order) {
        store(order, TotalsCalculator.compute(inputs(order), List.of(), order.currency));
    }

    void price(OrderEntity order) {
        List<LineInput> inputs = inputs(order);
        store(order, TotalsCalculator.compute(inputs, List.of(), order.currency));
        OrderDTO draft = OrderMapper.toDTO(order);
        List<AdjustmentDTO> adjustments = new ArrayList<>(pipeline.adjustments(draft));
        if (order.freeShipping) {
            adjustments.add(AdjustmentDTO.of(AdjustmentDTO.FREE_SHIPPING, "Free shipping", BigDecimal.ZERO, "order"));
        }
        TotalsCalculator.Result after = TotalsCalculator.compute(inputs, adjustments, order.currency);
        store(order, after);
        order.adjustments.clear();
        for (AdjustmentDTO a : adjustments) {
            OrderAdjustment stored = new OrderAdjustment();
            stored.type = a.type;
            stored.label = a.label == null ? a.type : a.label;
            stored.amount = a.amount == null ? BigDecimal.ZERO : a.amount;
            stored.source = a.source;
            order.adjustments.add(stored);
        }
    }

    private static List<LineInput> inputs(OrderEntity order) {
        return order.lines.stream().map(l -> new LineInput(l.quantity, l.unitPrice, l.taxRate)).toList();
    }

    private static void store(OrderEntity order, TotalsCalculator.Result result) {
        List<LineResult> lines = new ArrayList<>(result.lines());
        for (int i = 0; i < order.lines.size(); i++) {
            OrderLineEntity line = order.lines.get(i);
            line.total = lines.get(i).total();
            line.discount = lines.get(i).discount();
            line.tax = lines.get(i).tax();
        }
        order.subtotal = result.subtotal();
        order.discount = result.discount();
        order.shipping = result.shipping();
        order.tax = result.tax();
        order.grandTotal = result.grandTotal();
    }
}
