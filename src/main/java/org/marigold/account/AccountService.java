package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.platform.TokenSecret;

/** Registration, login checks, profiles, passwords and API tokens. Every method acts for a known account. */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final String TOKEN_PREFIX = "mgt_";
    public static final int MAX_TOKENS = 20;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    AddressConfirmations confirmations;

    /** A new account, whose address is to be confirmed by the link queued to it in the same transaction. */
    public Account register(String email, String displayName, String password, ZoneId timeZone, Locale language, LinkAddress confirmation) {
        Account account = create(email, displayName, password, timeZone, language);
        confirmations.send(account, confirmation);
        return account;
    }

    /** A new account whose address is known to be its own (the demo's seeded people). */
    public Account registerConfirmed(String email, String displayName, String password, ZoneId timeZone, Locale language) {
        Account account = create(email, displayName, password, timeZone, language);
        account.confirmEmail(clock.instant());
        return account;
    }

    private Account create(String email, String displayName, String password, ZoneId timeZone, Locale language) {
        PasswordPolicy.problemWith(password, email).ifPresent(problem -> {
            throw Rejected.onField("password", problem);
        });
        if (accounts.byEmail(email).isPresent()) {
            throw Rejected.onField("email", "account.emailTaken");
        }
        Account account = new Account(email, displayName, hasher.hash(password), timeZone, language, clock.instant());
        accounts.add(account);
        accounts.flush();
        return account;
    }

    /**
     * Checks an e-mail and password, taking as long for an unknown e-mail as for a known one. It writes nothing: the
     * attempts are counted beforehand, by {@link LoginThrottles}.
     */
    public Optional<Account> checkPassword(String email, String password) {
        Optional<Account> found = accounts.byEmail(email);
        if (found.isEmpty()) {
            hasher.spendTimeAsIfVerifying(password);
            return Optional.empty();
        }
        return found.filter(account -> hasher.matches(password, account.getPasswordHash()));
    }

    /** An account by its id, for the other features (which never reach the accounts' repository themselves). */
    public Optional<Account> find(long id) {
        return accounts.find(id);
    }

    /** The account of this address, if any (addresses are kept lower-case). */
    public Optional<Account> byEmail(String email) {
        return accounts.byEmail(email);
    }

    public Account account(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFound("No such account"));
    }

    public Account updateProfile(long accountId, String displayName, String organisation, ZoneId timeZone, Locale language) {
        Account account = account(accountId);
        account.updateProfile(displayName, organisation, timeZone, language);
        return account;
    }

    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = account(accountId);
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            throw Rejected.onField("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
            throw Rejected.onField("newPassword", problem);
        });
        account.changePasswordHash(hasher.hash(newPassword), clock.instant());
        accounts.forgetAllLogins(account); // a stolen cookie stops working with the old password
    }

    /** Creates a token and returns its secret: the only time anyone sees it. */
    public CreatedToken createToken(long accountId, String name) {
        Account account = account(accountId);
        if (accounts.tokensOf(account).size() >= MAX_TOKENS) {
            throw Rejected.onField("tokenName", "token.tooMany", MAX_TOKENS);
        }
        TokenSecret secret = TokenSecret.generate(TOKEN_PREFIX);
        ApiToken token = accounts.add(new ApiToken(account, name, secret, clock.instant()));
        return new CreatedToken(token, secret.value());
    }

    public List<ApiToken> tokens(long accountId) {
        return accounts.tokensOf(account(accountId));
    }

    public void revokeToken(long accountId, long tokenId) {
        ApiToken token = accounts.token(tokenId)
                .filter(t -> t.getAccount().getId() == accountId)
                .orElseThrow(() -> new NotFound("No such token"));
        accounts.remove(token);
    }

    /** The account a presented API token belongs to; records when it was last used. */
    public Optional<Account> accountForToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return accounts.tokenByHash(TokenSecret.digestOf(secret)).map(token -> {
            token.markUsed(clock.instant());
            return token.getAccount();
        });
    }

    /** The prefix of remembered logins' secrets, told apart from API tokens at a glance. */
    public static final String REMEMBERED_PREFIX = "mgr_";

    /** Remembers a login for {@code lifetime}; returns the secret for the cookie (kept nowhere else). */
    public String remember(long accountId, Duration lifetime) {
        Account account = account(accountId);
        Instant now = clock.instant();
        accounts.forgetExpiredLogins(account, now);
        TokenSecret secret = TokenSecret.generate(REMEMBERED_PREFIX);
        accounts.add(new RememberedLogin(secret.digest(), account, now, now.plus(lifetime)));
        return secret.value();
    }

    /** The account a remembered login's secret stands for, while it has not expired. */
    public Optional<Account> accountForRememberedLogin(String secret) {
        if (secret == null || !secret.startsWith(REMEMBERED_PREFIX)) {
            return Optional.empty();
        }
        return accounts.rememberedLogin(TokenSecret.digestOf(secret))
                .filter(login -> !login.expiredAt(clock.instant()))
                .map(RememberedLogin::getAccount);
    }

    /** Forgets a remembered login (the person logged out). */
    public void forget(String secret) {
        if (secret != null) {
            accounts.rememberedLogin(TokenSecret.digestOf(secret)).ifPresent(accounts::remove);
        }
    }

    public record CreatedToken(ApiToken token, String secret) {
    }

    /** The member chose a language with the switcher: their pages speak it from now on, on any device. */
    public void speak(long actorId, Locale language) {
        accounts.find(actorId).ifPresent(account -> account.speak(language));
    }
}
