/** Who asks for a change, as every service that applies a rule by role sees them. */
@Export
@Version("1.0.0")
package org.ordo.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
