package org.marigold.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.marigold.platform.Rejected;
import org.marigold.platform.Wording;

/** Turns service refusals and notices into Faces messages from the {@code messages} bundle, in the viewer's language. */
public final class PageMessages {

    private PageMessages() {
    }

    public static String text(String key, Object... arguments) {
        return Wording.of(language(), key, arguments);
    }

    /** The language the page speaks (see {@link Language}). */
    public static java.util.Locale language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Shows the refusal next to its field ({@code formId:field}), or at the top of the page. */
    public static void show(Rejected rejected, String formId) {
        String clientId = rejected.field() == null ? null : formId + ":" + rejected.field();
        add(clientId, FacesMessage.SEVERITY_ERROR, text(rejected.messageKey(), rejected.arguments()));
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /**
     * An info message beside the button that did it ({@code problem:saveProblem}, shown by its {@code p:message}): on a
     * long page, "saved" is read where the person pressed, not at the top of the page out of sight.
     */
    public static void infoBeside(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** An info message that survives the redirect after a successful form (Post-Redirect-Get). */
    public static void infoAfterRedirect(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
