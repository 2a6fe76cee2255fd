package org.marigold.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.marigold.account.PasswordResetService;
import org.marigold.web.PageMessages;

/** "Forgot your password?": asks for the address and always answers the same. */
@Named
@RequestScoped
public class ForgotPasswordView {

    public static final String RESET_PAGE = "/reset-password.xhtml";

    @Inject
    PasswordResetService resets;

    /** This server's public address (https://marigold.example.org); without it, the one the request came to. */
    @Inject
    @ConfigProperty(name = "marigold.base-url")
    Optional<String> baseUrl;

    @NotBlank(message = "{account.email.required}")
    @Size(max = 254, message = "{account.email.tooLong}")
    private String email;

    private boolean sent;

    public void send() {
        String base = baseUrl.map(url -> url.replaceAll("/+$", "")).orElseGet(ForgotPasswordView::requestBase);
        resets.request(email, secret -> base + RESET_PAGE + "?t=" + secret);
        PageMessages.info("forgot.sent", email.strip());
        sent = true;
    }

    private static String requestBase() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
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
