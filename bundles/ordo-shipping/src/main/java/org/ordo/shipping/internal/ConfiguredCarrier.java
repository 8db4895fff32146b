package org.ordo.shipping.internal;

import java.util.Hashtable;

import org.ordo.api.shipping.Carrier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A carrier an admin configured: one factory configuration per carrier, such as
 * {@code etc/org.ordo.shipping.carrier-ups.cfg}. A configuration that does not validate registers
 * no carrier, and karaf.log says what is wrong with it.
 */
// No DS service: it registers itself, with its code (see the constructor)
@Component(service = {}, configurationPid = ConfiguredCarrier.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ConfiguredCarrier.Config.class, factory = true)
public class ConfiguredCarrier implements Carrier {
    public static final String FACTORY_PID = "org.ordo.shipping.carrier";
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredCarrier.class);

    @ObjectClassDefinition(name = "Ordo carrier", description = "A carrier shipments may name, with its tracking page")
    public @interface Config {
        @AttributeDefinition(description = "The code shipments name, such as UPS: letters, digits, '-' and '_'")
        String code();

        @AttributeDefinition(description = "What agents read, such as United Parcel Service")
        String name();

        @AttributeDefinition(description = "The tracking page, with {trackingNumber} where the number goes")
        String trackingUrl();
    }

    private final String code;
    private final String name;
    private final TrackingUrlTemplate template;
    private final ServiceRegistration<Carrier> registration;

    @Activate
    public ConfiguredCarrier(Config config, BundleContext context) {
        try {
            this.code = Carriers.checkCode(config.code());
            this.name = config.name() == null || config.name().isBlank() ? code : config.name().trim();
            this.template = TrackingUrlTemplate.of(config.trackingUrl());
        } catch (IllegalArgumentException e) {
            LOG.error("Carrier {} is not configured right ({}): {}; it is not offered", config.code(), FACTORY_PID, e.getMessage());
            throw e;
        }
        // The code comes from the configuration's own 'code', which DS cannot publish under another name:
        // the carrier registers itself with Carrier.CODE, and goes with its configuration
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Carrier.CODE, code);
        this.registration = context.registerService(Carrier.class, this, properties);
    }

    @Deactivate
    void unregister() {
        registration.unregister();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String trackingUrl(String trackingNumber) {
        return template.expand(trackingNumber);
    }

    @Override
    public String toString() {
        return code + " (" + template + ")";
    }
}
