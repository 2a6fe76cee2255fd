package org.marigold.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.support.Deployments;
import org.marigold.support.People;

/** A community's library against the real database: what may be added, by whom, and finding it again. */
@ExtendWith(ArquillianExtension.class)
class LibraryServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.marigold(LibraryServiceIT.class, SampleFiles.class);
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
        return accounts.registerConfirmed(People.email(name), name, People.PASSWORD, ZoneId.of("UTC"), Locale.ENGLISH).getId();
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
        assertThrows(NotFound.class, () -> library.add(outsider, slug, ResourceKind.LINK, "Outsider", "https://x.org", null, null, null));
        assertEquals(0, library.search(guest, slug, LibraryQuery.everything(), 0, 50).total(), "guests may read, and nothing was added");
    }

    @Test
    void aPrivateLibraryIsHiddenFromVisitorsAndOutsiders() {
        library.add(member, slug, ResourceKind.LINK, "Private note", "https://x.org", null, null, null);
        assertThrows(NotFound.class, () -> library.search(outsider, slug, LibraryQuery.everything(), 0, 20));
        assertThrows(NotFound.class, () -> library.search(null, slug, LibraryQuery.everything(), 0, 20), "nor for visitors");
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

    // ---- Uploads ------------------------------------------------------------------------------------

    private Resource upload(long who, String fileName, byte[] content) {
        return library.upload(who, slug, fileName, content, new ResourceDraft(null, "Handout " + fileName, null, null, "A handout", "handouts"));
    }

    @Test
    void uploadsAreKeptWithTheTypeTheirContentShows() {
        Resource pdf = upload(member, "C:\\Users\\maya\\Consultancy notes.pdf", SampleFiles.pdf());
        assertEquals(ResourceKind.FILE, pdf.getKind());
        assertEquals("Consultancy notes.pdf", pdf.getFileName(), "folders a browser sent along are dropped");
        assertEquals("application/pdf", pdf.getContentType());
        Resource slides = upload(member, "lesson.pptx", SampleFiles.pptx());
        assertEquals(FileType.PPTX.contentType(), slides.getContentType());

        LibraryService.Download download = library.download(guest, pdf.getId());
        assertEquals("application/pdf", download.contentType());
        assertTrue(java.util.Arrays.equals(SampleFiles.pdf(), download.content()), "the bytes come back as they went in");
        assertThrows(org.marigold.platform.NotFound.class, () -> library.download(outsider, pdf.getId()));
        assertThrows(org.marigold.platform.NotFound.class, () -> library.download(null, pdf.getId()));
        Resource link = library.add(member, slug, ResourceKind.LINK, "Not a file", "https://x.org", null, null, null);
        assertThrows(org.marigold.platform.NotFound.class, () -> library.download(member, link.getId()));
    }

    @Test
    void anUploadIsRefusedWhenItsContentIsNotWhatItsNameSaysOrNotAcceptedOrTooLarge() {
        assertEquals("resource.file.mismatch", assertThrows(Rejected.class, () -> upload(member, "report.pdf", SampleFiles.docx())).messageKey());
        assertEquals("resource.file.unknownType", assertThrows(Rejected.class,
                () -> upload(member, "page.pdf", "<html><script>alert(1)</script></html>".getBytes())).messageKey());
        assertEquals("resource.file.unknownType", assertThrows(Rejected.class,
                () -> upload(member, "archive.docx", SampleFiles.zip("notes.txt"))).messageKey());
        byte[] huge = new byte[(int) library.uploadLimit() + 1];
        System.arraycopy(SampleFiles.pdf(), 0, huge, 0, SampleFiles.pdf().length);
        assertEquals("resource.file.tooLarge", assertThrows(Rejected.class, () -> upload(member, "big.pdf", huge)).messageKey());
        assertEquals("file", refusedField(() -> upload(member, "empty.pdf", new byte[0])));
        assertThrows(AccessDenied.class, () -> upload(guest, "guest.pdf", SampleFiles.pdf()));
        assertEquals(0, library.search(member, slug, LibraryQuery.everything(), 0, 50).total(), "nothing refused was stored");
    }

    // ---- Helpful marks, uses, filters and orders ----------------------------------------------------

    @Test
    void helpfulMarksAreOneEachAndSortTheLibrary() {
        Resource first = library.add(member, slug, ResourceKind.LINK, "First", "https://x.org/1", null, null, null);
        Resource second = library.add(member, slug, ResourceKind.LINK, "Second", "https://x.org/2", null, null, null);
        assertEquals(1, library.markHelpful(member, first.getId(), true));
        assertEquals(1, library.markHelpful(member, first.getId(), true), "marking twice counts once");
        assertEquals(2, library.markHelpful(admin, first.getId(), true));
        assertEquals(1, library.markHelpful(admin, first.getId(), false));
        assertThrows(AccessDenied.class, () -> library.markHelpful(guest, first.getId(), true));
        assertThrows(org.marigold.platform.NotFound.class, () -> library.markHelpful(outsider, first.getId(), true));

        assertEquals(java.util.Set.of(first.getId()), library.markedHelpful(member, List.of(first.getId(), second.getId())));
        assertEquals(List.of("First", "Second"), titles(new LibraryQuery(null, null, null, LibraryQuery.Order.MOST_HELPFUL)));
        assertEquals(1, library.resource(member, first.getId()).getHelpfulCount());
    }

    private List<String> titles(LibraryQuery query) {
        return library.search(member, slug, query, 0, 50).resources().stream().map(Resource::getTitle).toList();
    }

    @Test
    void libraryFiltersByWhoAddedItAndByList() {
        library.add(member, slug, ResourceKind.LINK, "Maya's", "https://x.org/m", null, null, null);
        Resource amaras = library.add(admin, slug, ResourceKind.LINK, "Amara's", "https://x.org/a", null, null, null);
        assertEquals(List.of("Maya's"), titles(new LibraryQuery(null, null, null, null, null, member, null)));
        ResourceList list = lists.create(member, slug, "Equity lens", null);
        lists.add(member, list.getId(), amaras.getId());
        assertEquals(List.of("Amara's"), titles(new LibraryQuery(null, null, null, null, list.getId(), null, null)));
        assertEquals(List.of(member, admin).size(), library.contributors(member, slug).size());
    }

    @Test
    void searchesIgnoreAccentsAndTakePercentAndUnderscoreLiterally() {
        library.add(member, slug, ResourceKind.LINK, "Stratégies de lecture", "https://x.org/s", null, null, "équité");
        library.add(member, slug, ResourceKind.LINK, "Español para todos", "https://x.org/e", null, null, "ELL/ESL");
        library.add(member, slug, ResourceKind.LINK, "Grading: 50% for effort", "https://x.org/g", null, "snake_case names", null);
        assertEquals(List.of("Stratégies de lecture"), found("strategies"));
        assertEquals(List.of("Stratégies de lecture"), found("STRATÉGIES equite"));
        assertEquals(List.of("Español para todos"), found("espanol"));
        assertEquals(List.of("Grading: 50% for effort"), found("%"));
        assertEquals(List.of("Grading: 50% for effort"), found("snake_case"));
        assertEquals(List.of(), found("50_"), "an underscore is a character, not any character");
        assertEquals(List.of("Español para todos"), library.search(member, slug,
                new LibraryQuery(null, null, "#ELL/ESL", LibraryQuery.Order.NEWEST), 0, 10).resources().stream().map(Resource::getTitle).toList(),
                "a tag typed with its # finds it");
        assertEquals("resource.tags.notATag", assertThrows(Rejected.class, () -> library.add(member, slug, ResourceKind.LINK, "Bad tag",
                "https://x.org/b", null, null, "equity, <b>")).messageKey());
    }

    @Test
    void aLinkOrIsbnIsInTheLibraryOnceAndAnImportSaysWhichRowsItHoldsAlready() {
        Resource flip = library.add(member, slug, ResourceKind.LINK, "Flip", "https://info.flip.com", null, null, null);
        Resource survive = library.add(member, slug, ResourceKind.BOOK, "We Want to Do More Than Survive", null, "978-0-8070-6915-8", null, null);
        DuplicateResource again = assertThrows(DuplicateResource.class,
                () -> library.add(admin, slug, ResourceKind.ARTICLE, "Flip again", "https://info.flip.com", null, null, null));
        assertEquals(flip.getId(), again.existingId());
        assertEquals("link", again.field());
        assertEquals("isbn", assertThrows(DuplicateResource.class,
                () -> library.add(admin, slug, ResourceKind.BOOK, "Survive", null, "9780807069158", null, null)).field());
        Resource other = library.add(member, slug, ResourceKind.LINK, "Other", "https://x.org/other", null, null, null);
        assertThrows(DuplicateResource.class, () -> library.revise(member, other.getId(), other.getVersion(),
                new ResourceDraft(ResourceKind.LINK, "Other", "https://info.flip.com", null, null, null)), "nor by editing");

        String csv = """
                title,kind,url,isbn
                Flip (again),link,https://info.flip.com,
                Survive,book,,978-0-8070-6915-8
                New one,link,https://x.org/new,
                New one twice,link,https://x.org/new,
                """;
        List<LibraryCsv.Row> rows = library.previewImport(member, slug, new java.io.StringReader(csv));
        assertEquals(List.of("import.duplicate", "import.duplicate", "", "import.duplicateInFile"),
                rows.stream().map(r -> r.isAccepted() ? "" : r.problem()).toList());
        assertEquals(List.of("Flip"), rows.get(0).problemArguments());
        assertEquals(List.of("4"), rows.get(3).problemArguments(), "the row it repeats");
        library.add(admin, slug, ResourceKind.LINK, "New, added meanwhile", "https://x.org/new", null, null, null);
        assertEquals(0, library.importRows(member, slug, rows), "what was added since the preview is not added twice");
        assertEquals(survive.getTitle(), library.resource(member, survive.getId()).getTitle());
    }

    // ---- Editing and removing --------------------------------------------------------------------------

    private List<String> found(String words) {
        return library.search(member, slug, new LibraryQuery(words, null, null, LibraryQuery.Order.NEWEST), 0, 50)
                .resources().stream().map(Resource::getTitle).toList();
    }

    @Test
    void theAdderFacilitatorsAndAdminsEditAResourceAndEveryEditIsRecorded() {
        long facilitator = person("Felix");
        communities.join(facilitator, communities.invite(admin, slug, Role.FACILITATOR, Duration.ofDays(1), null, null).secret());
        long otherMember = person("Sam");
        communities.join(otherMember, communities.invite(admin, slug, Role.MEMBER, Duration.ofDays(1), null, null).secret());
        Resource typo = library.add(member, slug, ResourceKind.LINK, "Intrerupting racist coments", "https://x.org/dead", null, null, "equity");

        Resource fixed = library.revise(member, typo.getId(), typo.getVersion(), new ResourceDraft(ResourceKind.ARTICLE,
                "Interrupting racist comments", "https://x.org/guide", null, "A guide of things to say", "equity, speaking up"));
        assertEquals("Interrupting racist comments", fixed.getTitle());
        assertEquals(ResourceKind.ARTICLE, fixed.getKind());
        assertEquals(List.of("equity", "speaking up"), library.resource(guest, typo.getId()).getTags());
        assertEquals(List.of("Interrupting racist comments"), found("things to say"), "the search reads the new words");
        assertEquals(List.of(), found("intrerupting"));

        long version = library.resource(member, typo.getId()).getVersion();
        assertThrows(AccessDenied.class, () -> library.revise(otherMember, typo.getId(), version,
                new ResourceDraft(ResourceKind.LINK, "Mine now", "https://x.org/a", null, null, null)), "another member may not");
        assertThrows(AccessDenied.class, () -> library.revise(guest, typo.getId(), version,
                new ResourceDraft(ResourceKind.LINK, "Mine now", "https://x.org/a", null, null, null)));
        assertThrows(org.marigold.platform.NotFound.class, () -> library.revise(outsider, typo.getId(), version,
                new ResourceDraft(ResourceKind.LINK, "Mine now", "https://x.org/a", null, null, null)));
        assertEquals("link", refusedField(() -> library.revise(member, typo.getId(), version,
                new ResourceDraft(ResourceKind.LINK, "Still fine", "javascript:alert(1)", null, null, null))));
        assertEquals("Interrupting racist comments", library.resource(member, typo.getId()).getTitle(), "a refused edit changes nothing");

        library.revise(facilitator, typo.getId(), version, new ResourceDraft(ResourceKind.ARTICLE, "Interrupting racist comments (OCEE)",
                "https://x.org/guide", null, null, "equity"));
        long latest = library.resource(member, typo.getId()).getVersion();
        library.revise(admin, typo.getId(), latest, new ResourceDraft(ResourceKind.ARTICLE, "Interrupting racist comments — OCEE",
                "https://x.org/guide", null, null, "equity"));
        assertEquals("resource.changedMeanwhile", assertThrows(Rejected.class, () -> library.revise(member, typo.getId(), latest,
                new ResourceDraft(ResourceKind.ARTICLE, "From an old page", "https://x.org/guide", null, null, null))).messageKey(),
                "a page showing an older version overwrites nothing");

        assertEquals(List.of("Amara", "Felix", "Maya"), library.changes(member, typo.getId()).stream()
                .map(c -> c.getAccount().getDisplayName()).toList(), "who edited, newest first");
        assertTrue(library.mayChange(member, library.resource(member, typo.getId())));
        assertFalse(library.mayChange(otherMember, library.resource(member, typo.getId())));
        assertFalse(library.mayChange(null, library.resource(member, typo.getId())));
    }

    @Test
    void twoPeopleSavingTheSameResourceAtOnceSaveOneAfterTheOther() throws Exception {
        Resource shared = library.add(member, slug, ResourceKind.LINK, "Read-aloud list", "https://x.org/list", null, null, null);
        long shown = shared.getVersion();
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> saves = new java.util.ArrayList<>();
            for (long who : List.of(member, admin)) {
                saves.add(two.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        library.revise(who, shared.getId(), shown, new ResourceDraft(ResourceKind.LINK, "Saved by " + who,
                                "https://x.org/list", null, null, null));
                        return "saved";
                    } catch (Rejected rejected) {
                        return rejected.messageKey();
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> save : saves) {
                outcomes.add(save.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(List.of("resource.changedMeanwhile", "saved"), outcomes.stream().sorted().toList());
        } finally {
            two.shutdownNow();
        }
        assertEquals(1, library.changes(member, shared.getId()).size(), "one edit recorded");
    }

    @Test
    void aRemovedResourceLeavesSearchesAndListsAndComesBackInItsPlace() {
        Resource a = library.add(member, slug, ResourceKind.LINK, "Alpha strategies", "https://x.org/a", null, null, null);
        Resource b = library.add(member, slug, ResourceKind.LINK, "Beta strategies", "https://x.org/b", null, null, null);
        Resource c = library.add(member, slug, ResourceKind.LINK, "Gamma strategies", "https://x.org/c", null, null, null);
        ResourceList list = lists.create(member, slug, "Strategies", null);
        for (Resource r : List.of(a, b, c)) {
            lists.add(member, list.getId(), r.getId());
        }
        assertThrows(AccessDenied.class, () -> library.remove(guest, b.getId()));
        library.remove(member, b.getId());
        assertEquals(List.of("Gamma strategies", "Alpha strategies"), found("strategies"));
        assertEquals(2, library.count(member, slug));
        assertEquals(List.of("Alpha strategies", "Gamma strategies"), lists.list(member, list.getId()).getResources().stream().map(Resource::getTitle).toList());
        assertThrows(org.marigold.platform.NotFound.class, () -> library.resource(member, b.getId()), "gone from the library");
        assertTrue(library.resourceEvenIfRemoved(member, b.getId()).isRemoved(), "its page can still say what happened");

        library.restore(member, b.getId());
        assertEquals(List.of("Alpha strategies", "Beta strategies", "Gamma strategies"),
                lists.list(member, list.getId()).getResources().stream().map(Resource::getTitle).toList(), "back in its place");
        assertEquals(List.of("RESTORED", "REMOVED"), library.changes(member, b.getId()).stream().map(ch -> ch.getWhat().name()).toList());
    }

    // ---- Lists --------------------------------------------------------------------------------------

    @Inject
    ResourceListService lists;

    @Test
    void membersBuildOrderedListsThatShareResources() {
        Resource a = library.add(member, slug, ResourceKind.LINK, "A", "https://x.org/a", null, null, null);
        Resource b = library.add(member, slug, ResourceKind.LINK, "B", "https://x.org/b", null, null, null);
        Resource c = library.add(member, slug, ResourceKind.LINK, "C", "https://x.org/c", null, null, null);
        ResourceList readAlouds = lists.create(member, slug, "Read-alouds K-3", "For the youngest");
        ResourceList equity = lists.create(admin, slug, "Antiracism in the classroom", null);
        for (Resource r : List.of(a, b, c)) {
            lists.add(member, readAlouds.getId(), r.getId());
        }
        lists.add(admin, equity.getId(), b.getId());
        long version = lists.list(member, readAlouds.getId()).getVersion();
        lists.move(member, readAlouds.getId(), version, c.getId(), -2);
        assertEquals(List.of("C", "A", "B"), lists.list(guest, readAlouds.getId()).getResources().stream().map(Resource::getTitle).toList());
        long shown = lists.list(member, readAlouds.getId()).getVersion();
        assertTrue(shown > version, "a move is a new version of the list");
        lists.move(member, readAlouds.getId(), shown, b.getId(), -1);
        assertEquals(List.of("C", "B", "A"), lists.list(guest, readAlouds.getId()).getResources().stream().map(Resource::getTitle).toList(),
                "a second move from the list as it now stands moves too");
        lists.move(member, readAlouds.getId(), lists.list(member, readAlouds.getId()).getVersion(), b.getId(), 1);
        assertEquals("list.changedMeanwhile", assertThrows(Rejected.class,
                () -> lists.move(member, readAlouds.getId(), version, a.getId(), 1)).messageKey(), "a page showing an old order moves nothing");
        assertEquals(List.of("Antiracism in the classroom", "Read-alouds K-3"),
                lists.holding(member, b.getId()).stream().map(ResourceList::getName).toList(), "one resource, two lists");

        lists.remove(member, readAlouds.getId(), a.getId());
        assertEquals(List.of("C", "B"), lists.list(member, readAlouds.getId()).getResources().stream().map(Resource::getTitle).toList());
        assertEquals(3, library.search(member, slug, LibraryQuery.everything(), 0, 50).total(), "taking out of a list keeps it in the library");

        assertThrows(AccessDenied.class, () -> lists.add(guest, readAlouds.getId(), a.getId()));
        assertThrows(org.marigold.platform.NotFound.class, () -> lists.list(outsider, readAlouds.getId()));
        assertEquals("list.notYours", assertThrows(Rejected.class, () -> lists.delete(member, equity.getId())).messageKey());
        assertEquals("name", refusedField(() -> lists.create(member, slug, " ", null)));
        lists.delete(admin, equity.getId());
        assertEquals(List.of("Read-alouds K-3"), lists.lists(member, slug).stream().map(ResourceList::getName).toList());
    }

    @Test
    void aListOfAnotherCommunityCannotTakeThisLibrarysResources() {
        Resource ours = library.add(member, slug, ResourceKind.LINK, "Ours", "https://x.org/o", null, null, null);
        String other = communities.create(admin, "Other circle", null, Visibility.PRIVATE).getSlugValue();
        ResourceList theirs = lists.create(admin, other, "Theirs", null);
        assertThrows(org.marigold.platform.NotFound.class, () -> lists.add(admin, theirs.getId(), ours.getId()));
    }

    @Test
    void aPublishedListIsReadableByAnyoneWithItsLinkAndNothingElseIs() {
        Resource handout = upload(member, "handout.pdf", SampleFiles.pdf());
        Resource other = upload(member, "other.pdf", SampleFiles.pdf());
        ResourceList list = lists.create(member, slug, "Shared handouts", null);
        lists.add(member, list.getId(), handout.getId());
        assertThrows(AccessDenied.class, () -> lists.publish(member, list.getId(), true), "publishing is for facilitators");
        String token = lists.publish(admin, list.getId(), true).getPublicToken();
        assertEquals("Shared handouts", lists.published(token).getName());
        assertEquals("application/pdf", lists.publishedFile(token, handout.getId()).contentType());
        assertThrows(org.marigold.platform.NotFound.class, () -> lists.publishedFile(token, other.getId()), "only what the list holds");
        lists.publish(admin, list.getId(), false);
        assertThrows(org.marigold.platform.NotFound.class, () -> lists.published(token), "taken down, the link stops working");
    }

    // ---- Import -------------------------------------------------------------------------------------

    @Test
    void anImportPreviewsEveryRowAndStoresOnlyTheAcceptedOnes() {
        String csv = """
                title,kind,url,isbn,tags
                Flipgrid for SEL check-ins,link,https://info.flip.com,,"sel, video"
                Sneaky,link,javascript:alert(1),,
                We Want to Do More Than Survive,book,,978-0-8070-6915-8,equity
                Bad book,book,,123,
                <script>alert(1)</script>,article,https://x.org/s,,
                """;
        List<LibraryCsv.Row> rows = library.previewImport(member, slug, new java.io.StringReader(csv));
        assertEquals(List.of(true, false, true, false, true), rows.stream().map(LibraryCsv.Row::isAccepted).toList());
        assertEquals("resource.link", rows.get(1).problem());
        assertEquals(3, rows.get(1).line());
        assertEquals("resource.isbn", rows.get(3).problem());
        assertEquals(0, library.search(member, slug, LibraryQuery.everything(), 0, 50).total(), "a preview stores nothing");

        assertEquals(3, library.importRows(member, slug, rows));
        assertEquals(List.of("<script>alert(1)</script>", "Flipgrid for SEL check-ins", "We Want to Do More Than Survive"),
                titles(new LibraryQuery(null, null, null, LibraryQuery.Order.TITLE)), "script is kept as text, shown escaped");
        assertThrows(AccessDenied.class, () -> library.previewImport(guest, slug, new java.io.StringReader(csv)));
    }

    @Test
    void aSearchCountsItsMatchesUpToAThousandAndThenSaysMore() {
        StringBuilder csv = new StringBuilder("title,kind,url,tags\n");
        for (int i = 0; i <= LibraryQuery.COUNT_LIMIT; i++) {
            csv.append("Phonics routine ").append(i).append(",link,https://example.org/p").append(i).append(",phonics\n");
        }
        csv.append("Book clubs,link,https://example.org/clubs,reading\n");
        List<LibraryCsv.Row> rows = library.previewImport(member, slug, new java.io.StringReader(csv.toString()));
        assertEquals(LibraryQuery.COUNT_LIMIT + 2, library.importRows(member, slug, rows));

        LibraryService.Page common = library.search(member, slug, new LibraryQuery("phonics routine", null, null, null), 0, 20);
        assertEquals(LibraryQuery.COUNT_LIMIT, common.total());
        assertTrue(common.totalIsAtLeast(), "more than a thousand match");
        assertEquals(20, common.resources().size());
        assertTrue(library.search(member, slug, new LibraryQuery(null, null, "phonics", null), 0, 20).totalIsAtLeast(), "a tag too");

        LibraryService.Page rare = library.search(member, slug, new LibraryQuery("clubs", null, null, null), 0, 20);
        assertEquals(1, rare.total());
        assertFalse(rare.totalIsAtLeast());
        LibraryService.Page everything = library.search(member, slug, LibraryQuery.everything(), 0, 20);
        assertEquals(LibraryQuery.COUNT_LIMIT + 2, everything.total(), "without words the count is exact, however large");
        assertFalse(everything.totalIsAtLeast());
    }
}
