/**
 * Failures a service reports to its caller in terms a user understands. The REST layer turns each
 * into an RFC 9457 problem with the status the exception carries; the console prints its detail.
 */
@Export
@Version("1.2.0")
package org.ordo.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
