/** What every bundle's console commands share: who typed the command, and how long lists are shown. */
@Export
@Version("1.1.0")
package org.ordo.api.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
