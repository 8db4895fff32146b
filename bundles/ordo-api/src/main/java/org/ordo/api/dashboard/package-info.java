/**
 * The dashboard's extension point: each installed capability counts what needs attention.
 *
 * <p>2.0: a counter's key is its service property {@link org.ordo.api.dashboard.DashboardCounter#NAME}
 * rather than a {@code name()} method, so that a counter built for 1.x, which lacks the property, does
 * not resolve instead of being silently ignored.
 */
@Export
@Version("2.0.0")
package org.ordo.api.dashboard;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
