/** Shared by the bundles that own a persistence unit on the {@code ordo} DataSource. */
@Export
@Version("1.2.0")
package org.ordo.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
