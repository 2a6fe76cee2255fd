package org.marigold.schedule.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.marigold.community.MailKeys;
import org.marigold.community.MailKind;
import org.marigold.community.Membership;
import org.marigold.web.PageMessages;

/**
 * unsubscribe.xhtml: the page a mail's "Stop these …" link opens, for anyone holding the link (no login), naming the
 * kind of mail ({@code kind}: reminders, summaries or digests). Opening it changes nothing (mail scanners open links);
 * its button stops that kind of mail, and another turns it on again.
 */
@Named
@RequestScoped
public class UnsubscribeView {

    @Inject
    MailKeys keys;

    private Optional<Membership> member;

    /**
     * The membership the link names. Read from the address itself: on the form's post, whether its buttons are there
     * is decided before view parameters are set (the form posts to the address with its key).
     */
    public Membership getMember() {
        if (member == null) {
            member = keys.member(sent().get("k"));
        }
        return member.orElse(null);
    }

    /** The kind of mail the link stops, in lower case as in the address and the messages' keys. */
    public String getKind() {
        return kind().lowerCase();
    }

    /** Whether the member gets that kind of mail now. */
    public boolean isWanted() {
        return getMember() != null && getMember().wants(kind());
    }

    private MailKind kind() {
        return MailKind.named(sent().get("kind"));
    }

    private static Map<String, String> sent() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    public void stop() {
        choose(false, "unsubscribe.stopped." + getKind());
    }

    public void resume() {
        choose(true, "unsubscribe.resumed." + getKind());
    }

    private void choose(boolean wanted, String done) {
        member = keys.choose(sent().get("k"), kind(), wanted);
        member.ifPresentOrElse(m -> PageMessages.info(done, m.getCommunity().getName()), () -> PageMessages.error(null, "unsubscribe.unknown"));
    }
}
