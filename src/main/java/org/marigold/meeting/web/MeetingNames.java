package org.marigold.meeting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;
import org.marigold.account.Account;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.Anonymity;
import org.marigold.meeting.Meeting;

/**
 * The one way meeting pages name people (authors, group members, who is here): {@code #{meetingNames.of(meeting, person)}},
 * empty where the meeting's {@link Anonymity} keeps the name from the one reading.
 */
@Named
@RequestScoped
public class MeetingNames {

    @Inject
    CurrentUser currentUser;

    public String of(Meeting meeting, Account person) {
        return Anonymity.of(meeting, currentUser.idOrNull()).nameOf(person);
    }

    /** Who said, wrote or found something, as the reader may be told ({@link Anonymity#authorOf}); empty when not. */
    public String author(Meeting meeting, Account person) {
        return Anonymity.of(meeting, currentUser.idOrNull()).authorOf(person);
    }

    /** The authors of one thing (a question's askers) as one line, leaving out those the reader may not be told of. */
    public String authors(Meeting meeting, Collection<Account> people) {
        Anonymity anonymity = Anonymity.of(meeting, currentUser.idOrNull());
        return people.stream().map(anonymity::authorOf).filter(java.util.Objects::nonNull).collect(Collectors.joining(", "));
    }

    /** Several people as one line ("Maya Chen, Sam Rivera"), leaving out those whose names the reader may not see. */
    public String list(Meeting meeting, Collection<Account> people) {
        Anonymity anonymity = Anonymity.of(meeting, currentUser.idOrNull());
        return people.stream().filter(anonymity::shows).map(Account::getDisplayName).collect(Collectors.joining(", "));
    }
}
