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
import org.marigold.community.MailKeys;
import org.marigold.community.MailKind;

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

    /** What was stopped: this kind of mail ("reminders", "summaries", "digests") from this community. */
    public record Stopped(String community, String kind, boolean wanted) {
    }

    @Inject
    MailKeys keys;

    @POST
    @KeyInAddress
    @Operation(summary = "Stops a kind of mail (reminders, summaries or digests) to a member, by the key in their mail's address (no login)")
    public Stopped stop(@QueryParam("k") String key, @QueryParam("kind") String kind) {
        MailKind stopped = MailKind.named(kind);
        return keys.choose(key, stopped, false).map(m -> new Stopped(m.getCommunity().getName(), stopped.lowerCase(), false))
                .orElseThrow(() -> new NotFound("No mail is sent under this key."));
    }
}
