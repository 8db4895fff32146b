/** Stock of the catalog's products, for bundles that give back or check what orders reserved. */
@Export
@Version("1.0.0")
package org.ordo.api.stock;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
