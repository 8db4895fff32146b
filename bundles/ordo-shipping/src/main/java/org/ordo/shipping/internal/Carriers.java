package org.ordo.shipping.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ordo.api.registry.Keyed;
import org.ordo.api.registry.KeyedServices;
import org.ordo.api.shipping.Carrier;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every carrier registered now, configured or from an integrator's bundle, by its {@link Carrier#CODE}
 * (ignoring case); of two with one code the higher {@code service.ranking} wins.
 */
@Component(service = Carriers.class)
public class Carriers {
    private static final Logger LOG = LoggerFactory.getLogger(Carriers.class);

    private final KeyedServices<Carrier> carriers = new KeyedServices<>(Carrier.class, Carrier.CODE,
            code -> code.toUpperCase(Locale.ROOT));

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeCarrier", updated = "updatedCarrier")
    void addCarrier(Carrier carrier, Map<String, Object> properties) {
        carriers.add(carrier, properties);
    }

    void updatedCarrier(Carrier carrier, Map<String, Object> properties) {
        carriers.update(carrier, properties);
    }

    void removeCarrier(Map<String, Object> properties) {
        carriers.remove(properties);
    }

    static String checkCode(String code) {
        if (code == null || !code.trim().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("a carrier code is 1 to 64 letters, digits, '-' or '_': " + code);
        }
        return code.trim();
    }

    /** The carrier in force for a code, whatever its case, with the code as the carrier spells it. */
    public Optional<Keyed<Carrier>> find(String code) {
        return carriers.find(code);
    }

    /** The carriers in force, one per code, sorted by code. */
    public List<Keyed<Carrier>> all() {
        return carriers.all();
    }

    public List<String> codes() {
        return carriers.keys();
    }

    /** The tracking page of a parcel, or null when the carrier has none or fails to say. */
    public static String trackingUrl(Keyed<Carrier> carrier, String trackingNumber) {
        try {
            return carrier.service().trackingUrl(trackingNumber);
        } catch (RuntimeException e) {
            LOG.error("Carrier {} failed to give a tracking URL for {}; the shipment has none", carrier.key(), trackingNumber, e);
            return null;
        }
    }
}
