/**
 * Cross-cutting wiring only: the datasource and its schema migrations, the clock, security headers,
 * error statuses, health checks and the REST application. No feature logic lives here.
 */
package org.marigold.platform;
