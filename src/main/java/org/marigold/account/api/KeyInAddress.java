package org.marigold.account.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API method that changes something for whoever holds the secret in its address, signed in or not (a mail's
 * one-click "stop these reminders"): {@link SignedInToChange} lets it through, and the method checks the secret.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KeyInAddress {
}
