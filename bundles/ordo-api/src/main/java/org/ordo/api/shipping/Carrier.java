package org.ordo.api.shipping;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Register one as a service to add a carrier that shipments may name, such as a regional courier.
 * The service property {@value #CODE} gives the code shipments name, such as {@code UPS}: letters,
 * digits, '-' and '_' (with Declarative Services: {@code @Component(property = Carrier.CODE + "=ACME")});
 * a service without it is ignored, with a warning in the log. Ordo's own carriers (UPS, FedEx, DHL, USPS
 * and those an admin adds in {@code etc/org.ordo.shipping.carrier-*.cfg}) are services of this kind too.
 * A carrier is usable from the moment it is registered and refused (422) once it is gone; shipments
 * recorded with it keep their tracking URL. Two carriers with one code (compared ignoring case): the
 * higher {@code service.ranking} wins (of equal rankings, the one registered first), so a bundle can
 * replace a built-in one.
 *
 * <p>The methods are called on the request's thread when a shipment is recorded, when its tracking
 * data is corrected (then inside the shipping bundle's transaction for it) and when carriers are
 * listed; they must be quick and must not block on I/O. The URL is stored with the shipment. A
 * {@link #trackingUrl} that throws is logged and the shipment is kept without a tracking URL.
 */
@ConsumerType
public interface Carrier {

    /** The service property that gives the carrier's code, as shipments name it. */
    String CODE = "ordo.carrier.code";

    /** What an agent reads, such as "United Parcel Service". */
    String name();

    /**
     * Where the customer follows the parcel, or null when this carrier has no tracking page. The
     * tracking number arrives as the agent typed it (trimmed); encode it for the URL.
     */
    String trackingUrl(String trackingNumber);
}
