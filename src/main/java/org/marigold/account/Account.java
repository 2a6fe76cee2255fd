package org.marigold.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.marigold.platform.Text;

/** A person who uses Marigold. The e-mail is stored lower-case and is how they log in. */
@Entity
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = "Account.byConfirmation", query = "SELECT a FROM Account a WHERE a.confirmTokenHash = :hash")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String organisation;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String language;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The secret in the address of this account's calendar feed (calendars cannot log in); reset to revoke old addresses. */
    @Column(name = "calendar_secret")
    private String calendarSecret;

    /** Whether this person keeps their badges to themselves (they still see them on their own pages). */
    @Column(name = "badges_hidden", nullable = false)
    private boolean badgesHidden;

    /** Sessions that logged in before this (the password changed since) are over. */
    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    /** When the person proved the address theirs (the link in the mail); null until then. */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** A new address asked for on the profile, until the link mailed to it is followed. */
    @Column(name = "pending_email")
    private String pendingEmail;

    /** The digest of the open confirmation link's secret, and when it was sent. */
    @Column(name = "confirm_token_hash")
    private String confirmTokenHash;

    @Column(name = "confirm_sent_at")
    private Instant confirmSentAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, ZoneId timeZone, Locale language, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.timeZone = timeZone.getId();
        this.language = language.getLanguage();
        this.createdAt = createdAt;
    }

    /**
     * Where an account made for a name without an address lives (an imported community named people without their
     * e-mail): nobody can sign in to it ({@code .invalid} is reserved, RFC 2606).
     */
    public static final String NAME_ONLY_DOMAIN = "@imported.invalid";

    /** Whether this is a name an imported community brought without an address (see {@link #NAME_ONLY_DOMAIN}). */
    public boolean isNameOnly() {
        return email.endsWith(NAME_ONLY_DOMAIN);
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void speak(Locale chosen) {
        this.language = chosen.getLanguage();
    }

    public void updateProfile(String displayName, String organisation, ZoneId timeZone, Locale language) {
        this.displayName = displayName.strip();
        this.organisation = Text.orNull(organisation);
        this.timeZone = timeZone.getId();
        this.language = language.getLanguage();
    }

    /** A new password ends every session logged in with the old one (a thief's too); the caller may log in again. */
    void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.sessionsValidAfter = now;
    }

    /** Whether a session that logged in at {@code loggedInAt} still stands. */
    public boolean acceptsSessionFrom(Instant loggedInAt) {
        return sessionsValidAfter == null || !loggedInAt.isBefore(sessionsValidAfter);
    }

    /** Whether mail other than a confirmation or a password reset may go to this address. */
    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    /**
     * The address is proven: by the confirmation link, or by arriving through a link mailed to it. The link's digest
     * stays, so that following it again says the address is confirmed rather than that the link is unknown.
     */
    void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    /** The address a confirmation link proves: the new one asked for, if any, else the account's own. */
    public String getAddressToConfirm() {
        return pendingEmail != null ? pendingEmail : email;
    }

    public String getPendingEmail() {
        return pendingEmail;
    }

    /** The person asked for a new address; it is theirs once the link mailed to it is followed. */
    void askForEmail(String newEmail) {
        pendingEmail = normaliseEmail(newEmail);
    }

    /** The person keeps the address they have: the link mailed to the new one works no more. */
    void keepEmail() {
        pendingEmail = null;
        confirmTokenHash = null;
    }

    /** The link mailed to the new address was followed: it is the account's address from now on, proven. */
    void takePendingEmail(Instant now) {
        email = pendingEmail;
        pendingEmail = null;
        emailConfirmedAt = now;
    }

    /** Mail to the address bounced: until the person proves an address again, only essential mail goes to it. */
    void mailBounced() {
        emailConfirmedAt = null;
    }

    /** A new confirmation link replaces any earlier one. */
    void awaitConfirmation(String tokenHash, Instant now) {
        confirmTokenHash = tokenHash;
        confirmSentAt = now;
    }

    Instant getConfirmSentAt() {
        return confirmSentAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isBadgesHidden() {
        return badgesHidden;
    }

    public void hideBadges(boolean hidden) {
        this.badgesHidden = hidden;
    }

    public String getCalendarSecret() {
        return calendarSecret;
    }

    public void useCalendarSecret(String secret) {
        this.calendarSecret = secret;
    }
}
