package org.marigold.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.marigold.account.Account;
import org.marigold.account.PasswordPolicy;
import org.marigold.account.PasswordReset;
import org.marigold.account.PasswordResetService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** Choosing a new password through a mailed link; on success the person is logged in with it. */
@Named
@ViewScoped
public class ResetPasswordView implements Serializable {

    @Inject
    PasswordResetService resets;

    @Inject
    SignIn signIn;

    private String secret;

    private PasswordReset.State state;

    @NotBlank(message = "{account.password.required}")
    @Size(max = PasswordPolicy.MAXIMUM_LENGTH, message = "{password.tooLong}")
    private String newPassword;

    @PostConstruct
    void load() {
        secret = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("t");
        state = resets.state(secret);
    }

    public void reset() {
        Account account;
        try {
            account = resets.reset(secret, newPassword);
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "reset");
            newPassword = null;
            return;
        } catch (PasswordReset.Unusable unusable) {
            state = unusable.state();
            return;
        }
        PageMessages.infoAfterRedirect("reset.done");
        signIn.signIn(account.getEmail(), newPassword, "/index.xhtml", false);
    }

    /** The message key saying why the link cannot be used, or null while it can. */
    public String getProblem() {
        return state == PasswordReset.State.USABLE ? null : "reset.link." + state.name();
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
