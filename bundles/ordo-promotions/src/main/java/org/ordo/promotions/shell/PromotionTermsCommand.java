package org.ordo.promotions.shell;

import org.apache.karaf.shell.api.action.Option;
import org.ordo.promotions.internal.PromotionDTO;

/** The terms a promotion is created or edited with: when it runs, what an order needs, how often it applies. */
abstract class PromotionTermsCommand extends PromotionsCommand {
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

    /** Sets the terms typed; those not typed stay null. */
    void applyTerms(PromotionDTO promotion) {
        promotion.minSubtotal = PromotionsConsole.decimal("minSubtotal", minSubtotal);
        promotion.startsAt = PromotionsConsole.instant("startsAt", startsAt);
        promotion.endsAt = PromotionsConsole.instant("endsAt", endsAt);
        promotion.usageLimit = PromotionsConsole.wholeNumber("usageLimit", usageLimit);
        promotion.perCustomerLimit = PromotionsConsole.wholeNumber("perCustomerLimit", perCustomerLimit);
    }

    static String summary(PromotionDTO promotion) {
        return "Promotion " + promotion.id + " '" + promotion.name + "': " + PromotionsConsole.discount(promotion.discount)
                + ", " + (promotion.requiresCoupon ? "with coupon codes" : "automatic") + ", "
                + (promotion.active ? "active" : "inactive");
    }
}
