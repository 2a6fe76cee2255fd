package org.marigold.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.marigold.account.AccountService;
import org.marigold.account.PasswordPolicy;
import org.marigold.platform.Rejected;
import org.marigold.web.Language;
import org.marigold.web.PageMessages;
import org.marigold.web.PublicAddress;

@Named
@ViewScoped
public class RegisterView implements Serializable {

    @Inject
    Language language;

    @Inject
    PublicAddress address;

    @Inject
    AccountService accounts;

    @Inject
    SignIn signIn;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = 254, message = "{account.email.tooLong}")
    private String email;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 80, message = "{account.displayName.tooLong}")
    private String displayName;

    @NotBlank(message = "{account.password.required}")
    @Size(max = PasswordPolicy.MAXIMUM_LENGTH, message = "{password.tooLong}")
    private String password;

    /** Filled in by the browser's script with the person's time zone; they can change it in their profile. */
    private String timeZone;

    private String next;

    public void register() {
        try {
            String page = address.of(ConfirmAddressView.PAGE);
            accounts.register(email, displayName, password, zone(), language(), secret -> page + "?k=" + secret);
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "register");
            return;
        }
        PageMessages.infoAfterRedirect("register.welcome", displayName.strip());
        signIn.signIn(email, password, next, false);
    }

    private ZoneId zone() {
        try {
            return timeZone == null || timeZone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** The language the person has been reading: chosen with the switcher, or their browser's. */
    private Locale language() {
        return language.getLocale();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
