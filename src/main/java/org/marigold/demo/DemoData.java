package org.marigold.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.marigold.account.Account;
import org.marigold.account.AccountRepository;
import org.marigold.account.AccountService;
import org.marigold.community.Community;
import org.marigold.community.CommunityRepository;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.community.Visibility;
import org.marigold.library.Isbn;
import org.marigold.library.Resource;
import org.marigold.library.ResourceKind;
import org.marigold.library.ResourceRepository;
import org.marigold.library.Tags;
import org.marigold.library.WebLink;
import org.marigold.meeting.Contribution;
import org.marigold.meeting.ContributionKind;
import org.marigold.meeting.Meeting;
import org.marigold.meeting.MeetingRepository;
import org.marigold.meeting.ProblemOfPractice;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.meeting.SeenRun;
import org.marigold.meeting.TransitionAction;

/**
 * Seeds the District Literacy Community of Practice on first start, so a newcomer has something real to look
 * at: once, keyed on the demo admin's account. The accounts and passwords are listed in the README.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    public static final String COMMUNITY_NAME = "District Literacy Community of Practice";
    static final String ADMIN_EMAIL = "amara@example.org";
    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "marigold.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    AccountRepository accountRepository;

    @Inject
    AccountService accounts;

    @Inject
    CommunityService communityService;

    @Inject
    CommunityRepository communities;

    @Inject
    ResourceRepository resources;

    @Inject
    MeetingRepository meetings;

    @Inject
    Clock clock;

    @PostConstruct
    public void seed() {
        if (!enabled || accountRepository.byEmail(ADMIN_EMAIL).isPresent()) {
            return;
        }
        Account amara = person(ADMIN_EMAIL, "Amara Okafor", "demo-admin-2026");
        Account felix = person("felix@example.org", "Félix Tremblay", "demo-facilitator-2026");
        Account maya = person("maya@example.org", "Maya Chen", "demo-member-2026");
        Account sam = person("sam@example.org", "Sam Rivera", "demo-member-2026");
        Account gabriel = person("gabriel@example.org", "Gabriel Mendes", "demo-guest-2026");

        Community literacy = communityService.create(amara.getId(), COMMUNITY_NAME,
                "Literacy coaches and classroom teachers from across the district. We meet on the last Monday of "
                        + "the month to work through one colleague's problem of practice with the Consultancy protocol, "
                        + "and keep a shared library of what we find.",
                Visibility.LISTED);
        communities.add(new Membership(literacy, felix, Role.FACILITATOR, clock.instant()));
        communities.add(new Membership(literacy, maya, Role.MEMBER, clock.instant()));
        communities.add(new Membership(literacy, sam, Role.MEMBER, clock.instant()));
        communities.add(new Membership(literacy, gabriel, Role.GUEST, clock.instant()));

        library(literacy, felix);
        ProtocolTemplate consultancy = meetings.templatesFor(literacy).get(0);
        java.time.Instant nextStart = nextLastMondayEvening();
        lastMonth(literacy, consultancy, lastMondayEveningBefore(nextStart), felix, maya, sam, amara);
        Meeting next = meetings.add(new Meeting(literacy, "Monthly Consultancy: reading stamina in grade 3",
                nextStart, consultancy, maya, clock.instant()));
        next.writeProblem(new ProblemOfPractice("Building reading stamina in grade 3",
                "My grade 3 class loses focus after about ten minutes of independent reading. About a third of the "
                        + "students read below grade level; several are multilingual learners. I have tried timers and "
                        + "reading logs; the logs became a chore.",
                "How can I help every student read independently for twenty minutes by spring, without turning "
                        + "reading into a chore?",
                List.of("https://www.schoolreforminitiative.org/download/consultancy/")));
        LOG.info("Seeded the demo community: " + COMMUNITY_NAME);
    }

    /**
     * Last month's meeting, run and ended: Sam presented, picked a recommendation and told afterwards what he tried,
     * so the next meeting opens with "last time" and the community has a record to read.
     */
    private void lastMonth(Community community, ProtocolTemplate consultancy, java.time.Instant start, Account felix, Account maya,
                           Account sam, Account amara) {
        Meeting last = meetings.add(new Meeting(community, "Monthly Consultancy: student-led writing conferences", start, consultancy, sam,
                start.minus(java.time.Duration.ofDays(30))));
        last.writeProblem(new ProblemOfPractice("Student-led writing conferences in grade 5",
                "I confer with each writer once every two weeks, and I do most of the talking. Students wait for me to tell "
                        + "them what to fix.",
                "How can conferences become conversations my students lead?", List.of()));
        java.time.Instant at = start;
        meetings.add(last.apply(TransitionAction.START, SeenRun.atPhase(-1), 0, felix, at));
        for (Account person : List.of(felix, amara, sam, maya)) {
            meetings.recordAttendance(last.getId(), person.getId(), at);
        }
        for (int phase = 0; phase < last.getPhases().size() - 1; phase++) {
            at = at.plus(java.time.Duration.ofMinutes(last.getPhases().get(phase).getMinutes()));
            if (last.getPhases().get(phase + 1).getKind() == PhaseKind.RECOMMENDATIONS) {
                Contribution picked = meetings.add(new Contribution(last, phase + 1, ContributionKind.RECOMMENDATION, null, maya,
                        "Let each writer bring one question to the conference, written on a sticky note.", null, at.plusSeconds(60)));
                picked.pick(true);
                meetings.add(new Contribution(last, phase + 1, ContributionKind.RECOMMENDATION, null, amara,
                        "Record one conference and listen for who talks most. ReadWriteThink has conference guides: "
                                + "https://www.readwritethink.org/", null, at.plusSeconds(120)));
            }
            meetings.add(last.apply(TransitionAction.NEXT, SeenRun.atPhase(phase), 0, felix, at));
        }
        at = at.plus(java.time.Duration.ofMinutes(last.getPhases().get(last.getPhaseIndex()).getMinutes()));
        meetings.add(last.apply(TransitionAction.END, last.seen(), 0, felix, at));
        last.tellWhatWasTried("Sticky-note questions for three weeks: every writer came with a question, and the quietest two "
                + "led their conferences by the end.", at.plus(java.time.Duration.ofDays(14)));
    }

    private Account person(String email, String name, String password) {
        return accounts.registerConfirmed(email, name, password, TORONTO, Locale.ENGLISH);
    }

    private void library(Community community, Account curator) {
        add(community, curator, ResourceKind.PROTOCOL, "Consultancy protocol (School Reform Initiative)",
                "https://www.schoolreforminitiative.org/download/consultancy/", null,
                "The protocol our meetings adapt: a presenter frames a dilemma, the group asks clarifying and "
                        + "probing questions, discusses while the presenter listens, and the presenter responds.",
                "protocols, consultancy");
        add(community, curator, ResourceKind.ARTICLE, "If We Aren't Addressing Racism, We Aren't Addressing Trauma — Dena Simmons",
                "https://www.ascd.org/blogs/if-we-arent-addressing-racism-we-arent-addressing-trauma", null,
                "Why trauma-informed teaching has to name racism, and what that asks of educators.", "equity, trauma, antiracism");
        add(community, curator, ResourceKind.ARTICLE, "Things to say to interrupt racist comments (Oregon Center for Educational Equity)",
                "http://www.edequityoregon.com/", null,
                "A short guide of phrases for interrupting racist remarks in the moment, in class or in the staff room.",
                "equity, antiracism, classroom talk");
        add(community, curator, ResourceKind.BOOK, "We Want to Do More Than Survive — Bettina L. Love",
                "https://www.beacon.org/We-Want-to-Do-More-Than-Survive-P1420.aspx", "978-0-8070-6915-8",
                "Abolitionist teaching and the pursuit of educational freedom. Our book club read it in the spring.",
                "equity, book club");
        add(community, curator, ResourceKind.LINK, "Flip (formerly Flipgrid) for SEL check-ins",
                "https://info.flip.com/", null,
                "Short video responses students record; members use it for social-emotional learning check-ins.", "sel, video");
        add(community, curator, ResourceKind.LINK, "Pear Deck add-on for Google Slides",
                "https://www.peardeck.com/google-slides", null,
                "Turns slides into interactive questions so every student answers, not only the first hand up.",
                "engagement, slides");
    }

    private void add(Community community, Account curator, ResourceKind kind, String title, String url, String isbn,
                     String description, String tags) {
        resources.add(new Resource(community, kind, title, new WebLink(url), isbn == null ? null : new Isbn(isbn), description,
                Tags.parse(tags), curator, clock.instant()));
    }

    /** The last Monday of the month before, at the same time in Toronto. */
    private static java.time.Instant lastMondayEveningBefore(java.time.Instant next) {
        LocalDate monthBefore = next.atZone(TORONTO).toLocalDate().minusMonths(1);
        return ZonedDateTime.of(monthBefore.with(TemporalAdjusters.lastInMonth(java.time.DayOfWeek.MONDAY)), LocalTime.of(19, 30), TORONTO)
                .toInstant();
    }

    /** The community's rhythm: the last Monday of the month, 19:30 in Toronto; the next one still ahead. */
    private java.time.Instant nextLastMondayEvening() {
        LocalDate month = LocalDate.now(clock.withZone(TORONTO));
        for (int i = 0; ; i++) {
            LocalDate lastMonday = month.plusMonths(i).with(TemporalAdjusters.lastInMonth(java.time.DayOfWeek.MONDAY));
            ZonedDateTime start = ZonedDateTime.of(lastMonday, LocalTime.of(19, 30), TORONTO);
            if (start.toInstant().isAfter(clock.instant())) {
                return start.toInstant();
            }
        }
    }
}
