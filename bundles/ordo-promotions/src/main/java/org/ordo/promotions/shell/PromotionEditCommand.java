package org.ordo.promotions.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.promotions.internal.PromotionDTO;
import org.ordo.promotions.internal.Promotions;

@Command(scope = "promotion", name = "edit", description = "Changes the given fields of a promotion; the others stay")
@Service
public class PromotionEditCommand extends PromotionsCommand {
    @Option(name = "--name", description = "A new name")
    String name;

    @Option(name = "--type", description = "PERCENT, AMOUNT or FREE_SHIPPING (with --value unless FREE_SHIPPING)")
    String type;

    @Option(name = "--value", description = "A new percentage or amount; the type stays unless --type is given")
    String value;

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

    @Option(name = "--coupon", description = "yes: applies only with a coupon code; no: automatic")
    String requiresCoupon;

    @Option(name = "--active", description = "yes or no")
    String active;

    @Argument(index = 0, name = "id", description = "The promotion's id", required = true)
    @Completion(PromotionIdCompleter.class)
    String id;

    @Reference
    Promotions promotions;

    @Override
    protected void run(PrintStream out) {
        PromotionDTO changes = new PromotionDTO();
        changes.name = name;
        if (type != null || value != null) {
            changes.discount = new PromotionDTO.Discount();
            // The service takes a discount whole; a new value alone keeps the promotion's type.
            changes.discount.type = type != null ? PromotionsConsole.upperCase(type) : promotions.get(id.trim()).discount.type;
            changes.discount.value = PromotionsConsole.decimal("discount.value", value);
        }
        changes.minSubtotal = PromotionsConsole.decimal("minSubtotal", minSubtotal);
        changes.startsAt = PromotionsConsole.instant("startsAt", startsAt);
        changes.endsAt = PromotionsConsole.instant("endsAt", endsAt);
        changes.usageLimit = PromotionsConsole.wholeNumber("usageLimit", usageLimit);
        changes.perCustomerLimit = PromotionsConsole.wholeNumber("perCustomerLimit", perCustomerLimit);
        changes.requiresCoupon = PromotionsConsole.yesOrNo("requiresCoupon", requiresCoupon);
        changes.active = PromotionsConsole.yesOrNo("active", active);
        PromotionDTO edited = promotions.update(id.trim(), changes);
        out.println("Promotion " + edited.id + " '" + edited.name + "': " + PromotionsConsole.discount(edited.discount) + ", "
                + (edited.requiresCoupon ? "with coupon codes" : "automatic") + ", " + (edited.active ? "active" : "inactive"));
    }
}
