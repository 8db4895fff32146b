package org.ordo.promotions.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.api.order.OrderDTO;
import org.ordo.promotions.internal.Redemptions;

@Command(scope = "coupon", name = "apply", description = "Applies a coupon code to an open order; a refusal says why")
@Service
public class CouponApplyCommand extends PromotionsCommand {
    @Argument(index = 0, name = "order", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "code", description = "The coupon code", required = true)
    String code;

    @Reference
    Redemptions redemptions;

    @Override
    protected void run(PrintStream out) {
        OrderDTO order = redemptions.apply(orderId.trim(), code, actor());
        out.println("Coupon " + code.trim() + " applied to order " + order.number + ": " + PromotionsConsole.totals(order));
    }
}
