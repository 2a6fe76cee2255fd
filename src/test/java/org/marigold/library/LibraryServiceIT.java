package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.account.AccountService;
import org.marigold.community.CommunityService;
import org.marigold.community.Role;
import org.marigold.community.Visibility;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.Rejected;
import org.marigold.support.Deployments;
import org.marigold.support.People;

/** A community's library against the real database: what may be added, by whom, and finding it again. */
@ExtendWith(ArquillianExtension.class)
class LibraryServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(LibraryServiceIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    CommunityService communities;

    @Inject
    LibraryService library;

    private long admin;
    private long member;
    private long guest;
    private long outsider;
    private String slug;

    private long person(String name) {
        return accounts.register(People.email(name), name, People.PASSWORD, ZoneId.of("UTC"), Locale.ENGLISH).getId();
    }

    @BeforeEach
    void community() {
        admin = person("Amara");
        member = person("Maya");
        guest = person("Gabriel");
        outsider = person("Olive");
        slug = communities.create(admin, "Library circle", null, Visibility.PRIVATE).getSlugValue();
        communities.join(member, communities.invite(admin, slug, Role.MEMBER, Duration.ofDays(1), null, null).secret());
        communities.join(guest, communities.invite(admin, slug, Role.GUEST, Duration.ofDays(1), null, null).secret());
    }

    private String refusedField(Runnable adding) {
        return assertThrows(Rejected.class, adding::run).field();
    }

    @Test
    void eachKindOfResourceCarriesWhatItNeeds() {
        Resource link = library.add(member, slug, ResourceKind.LINK, "Pear Deck for Google Slides", "https://www.peardeck.com/google-slides",
                null, "Every student answers", "Engagement, slides");
        assertEquals(List.of("engagement", "slides"), link.getTags());
        Resource book = library.add(member, slug, ResourceKind.BOOK, "We Want to Do More Than Survive", null, "978-0-8070-6915-8",
                null, "equity");
        assertEquals("9780807069158", book.getIsbn());

        assertEquals("link", refusedField(() -> library.add(member, slug, ResourceKind.LINK, "Bad", "javascript:alert(1)", null, null, null)));
        assertEquals("link", refusedField(() -> library.add(member, slug, ResourceKind.ARTICLE, "Data", "data:text/html,x", null, null, null)));
        assertEquals("link", refusedField(() -> library.add(member, slug, ResourceKind.VIDEO, "No link", null, null, null, null)));
        assertEquals("isbn", refusedField(() -> library.add(member, slug, ResourceKind.BOOK, "Wrong", null, "978-0-8070-6915-9", null, null)));
        assertEquals("kind", refusedField(() -> library.add(member, slug, ResourceKind.FILE, "Upload", "https://x.org", null, null, null)));
        assertEquals("title", refusedField(() -> library.add(member, slug, ResourceKind.LINK, " ", "https://x.org", null, null, null)));
        assertEquals("description", refusedField(() -> library.add(member, slug, ResourceKind.LINK, "Long", "https://x.org", null,
                "x".repeat(100_000), null)));
        assertEquals("tags", refusedField(() -> library.add(member, slug, ResourceKind.LINK, "Tags", "https://x.org", null, null, "<b>")));
        assertEquals(2, library.search(member, slug, LibraryQuery.everything(), 0, 50).total(), "nothing refused was stored");
    }

    @Test
    void guestsAndOutsidersCannotAddEvenThroughTheService() {
        assertThrows(AccessDenied.class, () -> library.add(guest, slug, ResourceKind.LINK, "Guest", "https://x.org", null, null, null));
        assertThrows(AccessDenied.class, () -> library.add(outsider, slug, ResourceKind.LINK, "Outsider", "https://x.org", null, null, null));
        assertEquals(0, library.search(guest, slug, LibraryQuery.everything(), 0, 50).total(), "guests may read, and nothing was added");
    }

    @Test
    void aPrivateLibraryIsHiddenFromVisitorsAndOutsiders() {
        library.add(member, slug, ResourceKind.LINK, "Private note", "https://x.org", null, null, null);
        assertThrows(AccessDenied.class, () -> library.search(outsider, slug, LibraryQuery.everything(), 0, 20));
        assertThrows(AccessDenied.class, () -> library.search(null, slug, LibraryQuery.everything(), 0, 20));
        String open = communities.create(admin, "Open library", null, Visibility.LISTED).getSlugValue();
        library.add(admin, open, ResourceKind.LINK, "Public link", "https://x.org", null, null, null);
        assertEquals(1, library.search(null, open, LibraryQuery.everything(), 0, 20).total());
    }

    @Test
    void searchFindsWordsAndTagsFiltersByKindAndPagesInTheDatabase() {
        for (int i = 1; i <= 23; i++) {
            library.add(member, slug, ResourceKind.ARTICLE, String.format("Reading stamina %02d", i), "https://example.org/" + i,
                    null, i % 2 == 0 ? "Grade 3 routines" : null, i % 3 == 0 ? "k-3, routines" : "k-30");
        }
        library.add(member, slug, ResourceKind.VIDEO, "Book clubs in action", "https://example.org/video", null,
                "Students lead the talk about stamina", "book clubs");

        assertEquals(24, library.search(member, slug, new LibraryQuery("STAMINA", null, null, LibraryQuery.Order.NEWEST), 0, 20).total(),
                "words are found in titles and descriptions, whatever their case");
        assertEquals(1, library.search(member, slug, new LibraryQuery("stamina", ResourceKind.VIDEO, null, null), 0, 20).total());
        assertEquals(11, library.search(member, slug, new LibraryQuery("grade 3", null, null, null), 0, 20).total());
        assertEquals(7, library.search(member, slug, new LibraryQuery(null, null, "K-3", null), 0, 20).total(),
                "a tag matches whole tags only: k-3 is not k-30");
        assertEquals(1, library.search(member, slug, new LibraryQuery("book clubs", null, null, null), 0, 20).total(), "tags are searched too");

        LibraryService.Page second = library.search(member, slug, new LibraryQuery(null, ResourceKind.ARTICLE, null, LibraryQuery.Order.TITLE), 20, 20);
        assertEquals(23, second.total());
        assertEquals(List.of("Reading stamina 21", "Reading stamina 22", "Reading stamina 23"),
                second.resources().stream().map(Resource::getTitle).toList());
        assertEquals("Book clubs in action",
                library.search(member, slug, LibraryQuery.everything(), 0, 1).resources().get(0).getTitle(), "newest first");
        assertEquals(0, library.search(member, slug, new LibraryQuery("100%_sure", null, null, null), 0, 20).total(),
                "typed wildcards are not wildcards");
    }
}
