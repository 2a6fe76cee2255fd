/**
 * Mail through an outbox: a change that should tell someone queues an {@link org.marigold.mail.OutboxMessage} in its
 * own transaction, and a worker on any instance claims, sends and retries it. With no SMTP server configured the
 * messages are kept for the instance's admins to read on the Outbox page.
 */
package org.marigold.mail;
