package org.ordo.shipping.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ordo.api.shipping.Carrier;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every carrier registered now, configured or from an integrator's bundle, by code (ignoring case);
 * of two with one code the higher {@code service.ranking} wins.
 */
@Component(service = Carriers.class)
public class Carriers {
    private static final Logger LOG = LoggerFactory.getLogger(Carriers.class);

    private record Ranked(ServiceReference<?> reference, Carrier carrier) {
    }

    private final List<Ranked> registered = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCarrier(Carrier carrier, ServiceReference<Carrier> reference) {
        registered.add(new Ranked(reference, carrier));
    }

    void removeCarrier(Carrier carrier) {
        registered.removeIf(r -> r.carrier() == carrier);
    }

    static String checkCode(String code) {
        if (code == null || !code.trim().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("a carrier code is 1 to 64 letters, digits, '-' or '_': " + code);
        }
        return code.trim();
    }

    public Optional<Carrier> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        // ServiceReference order is by ranking then id, ascending; the highest ranking is the last
        return registered.stream().filter(r -> wanted.equals(safeCode(r.carrier())))
                .max(Comparator.comparing(Ranked::reference, ServiceReference::compareTo)).map(Ranked::carrier);
    }

    /** The carriers in force, one per code, sorted by code. */
    public List<Carrier> all() {
        Map<String, Ranked> best = new TreeMap<>();
        for (Ranked ranked : registered) {
            String code = safeCode(ranked.carrier());
            if (code != null) {
                best.merge(code, ranked, (a, b) -> a.reference().compareTo(b.reference()) >= 0 ? a : b);
            }
        }
        return best.values().stream().map(Ranked::carrier).toList();
    }

    public List<String> codes() {
        return all().stream().map(Carrier::code).toList();
    }

    /** The tracking page of a parcel, or null when the carrier has none or fails to say. */
    public static String trackingUrl(Carrier carrier, String trackingNumber) {
        try {
            return carrier.trackingUrl(trackingNumber);
        } catch (RuntimeException e) {
            LOG.error("Carrier {} failed to give a tracking URL for {}; the shipment has none", carrier, trackingNumber, e);
            return null;
        }
    }

    private static String safeCode(Carrier carrier) {
        try {
            String code = carrier.code();
            return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        } catch (RuntimeException e) {
            LOG.error("Carrier {} failed to give its code; left out", carrier, e);
            return null;
        }
    }
}
