package org.marigold.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The actions of the navigation bar that every page carries. */
@Named
@RequestScoped
public class Navigation {

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }

    /** A return address from a query parameter, accepted only when it stays on this site. */
    public static String safeNext(String next, String fallback) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.contains("\n")
                || next.contains("\r")) {
            return fallback;
        }
        return next;
    }
}
