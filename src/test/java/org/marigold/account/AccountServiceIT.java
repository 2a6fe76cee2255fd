package org.marigold.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.support.Deployments;
import org.marigold.support.People;

/** Accounts, passwords, throttling and API tokens against the real database and Jakarta Security. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(AccountServiceIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository repository;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottles throttles;

    @Inject
    OpenIdSignIn openId;

    @Inject
    AddressConfirmations confirmations;

    @Resource
    ManagedExecutorService executor;

    private Account register(String email) {
        return accounts.registerConfirmed(email, "Maya Chen", People.PASSWORD, ZoneId.of("America/Toronto"), Locale.FRENCH);
    }

    @Test
    void registeringKeepsAPbkdf2HashNeverThePassword() {
        String email = People.email("Maya");
        Account account = register(email);
        Account stored = repository.find(account.getId()).orElseThrow();
        assertTrue(stored.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:"), stored.getPasswordHash());
        assertFalse(stored.getPasswordHash().contains(People.PASSWORD));
        assertEquals(email, stored.getEmail());
        assertEquals(ZoneId.of("America/Toronto"), stored.getTimeZone());
        assertEquals("fr", stored.getLanguage().getLanguage());
    }

    @Test
    void anEmailCanBelongToOneAccountOnlyWhateverItsCase() {
        String email = People.email("Maya");
        register(email);
        Rejected rejected = assertThrows(Rejected.class, () -> register("  " + email.toUpperCase(Locale.ROOT) + " "));
        assertEquals("email", rejected.field());
        assertEquals("account.emailTaken", rejected.messageKey());
    }

    @Test
    void weakPasswordsAreRefusedAtRegistration() {
        Rejected rejected = assertThrows(Rejected.class,
                () -> accounts.registerConfirmed(People.email("Sam"), "Sam", "password123", ZoneId.of("UTC"), Locale.ENGLISH));
        assertEquals("password", rejected.field());
        assertEquals("password.tooCommon", rejected.messageKey());
    }

    @Test
    void theIdentityStoreKnowsPeopleByTheirAccountId() {
        String email = People.email("Maya");
        Account account = register(email);
        CredentialValidationResult valid = identityStores.validate(new UsernamePasswordCredential(email, People.PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals(account.getId().toString(), valid.getCallerPrincipal().getName());
        assertTrue(valid.getCallerGroups().contains(AccountIdentityStore.SIGNED_IN));
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStores.validate(new UsernamePasswordCredential(email, "not the password")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStores.validate(new UsernamePasswordCredential(People.email("Nobody"), People.PASSWORD)).getStatus());
    }

    @Test
    void afterThreeWrongPasswordsFromOneAddressEvenTheRightOneMustWaitThere() {
        String email = People.email("Maya");
        register(email);
        String guesser = People.address();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FROM_ADDRESS.freeAttempts(); i++) {
            assertTrue(throttles.attempt(email, guesser).isEmpty(), "checked: attempt " + (i + 1));
        }
        assertTrue(throttles.waitFor(email, guesser).isPresent());
        assertTrue(throttles.attempt(email, guesser).isPresent(), "the next is refused unchecked, whatever it holds");
        assertTrue(throttles.attempt(email, People.address()).isEmpty(), "the owner, elsewhere, is not kept out");
    }

    @Test
    void anUnknownEmailIsSlowedDownJustLikeAKnownOne() {
        String nobody = People.email("Nobody");
        String guesser = People.address();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FROM_ADDRESS.freeAttempts(); i++) {
            throttles.attempt(nobody, guesser);
        }
        assertTrue(throttles.attempt(nobody, guesser).isPresent(), "\"Too many attempts\" would not tell that the e-mail has no account");
    }

    @Test
    void aRightPasswordForgetsEarlierMistakesFromThatAddress() {
        String email = People.email("Maya");
        register(email);
        String home = People.address();
        for (int round = 0; round < 3; round++) {
            throttles.attempt(email, home);
            throttles.attempt(email, home);
            throttles.attempt(email, home);
            throttles.succeeded(email, home);
        }
        assertTrue(throttles.waitFor(email, home).isEmpty());
        assertTrue(throttles.attempt(email, home).isEmpty());
    }

    /**
     * A staff room of thirty teachers behind one school address logs in at the start of a meeting, sixteen at a time,
     * each as Marigold's login does it (counted, checked, then forgiven): none is told to wait.
     */
    @Test
    void aStaffRoomLoggingInAtOnceFromOneAddressAllGetIn() throws Exception {
        String school = People.address();
        List<String> staff = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            staff.add(register(People.email("Teacher")).getEmail());
        }
        java.util.concurrent.Semaphore sixteen = new java.util.concurrent.Semaphore(16);
        List<Future<String>> logins = new ArrayList<>();
        for (String email : staff) {
            logins.add(executor.submit(() -> {
                sixteen.acquire();
                try {
                    if (throttles.attempt(email, school).isPresent()) {
                        return email + " was told to wait";
                    }
                    if (identityStores.validate(new UsernamePasswordCredential(email, People.PASSWORD)).getStatus()
                            != CredentialValidationResult.Status.VALID) {
                        return email + " was refused";
                    }
                    throttles.succeeded(email, school);
                    return null;
                } finally {
                    sixteen.release();
                }
            }));
        }
        List<String> refused = new ArrayList<>();
        for (Future<String> login : logins) {
            java.util.Optional.ofNullable(login.get()).ifPresent(refused::add);
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void guessingManyAccountsFromOneAddressIsSlowedToo() {
        String guesser = People.address();
        for (int i = 0; i < LoginThrottle.ADDRESS.freeAttempts(); i++) {
            assertTrue(throttles.attempt(People.email("Person"), guesser).isEmpty(), "a new e-mail each time: attempt " + (i + 1));
        }
        assertTrue(throttles.attempt(People.email("Person"), guesser).isPresent());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        String email = People.email("Maya");
        long id = register(email).getId();
        assertEquals("currentPassword", assertThrows(Rejected.class,
                () -> accounts.changePassword(id, "not my password", "a brand new passphrase")).field());
        assertEquals("newPassword", assertThrows(Rejected.class, () -> accounts.changePassword(id, People.PASSWORD, "short")).field());
        accounts.changePassword(id, People.PASSWORD, "a brand new passphrase");
        assertTrue(accounts.checkPassword(email, "a brand new passphrase").isPresent());
        assertTrue(accounts.checkPassword(email, People.PASSWORD).isEmpty());
    }

    @Test
    void theProfileIsSaved() {
        long id = register(People.email("Maya")).getId();
        accounts.updateProfile(id, "  Maya C.  ", "Eastside Elementary", ZoneId.of("America/Vancouver"), Locale.forLanguageTag("es"));
        Account saved = accounts.account(id);
        assertEquals("Maya C.", saved.getDisplayName());
        assertEquals("Eastside Elementary", saved.getOrganisation());
        assertEquals(ZoneId.of("America/Vancouver"), saved.getTimeZone());
        assertEquals("es", saved.getLanguage().getLanguage());
    }

    @Test
    void anApiTokenIdentifiesItsOwnerUntilRevoked() {
        Account maya = register(People.email("Maya"));
        AccountService.CreatedToken created = accounts.createToken(maya.getId(), "attendance spreadsheet");
        assertTrue(created.secret().startsWith(AccountService.TOKEN_PREFIX));
        assertEquals(maya.getId(), accounts.accountForToken(created.secret()).orElseThrow().getId());
        assertEquals(CredentialValidationResult.Status.VALID,
                identityStores.validate(new ApiTokenCredential(created.secret())).getStatus());

        ApiToken listed = accounts.tokens(maya.getId()).get(0);
        assertEquals("attendance spreadsheet", listed.getName());
        assertTrue(created.secret().startsWith(listed.getTokenPrefix()));
        assertTrue(listed.getLastUsedAt() != null, "using a token records when");

        accounts.revokeToken(maya.getId(), listed.getId());
        assertTrue(accounts.accountForToken(created.secret()).isEmpty());
        assertTrue(accounts.tokens(maya.getId()).isEmpty());
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        Account maya = register(People.email("Maya"));
        Account sam = register(People.email("Sam"));
        AccountService.CreatedToken created = accounts.createToken(maya.getId(), "mine");
        assertThrows(NotFound.class, () -> accounts.revokeToken(sam.getId(), created.token().getId()));
        assertTrue(accounts.accountForToken(created.secret()).isPresent());
    }

    @Test
    void unknownOrMalformedTokensIdentifyNobody() {
        assertTrue(accounts.accountForToken("mgt_" + "A".repeat(43)).isEmpty());
        assertTrue(accounts.accountForToken("Bearer nonsense").isEmpty());
        assertTrue(accounts.accountForToken(null).isEmpty());
    }

    @Test
    void aNewcomersFirstSignInsThroughTheDistrictFromTwoTabsAtOnceMakeOneAccount() throws Exception {
        for (int round = 0; round < 10; round++) {
            String subject = "tabs-" + round + "-" + System.nanoTime();
            String email = People.email("Ana");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> signIns = new ArrayList<>();
            for (int tab = 0; tab < 2; tab++) {
                signIns.add(executor.submit(() -> {
                    start.await();
                    return openId.account("https://district.example.org", subject, email, "Ana Lima", Locale.ENGLISH, ZoneId.of("America/Toronto"));
                }));
            }
            start.countDown();
            long first = signIns.get(0).get();
            assertEquals(first, signIns.get(1).get(), "round " + round + ": both tabs open the same account");
            assertEquals(first, openId.account("https://district.example.org", subject, email, "Ana Lima", Locale.ENGLISH, ZoneId.of("America/Toronto")), "and next time");
        }
    }

    /** Mails links to nowhere, keeping their secrets to follow. */
    private static LinkAddress keptIn(List<String> secrets) {
        return secret -> {
            secrets.add(secret);
            return "http://localhost/confirm.xhtml?k=" + secret;
        };
    }

    @Test
    void aNewAddressIsTheAccountsOnlyOnceItsLinkIsFollowedAndTheOldOneKeepsItsMailUntilThen() {
        Account maya = register(People.email("Maya"));
        String taken = register(People.email("Sam")).getEmail();
        String wanted = People.email("Maya.Chen");
        List<String> links = new ArrayList<>();
        assertEquals("addressPassword", assertThrows(Rejected.class,
                () -> confirmations.askForAddress(maya.getId(), wanted, "not my password", keptIn(links))).field());
        assertEquals("address.taken", assertThrows(Rejected.class,
                () -> confirmations.askForAddress(maya.getId(), taken, People.PASSWORD, keptIn(links))).messageKey());
        assertEquals("address.same", assertThrows(Rejected.class,
                () -> confirmations.askForAddress(maya.getId(), maya.getEmail().toUpperCase(Locale.ROOT), People.PASSWORD, keptIn(links))).messageKey());
        assertTrue(links.isEmpty(), "nothing was mailed for a refused change");

        confirmations.askForAddress(maya.getId(), " " + wanted.toUpperCase(Locale.ROOT) + " ", People.PASSWORD, keptIn(links));
        assertEquals(maya.getEmail(), repository.find(maya.getId()).orElseThrow().getEmail(), "unchanged until the link is followed");
        assertTrue(repository.find(maya.getId()).orElseThrow().isEmailConfirmed(), "the old address still gets its mail");
        assertEquals(AddressConfirmations.State.OPEN, confirmations.link(links.get(0)).state());
        assertEquals(wanted, confirmations.link(links.get(0)).email());

        assertEquals(wanted, confirmations.confirm(links.get(0)).email());
        Account changed = repository.find(maya.getId()).orElseThrow();
        assertEquals(wanted, changed.getEmail());
        assertTrue(changed.isEmailConfirmed());
        assertEquals(CredentialValidationResult.Status.VALID,
                identityStores.validate(new UsernamePasswordCredential(wanted, People.PASSWORD)).getStatus(), "she logs in with the new address");
        assertEquals(AddressConfirmations.State.CONFIRMED, confirmations.confirm(links.get(0)).state(), "twice is the same as once");
    }

    @Test
    void keepingTheAddressMakesTheLinkForTheNewOneWorkNoMore() {
        Account felix = register(People.email("Felix"));
        List<String> links = new ArrayList<>();
        confirmations.askForAddress(felix.getId(), People.email("Felix.Typo"), People.PASSWORD, keptIn(links));
        confirmations.keepAddress(felix.getId());
        assertEquals("confirm.unusable", assertThrows(Rejected.class, () -> confirmations.confirm(links.get(0))).messageKey());
        assertEquals(felix.getEmail(), repository.find(felix.getId()).orElseThrow().getEmail());
    }
}
