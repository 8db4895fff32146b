package org.ordo.promotions.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.rest.Page;
import org.ordo.promotions.internal.PromotionDTO;
import org.ordo.promotions.internal.Promotions;

@Command(scope = "promotion", name = "list", description = "Lists promotions, newest first")
@Service
public class PromotionListCommand extends PromotionsCommand {
    @Option(name = "--page", description = "Page number, from 1")
    String page = "1";

    @Option(name = "--size", description = "Promotions per page, 1 to 200")
    String size = "20";

    @Reference
    Promotions promotions;

    @Override
    protected void run(PrintStream out) {
        Page<PromotionDTO> found = promotions.list(PromotionsConsole.page(page, size));
        ShellTable table = new ShellTable().emptyTableText("No promotions");
        table.column("Id").alignRight();
        table.column("Name");
        table.column("Discount");
        table.column("Coupon?");
        table.column("Active");
        table.column("Used").alignRight();
        table.column("Window");
        for (PromotionDTO promotion : found.items) {
            table.addRow().addContent(promotion.id, promotion.name, PromotionsConsole.discount(promotion.discount),
                    Boolean.TRUE.equals(promotion.requiresCoupon) ? "yes" : "automatic",
                    PromotionsConsole.yesNo(promotion.active), PromotionsConsole.used(promotion),
                    PromotionsConsole.window(promotion));
        }
        table.print(out);
        PromotionsConsole.pageLine(out, found);
    }
}
