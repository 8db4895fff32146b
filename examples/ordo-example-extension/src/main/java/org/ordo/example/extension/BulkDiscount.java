package org.ordo.example.extension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.ordo.api.order.AdjustmentDTO;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.totals.TotalsAdjuster;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** A discount rule: a percentage off every open order of at least so many pieces. */
@Component(configurationPid = BulkDiscount.PID)
@Designate(ocd = BulkDiscount.Config.class)
public class BulkDiscount implements TotalsAdjuster {
    public static final String PID = "org.ordo.example.discount";

    @ObjectClassDefinition(name = "Ordo example: bulk discount")
    public @interface Config {
        @AttributeDefinition(description = "Pieces an order needs, over all its lines, for the discount", min = "1")
        int minQuantity() default 10;

        @AttributeDefinition(description = "Percent off the subtotal", min = "0", max = "100")
        String percent() default "5";
    }

    private final int minQuantity;
    private final BigDecimal percent;

    @Activate
    public BulkDiscount(Config config) {
        this.minQuantity = config.minQuantity();
        this.percent = percent(config.percent());
    }

    /** A bad value stops the rule with this message in the log, rather than discounting something odd. */
    private static BigDecimal percent(String configured) {
        try {
            BigDecimal percent = new BigDecimal(configured.trim());
            if (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return percent;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new IllegalArgumentException(PID + ": percent must be a number from 0 to 100, not '" + configured + "'");
    }

    @Override
    public List<AdjustmentDTO> adjust(OrderDTO draft) {
        int pieces = draft.lines.stream().mapToInt(line -> line.quantity).sum();
        if (pieces < minQuantity || percent.signum() <= 0) {
            return List.of();
        }
        BigDecimal amount = draft.totals.subtotal.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return List.of(AdjustmentDTO.of(AdjustmentDTO.DISCOUNT,
                "Bulk discount " + percent.stripTrailingZeros().toPlainString() + " % from " + minQuantity + " pieces", amount,
                "example:bulk-discount"));
    }
}
