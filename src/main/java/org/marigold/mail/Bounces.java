package org.marigold.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Addresses mail could not be delivered to. Recording one tells the rest of Marigold ({@link AddressBounced}): the
 * account with that address stops getting mail until the person confirms an address again.
 */
@ApplicationScoped
public class Bounces {

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Inject
    Event<AddressBounced> bounced;

    @Transactional
    public void record(String address, String reason, Instant at) {
        Bounce known = em.find(Bounce.class, Bounce.key(address));
        if (known == null) {
            em.persist(new Bounce(address, reason, at));
        } else {
            known.again(reason, at);
        }
        bounced.fire(new AddressBounced(Bounce.key(address), reason, at));
    }

    @Transactional
    public Optional<Bounce> of(String address) {
        return address == null || address.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(Bounce.class, Bounce.key(address)));
    }

    /** The address was proven to reach its person (a link mailed to it was followed): its bounce is over. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cleared(String address) {
        of(address).ifPresent(em::remove);
    }
}
