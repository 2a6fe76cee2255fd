/**
 * Shared UI bits for the Faces pages: how times are shown to each viewer, how service refusals become
 * messages next to the fields, and the navigation bar's actions.
 */
package org.marigold.web;
