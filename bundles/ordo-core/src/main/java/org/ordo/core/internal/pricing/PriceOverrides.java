package org.ordo.core.internal.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.ordo.api.config.Settings;
import org.ordo.api.error.LimitExceededException;
import org.ordo.api.money.Money;
import org.ordo.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How far below the catalogue a line may be priced, by role. Back offices let sales staff override a
 * price only within a permission (OroCommerce's "override price"): here an agent goes down at most the
 * configured percentage, an admin anywhere. A price above the catalogue (a surcharge) is anyone's.
 * Checked wherever a price is set: typed order lines, edited lines, quote lines, the console.
 */
@Component(service = PriceOverrides.class, configurationPid = PriceOverrides.PID)
@Designate(ocd = PriceOverrides.Config.class)
public class PriceOverrides {
    static final String PID = "org.ordo.core.pricing";
    static final String LIMIT = "agentMaxPriceReductionPercent";

    @ObjectClassDefinition(name = "Ordo price overrides")
    public @interface Config {
        @AttributeDefinition(description = "How far below the catalogue price, in percent, a user without the admin role "
                + "may set a unit price: 0 allows no lower price, 100 any")
        int agentMaxPriceReductionPercent() default 20;
    }

    private final int maxReductionPercent;

    @Activate
    public PriceOverrides(Config config) {
        this(Settings.atLeast(PID, LIMIT, config.agentMaxPriceReductionPercent(), 0));
    }

    PriceOverrides(long maxReductionPercent) {
        this.maxReductionPercent = (int) Math.min(100, maxReductionPercent);
    }

    /**
     * Refuses a unit price further below the catalogue price than the actor may go.
     *
     * @param field where the price stands in the request, such as {@code lines[2].unitPrice}
     */
    public void check(Actor actor, String field, BigDecimal unitPrice, BigDecimal catalogPrice, String currency) {
        if (actor.isAdmin() || unitPrice == null || unitPrice.compareTo(catalogPrice) >= 0) {
            return;
        }
        BigDecimal lowest = lowestFor(catalogPrice, currency);
        if (unitPrice.compareTo(lowest) < 0) {
            throw new LimitExceededException(field, LIMIT, maxReductionPercent, field + ": " + actor.name()
                    + " may price at most " + maxReductionPercent + " % below the catalogue price "
                    + Money.round(catalogPrice, currency).toPlainString() + " " + currency + ", so not below "
                    + lowest.toPlainString() + "; an admin may (" + PID + ", " + LIMIT + ")");
        }
    }

    /** The lowest price an agent may set, rounded up to the currency so the limit is never crossed by rounding. */
    BigDecimal lowestFor(BigDecimal catalogPrice, String currency) {
        BigDecimal share = BigDecimal.valueOf(100L - maxReductionPercent).movePointLeft(2);
        return catalogPrice.multiply(share).setScale(Money.minorDigits(currency), RoundingMode.CEILING);
    }
}
