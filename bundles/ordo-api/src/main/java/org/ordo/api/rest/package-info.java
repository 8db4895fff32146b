/**
 * What every Ordo REST resource shares, whichever bundle it lives in: the application it joins,
 * the roles it requires, paging (of paged lists and of lists answered as arrays), sorting, entity
 * versions, and which methods take file uploads.
 */
@Export
@Version("1.4.0")
package org.ordo.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
