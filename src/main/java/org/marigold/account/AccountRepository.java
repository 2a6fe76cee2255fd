package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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

    public void add(RememberedLogin login) {
        em.persist(login);
    }

    public Optional<RememberedLogin> rememberedLogin(String hash) {
        return Optional.ofNullable(em.find(RememberedLogin.class, hash));
    }

    public void remove(RememberedLogin login) {
        em.remove(login);
    }

    public void forgetExpiredLogins(Account account, Instant now) {
        em.createQuery("DELETE FROM RememberedLogin r WHERE r.account = :account AND r.expiresAt <= :now")
                .setParameter("account", account).setParameter("now", now).executeUpdate();
    }

    public void forgetAllLogins(Account account) {
        em.createQuery("DELETE FROM RememberedLogin r WHERE r.account = :account").setParameter("account", account).executeUpdate();
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
