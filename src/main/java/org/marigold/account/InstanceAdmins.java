package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.marigold.platform.AccessDenied;

/**
 * The people who look after this Marigold instance (not a community's admins): named by e-mail in
 * {@code marigold.admins} (MARIGOLD_ADMINS), comma-separated. They read the outbox and back up the embedded database.
 */
@ApplicationScoped
public class InstanceAdmins {

    private final Set<String> emails;

    @Inject
    public InstanceAdmins(@ConfigProperty(name = "marigold.admins") Optional<String> admins) {
        this.emails = admins.map(list -> Arrays.stream(list.split(",")).map(Account::normaliseEmail)
                .filter(email -> !email.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    protected InstanceAdmins() {
        this.emails = Set.of();
    }

    public boolean isAdmin(Account account) {
        return emails.contains(account.getEmail());
    }

    /** Refuses anyone but an instance admin. */
    public void require(CurrentUser caller) {
        if (caller.account().filter(this::isAdmin).isEmpty()) {
            throw new AccessDenied("Only the people who run this Marigold server do this.");
        }
    }
}
