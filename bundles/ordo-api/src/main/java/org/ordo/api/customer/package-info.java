/** Customers as other bundles read them (an email's recipient, a voucher's owner). */
@Export
@Version("1.0.0")
package org.ordo.api.customer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
