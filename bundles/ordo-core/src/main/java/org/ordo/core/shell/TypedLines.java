package org.ordo.core.shell;

import java.util.List;
import java.util.stream.Collectors;

import org.ordo.core.internal.order.OrderInput;
import org.ordo.core.internal.source.SourceDTO;

/** Lines typed as {@code SKU:QUANTITY[:UNIT_PRICE]} as the bodies of the API carry them. */
final class TypedLines {
    private TypedLines() {
    }

    static List<SourceDTO.Line> sourceLines(List<String> typed) {
        return ConsoleInput.lines(typed).stream().map(typedLine -> {
            SourceDTO.Line line = new SourceDTO.Line();
            line.sku = typedLine.sku();
            line.quantity = typedLine.quantity();
            line.unitPrice = typedLine.unitPrice();
            return line;
        }).toList();
    }

    static List<OrderInput.LineInput> orderLines(List<String> typed) {
        return ConsoleInput.lines(typed).stream().map(typedLine -> {
            OrderInput.LineInput line = new OrderInput.LineInput();
            line.sku = typedLine.sku();
            line.quantity = typedLine.quantity();
            line.unitPrice = typedLine.unitPrice();
            return line;
        }).toList();
    }

    /** {@code 2 x SKU-1, 1 x SKU-2 at 9.50}: what a source now holds, on one line. */
    static String describe(SourceDTO source) {
        return source.lines.stream().map(line -> line.quantity + " x " + line.sku
                + (line.unitPrice == null ? "" : " at " + line.unitPrice.toPlainString())).collect(Collectors.joining(", "));
    }
}
