/**
 * What every Ordo REST resource shares, whichever bundle it lives in: the application it joins,
 * the roles of its users, paging (of paged lists and of lists answered as arrays), sorting, entity
 * versions, and which methods take file uploads.
 *
 * <p>2.0: access is declared with the standard {@code javax.annotation.security} annotations:
 * {@code @RolesAllowed(Role.ADMIN_NAME)} instead of Ordo's {@code @RequiresRole(Role.ADMIN)}, and
 * {@code @PermitAll} (open to anyone, without credentials) instead of {@code @Public}; {@code @DenyAll}
 * closes a method to everyone. Both Ordo annotations are gone rather than deprecated: a resource built
 * against 1.x that still carried them would otherwise be served with the default roles, wider than it
 * asked for, where now it does not resolve.
 */
@Export
@Version("2.0.0")
package org.ordo.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
