/** Money rules every bundle applies alike: ISO 4217 currencies and rounding to their minor unit. */
@Export
@Version("1.0.0")
package org.ordo.api.money;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
