package org.marigold.mail.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.account.InstanceAdmins;
import org.marigold.mail.MailServer;
import org.marigold.mail.Outbox;
import org.marigold.mail.OutboxMessage;

/** The Outbox page: the latest messages and where each is, for the instance's administrators only. */
@Named
@RequestScoped
public class OutboxView {

    static final int SHOWN = 200;

    @Inject
    Outbox outbox;

    @Inject
    MailServer server;

    @Inject
    InstanceAdmins admins;

    @Inject
    CurrentUser currentUser;

    private List<OutboxMessage> messages;

    public List<OutboxMessage> getMessages() {
        if (messages == null) {
            admins.require(currentUser);
            messages = outbox.latest(SHOWN);
        }
        return messages;
    }

    /** Whether messages leave by SMTP, or are only kept here. */
    public boolean isSending() {
        return server.isConfigured();
    }
}
