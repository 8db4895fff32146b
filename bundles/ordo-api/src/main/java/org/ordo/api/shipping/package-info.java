/**
 * The shipping bundle's extension point, carriers, which turn a tracking number into a tracking URL;
 * and what it offers the other capabilities: the shipments of an order.
 */
@Export
@Version("1.1.0")
package org.ordo.api.shipping;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
