package org.ordo.promotions.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.promotions.internal.SpecialDiscounts;

@Command(scope = "discount", name = "remove", description = "Takes a special discount off an open order")
@Service
public class DiscountRemoveCommand extends PromotionsCommand {
    @Argument(index = 0, name = "order", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "discount", description = "The discount's id", required = true)
    String discountId;

    @Reference
    SpecialDiscounts discounts;

    @Override
    protected void run(PrintStream out) {
        discounts.remove(orderId.trim(), discountId.trim(), actor());
        out.println("Discount " + discountId.trim() + " removed from order " + orderId.trim());
    }
}
