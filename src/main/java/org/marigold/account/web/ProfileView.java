package org.marigold.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.marigold.account.Account;
import org.marigold.account.AccountService;
import org.marigold.account.CurrentUser;
import org.marigold.account.PasswordPolicy;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private String email;

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
    }

    public void save() {
        if (!ZONES.contains(timeZone) && !timeZone.equals("UTC")) {
            PageMessages.error("profile:timeZone", "account.timeZone.unknown");
            return;
        }
        if (!List.of("en", "fr", "es").contains(language)) {
            PageMessages.error("profile:language", "account.language.unknown");
            return;
        }
        accounts.updateProfile(currentUser.requireId(), displayName, organisation, ZoneId.of(timeZone), Locale.forLanguageTag(language));
        PageMessages.info("profile.saved");
    }

    public void changePassword() {
        try {
            accounts.changePassword(currentUser.requireId(), currentPassword, newPassword);
            PageMessages.info("password.changed");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "password");
        }
        currentPassword = null;
        newPassword = null;
    }

    public List<String> getZones() {
        return ZONES;
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
