package org.ordo.promotions.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.promotions.internal.CouponDTO;
import org.ordo.promotions.internal.PromotionDTO;
import org.ordo.promotions.internal.Promotions;

@Command(scope = "promotion", name = "show", description = "Shows one promotion and its first coupon codes")
@Service
public class PromotionShowCommand extends PromotionsCommand {
    private static final int FIRST_COUPONS = 20;

    @Argument(index = 0, name = "id", description = "The promotion's id", required = true)
    @Completion(PromotionIdCompleter.class)
    String id;

    @Reference
    Promotions promotions;

    @Override
    protected void run(PrintStream out) {
        PromotionDTO promotion = promotions.get(id.trim());
        Page<CouponDTO> coupons = promotions.coupons(promotion.id, PageRequest.of(1, FIRST_COUPONS));
        out.println("Id:                 " + promotion.id);
        out.println("Name:               " + PromotionsConsole.text(promotion.name));
        out.println("Discount:           " + PromotionsConsole.discount(promotion.discount));
        out.println("Minimum subtotal:   " + (promotion.minSubtotal == null ? "" : promotion.minSubtotal.toPlainString()));
        out.println("Starts at:          " + PromotionsConsole.time(promotion.startsAt));
        out.println("Ends at:            " + PromotionsConsole.time(promotion.endsAt));
        out.println("Usage limit:        " + PromotionsConsole.text(promotion.usageLimit));
        out.println("Per customer limit: " + PromotionsConsole.text(promotion.perCustomerLimit));
        out.println("Requires coupon:    " + (Boolean.TRUE.equals(promotion.requiresCoupon) ? "yes" : "no (automatic)"));
        out.println("Active:             " + PromotionsConsole.yesNo(promotion.active));
        out.println("Used:               " + PromotionsConsole.used(promotion));
        out.println("Created:            " + PromotionsConsole.time(promotion.createdAt));
        out.println();
        ShellTable table = new ShellTable().emptyTableText("No coupons");
        table.column("Code");
        table.column("Voucher of");
        table.column("Used").alignRight();
        for (CouponDTO coupon : coupons.items) {
            table.addRow().addContent(coupon.code, PromotionsConsole.text(coupon.customerId),
                    PromotionsConsole.text(coupon.used));
        }
        table.print(out);
        out.println(coupons.total + " coupons in all");
    }
}
