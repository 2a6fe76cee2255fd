package org.marigold.account.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marigold.account.Account;
import org.marigold.account.CurrentUser;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Account")
public class MeResource {

    public record Me(long id, String email, String displayName, String organisation, String timeZone, String language) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Who the caller is (401 for an anonymous request)")
    public Me me() {
        Account account = currentUser.requireForApi();
        return new Me(account.getId(), account.getEmail(), account.getDisplayName(), account.getOrganisation(),
                account.getTimeZone().getId(), account.getLanguage().getLanguage());
    }
}
