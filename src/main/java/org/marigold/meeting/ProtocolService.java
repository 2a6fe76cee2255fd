package org.marigold.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.marigold.account.Account;
import org.marigold.account.AccountService;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;
import org.marigold.community.Role;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.platform.Wording;

/**
 * A community's own protocol templates: facilitators copy one (built-in or their own) and adapt it.
 * Built-in templates never change; meetings keep the copy they were planned with.
 */
@ApplicationScoped
@Transactional
public class ProtocolService {

    public static final int NAME_MAX = 120;

    @Inject
    MeetingRepository meetings;

    @Inject
    CommunityService communities;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    public List<ProtocolTemplate> templates(long actorId, String slug) {
        Community community = communities.community(slug);
        communities.require(community, actorId, Role.FACILITATOR);
        return meetings.templatesFor(community);
    }

    public ProtocolTemplate copy(long actorId, String slug, long fromTemplateId) {
        Community community = communities.community(slug);
        communities.require(community, actorId, Role.FACILITATOR);
        Locale language = languageOf(actorId);
        ProtocolTemplate worded = offeredTo(community, fromTemplateId).in(language);
        String name = Wording.of(language, "template.ourCopy", worded.getName());
        if (name.length() > NAME_MAX) {
            name = name.substring(0, NAME_MAX);
        }
        return meetings.add(new ProtocolTemplate(community, name, worded.getDescription(),
                worded.getPhases().stream().map(Phase::asWritten).toList(), clock.instant())); // the community's own words from now on
    }

    /**
     * A protocol shared as a file ({@link ProtocolJson}) becomes one of the community's own; a file with anything wrong
     * is refused whole, saying what and where, and nothing is saved.
     */
    public ProtocolTemplate importJson(long actorId, String slug, String json) {
        Community community = communities.community(slug);
        communities.require(community, actorId, Role.FACILITATOR);
        ProtocolJson.Read read = ProtocolJson.read(json);
        return meetings.add(new ProtocolTemplate(community, read.name(), read.description(), read.phases(), clock.instant()));
    }

    /** One of the community's protocols (or a built-in one) as a file to share, in the facilitator's language. */
    public String exportJson(long actorId, String slug, long templateId) {
        Community community = communities.community(slug);
        communities.require(community, actorId, Role.FACILITATOR);
        return ProtocolJson.write(offeredTo(community, templateId).in(languageOf(actorId)));
    }

    /** A built-in protocol, or one of this community's own. */
    private ProtocolTemplate offeredTo(Community community, long templateId) {
        return meetings.template(templateId).filter(t -> t.isBuiltIn() || t.getCommunity().getId().equals(community.getId()))
                .orElseThrow(() -> new NotFound("No such template"));
    }

    private Locale languageOf(long actorId) {
        return accounts.find(actorId).map(Account::getLanguage).orElse(Locale.ENGLISH);
    }

    public ProtocolTemplate template(long actorId, long templateId) {
        return editable(actorId, templateId);
    }

    public ProtocolTemplate revise(long actorId, long templateId, long expectedVersion, String name, String description, List<Phase> phases) {
        ProtocolTemplate template = editable(actorId, templateId);
        if (template.getVersion() != expectedVersion) {
            throw Rejected.because("template.changedMeanwhile");
        }
        template.revise(name, description, phases);
        return template;
    }

    public void delete(long actorId, long templateId) {
        meetings.remove(editable(actorId, templateId));
    }

    private ProtocolTemplate editable(long actorId, long templateId) {
        ProtocolTemplate template = meetings.template(templateId).orElseThrow(() -> new NotFound("No such template"));
        if (template.isBuiltIn()) {
            throw new AccessDenied("Built-in templates cannot be changed; copy one to adapt it.");
        }
        communities.require(template.getCommunity(), actorId, Role.FACILITATOR);
        return template;
    }
}
