/** Coupon codes on orders, as the core asks the promotions capability to check and count them. */
@Export
@Version("1.0.0")
package org.ordo.api.promotion;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
