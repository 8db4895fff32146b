package org.ordo.promotions.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.promotions.internal.CouponDTO;
import org.ordo.promotions.internal.Promotions;

@Command(scope = "coupon", name = "create", description = "Adds a coupon code of your choosing to a promotion; with --customer, a voucher")
@Service
public class CouponCreateCommand extends PromotionsCommand {
    @Option(name = "--customer", description = "The customer whose voucher it is; only their orders may use it")
    String customerId;

    @Argument(index = 0, name = "id", description = "The promotion's id", required = true)
    @Completion(PromotionIdCompleter.class)
    String id;

    @Argument(index = 1, name = "code", description = "The code, 3 to 64 letters, digits, '-' or '_'", required = true)
    String code;

    @Reference
    Promotions promotions;

    @Override
    protected void run(PrintStream out) {
        List<CouponDTO> created = promotions.addCoupons(id.trim(), code, PromotionsConsole.blankToNull(customerId), null, null);
        for (CouponDTO coupon : created) {
            out.println((coupon.customerId == null ? "Coupon " : "Voucher ") + coupon.code + " added to promotion " + id.trim()
                    + (coupon.customerId == null ? "" : " for customer " + coupon.customerId));
        }
    }
}
