package org.ordo.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method whose request body is a file: it streams the body itself, under a size limit of
 * its own, so the platform's limit for JSON bodies ({@code maxJsonBytes}) does not apply to it. Every
 * other body is refused with 413 past that limit, whatever its media type. The body must still come
 * with a media type the method's {@code @Consumes} accepts, and never a wildcard one ({@code *}/{@code *}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FileUpload {
}
