package org.ordo.promotions.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.ordo.api.config.Settings;
import org.ordo.api.money.Money;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How much an agent may give away in special discounts: their discounts on one order together take
 * at most a share of its subtotal, whenever its totals are computed (so lowering the order's lines
 * afterwards cannot raise that share); an admin's are bound by the subtotal alone. And how many
 * special discounts one order may carry.
 */
@Component(service = DiscountLimits.class, configurationPid = DiscountLimits.PID)
@Designate(ocd = DiscountLimits.Config.class)
public class DiscountLimits {
    static final String PID = "org.ordo.promotions.discounts";
    static final String AGENT_SHARE = "agentMaxPercentOfSubtotal";

    @ObjectClassDefinition(name = "Ordo special discounts")
    public @interface Config {
        @AttributeDefinition(description = "The share of an order's subtotal, in percent, that the special discounts of "
                + "users without the admin role may take together")
        int agentMaxPercentOfSubtotal() default 20;

        @AttributeDefinition(description = "Special discounts one order may carry")
        int maxPerOrder() default 10;
    }

    private final int agentMaxPercent;
    private final int maxPerOrder;

    @Activate
    public DiscountLimits(Config config) {
        this(Settings.atLeast(PID, AGENT_SHARE, config.agentMaxPercentOfSubtotal(), 0),
                Settings.atLeast(PID, "maxPerOrder", config.maxPerOrder(), 1));
    }

    DiscountLimits(int agentMaxPercent, int maxPerOrder) {
        this.agentMaxPercent = Math.min(100, agentMaxPercent);
        this.maxPerOrder = maxPerOrder;
    }

    int agentMaxPercent() {
        return agentMaxPercent;
    }

    int maxPerOrder() {
        return maxPerOrder;
    }

    /** What agents' special discounts may take off this subtotal together, rounded down to the currency. */
    BigDecimal agentAllowance(BigDecimal subtotal, String currency) {
        return subtotal.multiply(BigDecimal.valueOf(agentMaxPercent)).movePointLeft(2)
                .setScale(Money.minorDigits(currency), RoundingMode.DOWN);
    }
}
