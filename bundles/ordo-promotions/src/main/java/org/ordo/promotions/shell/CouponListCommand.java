package org.ordo.promotions.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.rest.Page;
import org.ordo.promotions.internal.CouponDTO;
import org.ordo.promotions.internal.Promotions;

@Command(scope = "coupon", name = "list", description = "Lists the coupon codes of a promotion, by code")
@Service
public class CouponListCommand extends PromotionsCommand {
    @Argument(index = 0, name = "id", description = "The promotion's id", required = true)
    @Completion(PromotionIdCompleter.class)
    String id;

    @Argument(index = 1, name = "options", description = "--page and --size may also follow the id", multiValued = true)
    List<String> trailing;

    @Option(name = "--page", description = "Page number, from 1")
    String page = "1";

    @Option(name = "--size", description = "Codes per page, 1 to 200")
    String size = "50";

    @Reference
    Promotions promotions;

    @Override
    protected void run(PrintStream out) {
        Map<String, String> after = PromotionsConsole.trailingOptions(trailing, Map.of("--page", "--page", "--size", "--size"));
        Page<CouponDTO> coupons = promotions.coupons(id.trim(),
                PromotionsConsole.page(after.getOrDefault("--page", page), after.getOrDefault("--size", size)));
        ShellTable table = new ShellTable().emptyTableText("No coupons");
        table.column("Code");
        table.column("Customer");
        table.column("Used").alignRight();
        for (CouponDTO coupon : coupons.items) {
            table.addRow().addContent(coupon.code, PromotionsConsole.text(coupon.customerId),
                    PromotionsConsole.text(coupon.used));
        }
        table.print(out);
        PromotionsConsole.pageLine(out, coupons);
    }
}
