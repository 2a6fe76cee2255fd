package org.marigold.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.marigold.account.PasswordResetService;
import org.marigold.web.PageMessages;
import org.marigold.web.PublicAddress;

/** "Forgot your password?": asks for the address and always answers the same. */
@Named
@RequestScoped
public class ForgotPasswordView {

    public static final String RESET_PAGE = "/reset-password.xhtml";

    @Inject
    PasswordResetService resets;

    @Inject
    PublicAddress address;

    @NotBlank(message = "{account.email.required}")
    @Size(max = 254, message = "{account.email.tooLong}")
    private String email;

    private boolean sent;

    public void send() {
        String page = address.of(RESET_PAGE);
        resets.request(email, secret -> page + "?t=" + secret);
        PageMessages.info("forgot.sent", email.strip());
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
