package org.marigold.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.marigold.account.AccountService;
import org.marigold.web.PageMessages;

@Named
@ViewScoped
public class LoginView implements Serializable {

    @Inject
    SignIn signIn;

    @Inject
    AccountService accounts;

    @NotBlank(message = "{account.email.required}")
    private String email;

    @NotBlank(message = "{account.password.required}")
    private String password;

    private String next;

    private boolean keepSignedIn;

    public void login() {
        if (signIn.signIn(email, password, next, keepSignedIn)) {
            return;
        }
        accounts.loginWait(email).ifPresentOrElse(
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
