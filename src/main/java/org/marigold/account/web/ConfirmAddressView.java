package org.marigold.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.marigold.account.AddressConfirmations;
import org.marigold.account.AddressConfirmations.Link;
import org.marigold.account.CurrentUser;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;
import org.marigold.web.PublicAddress;

/**
 * confirm.xhtml: the page the confirmation mail's link opens, for whoever holds it (no login needed). Opening it
 * changes nothing (mail scanners open links); its button confirms. Signed-in people send themselves a new link from
 * their profile or home page ({@link #sendAgain}).
 */
@Named
@RequestScoped
public class ConfirmAddressView {

    public static final String PAGE = "/confirm.xhtml";

    @Inject
    AddressConfirmations confirmations;

    @Inject
    CurrentUser currentUser;

    @Inject
    PublicAddress address;

    private String key;

    private Link link;

    /** What the link in the address stands for (read from the request itself on the form's post). */
    public Link getLink() {
        if (link == null) {
            link = confirmations.link(key());
        }
        return link;
    }

    private String key() {
        return key != null ? key : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("k");
    }

    public void confirm() {
        try {
            link = confirmations.confirm(key());
            PageMessages.info("confirm.done", link.email());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, null);
        }
    }

    /** A signed-in person whose address waits for confirmation asks for another link. */
    public void sendAgain() {
        String page = address.of(PAGE);
        try {
            confirmations.sendAgain(currentUser.requireId(), secret -> page + "?k=" + secret);
            PageMessages.info("confirm.sent", currentUser.getEmail());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, null);
        }
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
