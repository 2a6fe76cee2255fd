package org.marigold.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.marigold.account.MarigoldAuthentication;
import org.marigold.web.Navigation;

/** Logs a person in through Jakarta Security and sends them on; shared by the login and registration pages. */
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    /**
     * Returns true when the person is now logged in and has been redirected to {@code next}. The login is remembered
     * for this visit (so another instance of a cluster recognises it), or for weeks when {@code keep} is asked.
     */
    public boolean signIn(String email, String password, String next, boolean keep) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .rememberMe(keep)
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return true;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
        }
        org.marigold.platform.SecurityHeaders.sameSite((HttpServletResponse) external.getResponse(), MarigoldAuthentication.REMEMBER_COOKIE);
        request.changeSessionId();
        try {
            external.redirect(external.getRequestContextPath() + Navigation.safeNext(next, "/index.xhtml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return true;
    }
}
