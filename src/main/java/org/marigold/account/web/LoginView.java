package org.marigold.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import org.marigold.account.ClientAddress;
import org.marigold.account.LoginThrottles;
import org.marigold.web.PageMessages;

@Named
@ViewScoped
public class LoginView implements Serializable {

    @Inject
    SignIn signIn;

    @Inject
    LoginThrottles throttles;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    @NotBlank(message = "{account.email.required}")
    private String email;

    @NotBlank(message = "{account.password.required}")
    private String password;

    private String next;

    private boolean keepSignedIn;

    public void login() {
        // A post that leaves a field out entirely is not validated by Faces (nothing was submitted to validate).
        if (email == null || email.isBlank() || password == null || password.isBlank()) {
            PageMessages.error(null, "login.failed");
            return;
        }
        if (signIn.signIn(email, password, next, keepSignedIn)) {
            return;
        }
        // Refused unchecked: the wait it was refused for (read again later it may have run out while the page was made).
        // Checked and wrong: the wait that mistake may have started.
        Optional.ofNullable((Duration) request.getAttribute(LoginThrottles.REFUSED_FOR))
                .or(() -> throttles.waitFor(email, clientAddress.of(request))).ifPresentOrElse(
                wait -> PageMessages.error(null, "login.slowedDown", Math.max(1, wait.toSeconds())),
                () -> PageMessages.error(null, "login.failed"));
        password = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isKeepSignedIn() {
        return keepSignedIn;
    }

    public void setKeepSignedIn(boolean keepSignedIn) {
        this.keepSignedIn = keepSignedIn;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
