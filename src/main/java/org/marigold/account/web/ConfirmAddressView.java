package org.marigold.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.marigold.account.AddressConfirmations;
import org.marigold.account.AddressConfirmations.Link;
import org.marigold.account.CurrentUser;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;
import org.marigold.web.PublicAddress;

/**
 * confirm.xhtml: the page the confirmation mail's link opens, for whoever holds it (no login needed). Opening it
 * changes nothing (mail scanners open links); its button confirms. Signed-in people send themselves a new link from
 * their profile or home page ({@link #sendAgain}), and change their address from the profile ({@link #askForAddress}).
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

    @NotBlank(message = "{address.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = 254, message = "{account.email.invalid}")
    private String newEmail;

    private String addressPassword;

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
            PageMessages.info("confirm.sent", confirmations.addressToConfirm(currentUser.requireId()));
        } catch (Rejected rejected) {
            PageMessages.show(rejected, null);
        }
    }

    /** "Change your address" on the profile: a link goes to the new one, which is the address once it is followed. */
    public void askForAddress() {
        String page = address.of(PAGE);
        try {
            confirmations.askForAddress(currentUser.requireId(), newEmail, addressPassword, secret -> page + "?k=" + secret);
            PageMessages.info("address.linkSent", confirmations.addressToConfirm(currentUser.requireId()));
            newEmail = null;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "address");
        }
        addressPassword = null;
    }

    public void keepAddress() {
        confirmations.keepAddress(currentUser.requireId());
        PageMessages.info("address.kept", currentUser.getEmail());
    }

    /** The new address asked for and not confirmed yet, or null (read afresh: an action may just have changed it). */
    public String getPendingEmail() {
        return currentUser.isLoggedIn() ? confirmations.pendingAddress(currentUser.requireId()).orElse(null) : null;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getAddressPassword() {
        return addressPassword;
    }

    public void setAddressPassword(String addressPassword) {
        this.addressPassword = addressPassword;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
