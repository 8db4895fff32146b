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
public class PromotionEditCommand extends PromotionTermsCommand {
    @Option(name = "--name", description = "A new name")
    String name;

    @Option(name = "--type", description = "PERCENT, AMOUNT or FREE_SHIPPING (with --value unless FREE_SHIPPING)")
    String type;

    @Option(name = "--value", description = "A new percentage or amount; the type stays unless --type is given")
    String value;

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
        applyTerms(changes);
        changes.requiresCoupon = PromotionsConsole.yesOrNo("requiresCoupon", requiresCoupon);
        changes.active = PromotionsConsole.yesOrNo("active", active);
        PromotionDTO edited = promotions.update(id.trim(), changes);
        out.println(summary(edited));
    }
}
