/**
 * What every configurable component shares: a setting out of range is refused with one clear message
 * naming the configuration and the setting, and the component does not start with it (its previous
 * value is not half-kept). {@code ordo:status} shows the message.
 */
@Export
@Version("1.1.0")
package org.ordo.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
