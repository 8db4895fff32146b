package org.ordo.promotions.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.promotions.internal.SpecialDiscounts;
import org.ordo.promotions.internal.SpecialDiscounts.DiscountDTO;

@Command(scope = "discount", name = "grant", description = "Grants an open order a special discount, with the reason for it")
@Service
public class DiscountGrantCommand extends PromotionsCommand {
    @Argument(index = 0, name = "order", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "type", description = "PERCENT or AMOUNT", required = true)
    String type;

    @Argument(index = 2, name = "value", description = "The percentage or amount, such as 10 or 5.00", required = true)
    String value;

    @Argument(index = 3, name = "reason", description = "Why, quoted (up to 500 characters)", required = true)
    String reason;

    @Reference
    SpecialDiscounts discounts;

    @Override
    protected void run(PrintStream out) {
        DiscountDTO input = new DiscountDTO();
        input.type = PromotionsConsole.upperCase(type);
        input.value = PromotionsConsole.decimal("value", value);
        input.reason = reason;
        DiscountDTO granted = discounts.grant(orderId.trim(), input, user());
        out.println("Discount " + granted.id + " (" + granted.type + " " + granted.value.toPlainString() + ") granted on order "
                + granted.orderId);
    }
}
