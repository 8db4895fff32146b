/**
 * Extension points whose services are looked up by a key, such as an order action by its name: the
 * key is a service property, and of two services with one key the higher {@code service.ranking}
 * serves, so a bundle can replace a built-in one.
 */
@Export
@Version("1.0.0")
package org.ordo.api.registry;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
