package org.ordo.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a resource method needs. Without it, reads ({@code GET}, {@code HEAD}) need
 * {@link Role#VIEWER} and every other method {@link Role#AGENT}. On a class it applies to every method
 * that does not say otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {
    Role value();
}
