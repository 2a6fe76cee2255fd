package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "marigold")
    private EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    public Account add(Account account) {
        em.persist(account);
        return account;
    }

    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }

    public Optional<ApiToken> tokenByHash(String hash) {
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
                .setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public List<ApiToken> tokensOf(Account account) {
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class).setParameter("account", account).getResultList();
    }

    public Optional<ApiToken> token(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    public void remove(ApiToken token) {
        em.remove(token);
    }

    /** Makes the database check unique constraints now, inside the caller's transaction. */
    public void flush() {
        em.flush();
    }
}
