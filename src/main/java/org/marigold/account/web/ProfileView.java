package org.marigold.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.marigold.account.Account;
import org.marigold.account.AccountService;
import org.marigold.account.CurrentUser;
import org.marigold.account.InstanceAdmins;
import org.marigold.account.LoginSessions;
import org.marigold.account.PasswordPolicy;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;
import org.marigold.web.TimeZones;

@Named
@ViewScoped
public class ProfileView implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginSessions sessions;

    @Inject
    InstanceAdmins admins;

    private boolean instanceAdmin;

    @Inject
    org.marigold.engagement.EngagementService engagement;

    private String email;
    private boolean badgesHidden;
    private transient java.util.Map<org.marigold.community.Community, List<org.marigold.engagement.BadgeRule>> badges;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 80, message = "{account.displayName.tooLong}")
    private String displayName;

    @Size(max = 120, message = "{account.organisation.tooLong}")
    private String organisation;

    @NotNull(message = "{account.timeZone.required}")
    private String timeZone;

    @NotNull(message = "{account.language.required}")
    private String language;

    @NotBlank(message = "{account.password.required}")
    private String currentPassword;

    @NotBlank(message = "{account.password.required}")
    @Size(max = PasswordPolicy.MAXIMUM_LENGTH, message = "{password.tooLong}")
    private String newPassword;

    @PostConstruct
    void load() {
        Account account = accounts.account(currentUser.requireId());
        email = account.getEmail();
        displayName = account.getDisplayName();
        organisation = account.getOrganisation();
        timeZone = account.getTimeZone().getId();
        language = account.getLanguage().getLanguage();
        badgesHidden = account.isBadgesHidden();
        instanceAdmin = admins.isAdmin(account);
    }

    /** Whether others see my badges; I always see them here. */
    public void saveBadges() {
        engagement.hideMyBadges(currentUser.requireId(), badgesHidden);
        PageMessages.info(badgesHidden ? "badges.hidden" : "badges.shown");
    }

    /** My badges in each of my communities. */
    public List<java.util.Map.Entry<org.marigold.community.Community, List<org.marigold.engagement.BadgeRule>>> getBadges() {
        if (badges == null) {
            badges = engagement.myBadges(currentUser.requireId());
        }
        return new java.util.ArrayList<>(badges.entrySet());
    }

    public boolean isBadgesHidden() {
        return badgesHidden;
    }

    public void setBadgesHidden(boolean badgesHidden) {
        this.badgesHidden = badgesHidden;
    }

    public void save() {
        var zone = TimeZones.named(timeZone);
        if (zone.isEmpty()) {
            PageMessages.error("profile:timeZone", "account.timeZone.unknown");
            return;
        }
        if (!List.of("en", "fr", "es").contains(language)) {
            PageMessages.error("profile:language", "account.language.unknown");
            return;
        }
        accounts.updateProfile(currentUser.requireId(), displayName, organisation, zone.get(), Locale.forLanguageTag(language));
        PageMessages.info("profile.saved");
    }

    public void changePassword() {
        try {
            accounts.changePassword(currentUser.requireId(), currentPassword, newPassword);
            // Every other session of the account has ended; this one logs in again with the new password.
            sessions.loggedIn((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            PageMessages.info("password.changed");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "password");
        }
        currentPassword = null;
        newPassword = null;
    }

    /** Whether to offer the Outbox page (this instance's administrators only). */
    public boolean isInstanceAdmin() {
        return instanceAdmin;
    }

    public List<String> getZones() {
        return TimeZones.CHOICES;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
