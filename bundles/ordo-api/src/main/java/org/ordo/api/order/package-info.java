/**
 * Orders as every bundle sees them: their data (DTOs), the service that reads and changes them, and
 * the events they raise.
 */
@Export
@Version("2.0.0")
package org.ordo.api.order;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
