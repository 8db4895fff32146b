/** The dashboard's extension point: each installed capability counts what needs attention. */
@Export
@Version("1.0.0")
package org.ordo.api.dashboard;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
