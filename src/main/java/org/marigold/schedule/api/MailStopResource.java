package org.marigold.schedule.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.api.KeyInAddress;
import org.marigold.platform.NotFound;
import org.marigold.schedule.MeetingReminders;

/**
 * The one-click stop a reminder's List-Unsubscribe-Post header names (RFC 8058): a mail reader posts to the address,
 * whose key is the member's own; nobody signs in. A GET does nothing here (link checkers follow links): the mail's
 * visible link goes to a page that asks first (unsubscribe.xhtml).
 */
@Path("mail/stop")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Mail")
public class MailStopResource {

    /** What was stopped: reminders from this community. */
    public record Stopped(String community, boolean reminders) {
    }

    @Inject
    MeetingReminders reminders;

    @POST
    @KeyInAddress
    @Operation(summary = "Stops a member's meeting reminders, by the key in their mail's address (no login)")
    public Stopped stop(@QueryParam("k") String key) {
        return reminders.remindersByMail(key, false).map(m -> new Stopped(m.getCommunity().getName(), false))
                .orElseThrow(() -> new NotFound("No reminders are sent under this key."));
    }
}
