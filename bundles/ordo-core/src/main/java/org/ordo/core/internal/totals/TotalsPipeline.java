package org.ordo.core.internal.totals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ordo.api.error.ProblemException;
import org.ordo.api.order.AdjustmentDTO;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.totals.TotalsAdjuster;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks every registered {@link TotalsAdjuster} what it adjusts on an order draft, highest ranking first. */
@Component(service = TotalsPipeline.class)
public class TotalsPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(TotalsPipeline.class);

    private record Ranked(ServiceReference<?> reference, TotalsAdjuster adjuster) {
    }

    private final List<Ranked> adjusters = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAdjuster(TotalsAdjuster adjuster, ServiceReference<TotalsAdjuster> reference) {
        adjusters.add(new Ranked(reference, adjuster));
    }

    void removeAdjuster(TotalsAdjuster adjuster) {
        adjusters.removeIf(r -> r.adjuster() == adjuster);
    }

    public List<AdjustmentDTO> adjustments(OrderDTO draft) {
        List<Ranked> ordered = new ArrayList<>(adjusters);
        // ServiceReference order is by ranking then id, ascending; the highest ranking asks first
        ordered.sort((a, b) -> b.reference().compareTo(a.reference()));
        List<AdjustmentDTO> all = new ArrayList<>();
        for (Ranked ranked : ordered) {
            try {
                List<AdjustmentDTO> made = ranked.adjuster().adjust(draft);
                if (made != null) {
                    all.addAll(made);
                }
            } catch (ProblemException refusal) {
                throw refusal;
            } catch (RuntimeException e) {
                LOG.error("Totals adjuster {} failed on order {}; left out", ranked.adjuster(), draft.number, e);
            }
        }
        return all;
    }
}
