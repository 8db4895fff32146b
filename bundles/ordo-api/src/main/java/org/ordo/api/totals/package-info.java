/** The totals pipeline's extension point: discounts, shipping charges and other adjustments. */
@Export
@Version("1.0.0")
package org.ordo.api.totals;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
