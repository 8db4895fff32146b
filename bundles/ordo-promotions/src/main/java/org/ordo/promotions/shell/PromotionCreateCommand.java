package org.ordo.promotions.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.promotions.internal.PromotionDTO;
import org.ordo.promotions.internal.Promotions;

@Command(scope = "promotion", name = "create", description = "Creates a promotion: automatic unless --coupon is given")
@Service
public class PromotionCreateCommand extends PromotionsCommand {
    @Option(name = "--coupon", description = "Applies only with one of its coupon codes (default: automatic, to every qualifying open order)")
    boolean requiresCoupon;

    @Option(name = "--inactive", description = "Created switched off (default: active at once)")
    boolean inactive;

    @Option(name = "--min-subtotal", description = "The order subtotal it needs, such as 50.00")
    String minSubtotal;

    @Option(name = "--starts", description = "When it starts: 2026-12-01 (UTC) or 2026-12-01T08:00:00Z")
    String startsAt;

    @Option(name = "--ends", description = "When it ends: 2026-12-24 (UTC) or 2026-12-24T18:00:00Z")
    String endsAt;

    @Option(name = "--usage-limit", description = "How many orders may use it in all")
    String usageLimit;

    @Option(name = "--per-customer-limit", description = "How many orders of one customer may use it")
    String perCustomerLimit;

    @Argument(index = 0, name = "name", description = "The promotion's name, quoted", required = true)
    String name;

    @Argument(index = 1, name = "type", description = "PERCENT, AMOUNT or FREE_SHIPPING", required = true)
    String type;

    @Argument(index = 2, name = "value", description = "The percentage or amount; none for FREE_SHIPPING")
    String value;

    @Reference
    Promotions promotions;

    @Override
    protected void run(PrintStream out) {
        PromotionDTO input = new PromotionDTO();
        input.name = name;
        input.discount = new PromotionDTO.Discount();
        input.discount.type = PromotionsConsole.upperCase(type);
        input.discount.value = PromotionsConsole.decimal("discount.value", value);
        input.minSubtotal = PromotionsConsole.decimal("minSubtotal", minSubtotal);
        input.startsAt = PromotionsConsole.instant("startsAt", startsAt);
        input.endsAt = PromotionsConsole.instant("endsAt", endsAt);
        input.usageLimit = PromotionsConsole.wholeNumber("usageLimit", usageLimit);
        input.perCustomerLimit = PromotionsConsole.wholeNumber("perCustomerLimit", perCustomerLimit);
        input.requiresCoupon = requiresCoupon;
        input.active = !inactive;
        PromotionDTO created = promotions.create(input);
        out.println("Promotion " + created.id + " '" + created.name + "' created: "
                + PromotionsConsole.discount(created.discount) + ", "
                + (created.requiresCoupon ? "with coupon codes" : "automatic") + ", "
                + (created.active ? "active" : "inactive"));
    }
}
