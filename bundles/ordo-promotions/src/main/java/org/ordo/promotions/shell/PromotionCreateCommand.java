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
public class PromotionCreateCommand extends PromotionTermsCommand {
    @Option(name = "--coupon", description = "Applies only with one of its coupon codes (default: automatic, to every qualifying open order)")
    boolean requiresCoupon;

    @Option(name = "--inactive", description = "Created switched off (default: active at once)")
    boolean inactive;

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
        applyTerms(input);
        input.requiresCoupon = requiresCoupon;
        input.active = !inactive;
        PromotionDTO created = promotions.create(input);
        out.println(summary(created) + " (created)");
    }
}
