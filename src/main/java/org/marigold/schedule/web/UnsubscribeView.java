package org.marigold.schedule.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.marigold.community.Membership;
import org.marigold.schedule.MeetingReminders;
import org.marigold.web.PageMessages;

/**
 * unsubscribe.xhtml: the page a reminder's "Stop these reminders" link opens, for anyone holding the link (no login).
 * Opening it changes nothing (mail scanners open links); its button stops the reminders, and another turns them on again.
 */
@Named
@RequestScoped
public class UnsubscribeView {

    @Inject
    MeetingReminders reminders;

    /** The key in the link (its {@code k}). */
    private String key;

    private Optional<Membership> member;

    /**
     * The membership the link names. Read from the address itself when asked before the view parameter is set: on the
     * form's post, whether its buttons are there is decided before then (the form posts to the address with its key).
     */
    public Membership getMember() {
        if (member == null) {
            member = reminders.byMailKey(key());
        }
        return member.orElse(null);
    }

    private String key() {
        return key != null ? key
                : jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("k");
    }

    public void stop() {
        choose(false, "unsubscribe.stopped");
    }

    public void resume() {
        choose(true, "unsubscribe.resumed");
    }

    private void choose(boolean wanted, String done) {
        member = reminders.remindersByMail(key(), wanted);
        member.ifPresentOrElse(m -> PageMessages.info(done, m.getCommunity().getName()), () -> PageMessages.error(null, "unsubscribe.unknown"));
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
