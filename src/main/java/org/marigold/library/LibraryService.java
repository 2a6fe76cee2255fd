package org.marigold.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.marigold.community.Community;
import org.marigold.community.CommunityService;
import org.marigold.community.Membership;
import org.marigold.community.Role;
import org.marigold.meeting.Meeting;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;

/** Reading and adding to a community's library; who may see it follows who may see the community. */
@ApplicationScoped
@Transactional
public class LibraryService {

    @Inject
    CommunityService communities;

    @Inject
    ResourceRepository resources;

    @Inject
    java.time.Clock clock;

    @Inject
    @ConfigProperty(name = "marigold.library.max-upload-mb", defaultValue = "20")
    int maxUploadMegabytes;

    public List<Resource> newest(Long actorId, String slug, int limit) {
        return resources.newestOf(visible(actorId, slug), limit);
    }

    public long count(Long actorId, String slug) {
        return resources.countOf(visible(actorId, slug));
    }

    /** One page of what matches, and how many match in all. */
    public Page search(Long actorId, String slug, LibraryQuery query, int first, int pageSize) {
        Community community = visible(actorId, slug);
        return new Page(resources.search(community, query, Math.max(0, first), pageSize(pageSize)), resources.count(community, query));
    }

    /** One page of what matches (for tables that count separately). */
    public List<Resource> find(Long actorId, String slug, LibraryQuery query, int first, int pageSize) {
        return resources.search(visible(actorId, slug), query, Math.max(0, first), pageSize(pageSize));
    }

    public LibraryQuery.Count count(Long actorId, String slug, LibraryQuery query) {
        return resources.count(visible(actorId, slug), query);
    }

    private static int pageSize(int asked) {
        return Math.max(1, Math.min(asked, 100));
    }

    /**
     * A member adds something to the library. Links must be http or https; a book needs a valid ISBN (its link is
     * optional); other kinds need a link. Files come through {@link #upload}.
     */
    public Resource add(long actorId, String slug, ResourceKind kind, String title, String link, String isbn,
                        String description, String tags) {
        return add(actorId, slug, new ResourceDraft(kind, title, link, isbn, description, tags));
    }

    public Resource add(long actorId, String slug, ResourceDraft draft) {
        Community community = communities.community(slug);
        Membership member = communities.require(community, actorId, Role.MEMBER);
        Resource resource = checked(community, member, draft);
        refuseDuplicate(resource, null);
        return resources.add(resource);
    }

    /** A link or ISBN is in a library once: a second one is refused, naming the resource that holds it. */
    private void refuseDuplicate(Resource resource, Long itself) {
        List<String> links = resource.getUrl() == null ? List.of() : List.of(resource.getUrl());
        List<String> isbns = resource.getIsbn() == null ? List.of() : List.of(resource.getIsbn());
        for (Resource existing : resources.withLinksOrIsbns(resource.getCommunity(), links, isbns)) {
            if (!existing.getId().equals(itself)) {
                throw new DuplicateResource(existing.getUrl() != null && links.contains(existing.getUrl()) ? "link" : "isbn", existing);
            }
        }
    }

    /** Applies the library's rules to a draft: the resource it describes, or the first rule it breaks. */
    Resource checked(Community community, Membership member, ResourceDraft draft) {
        if (draft.kind() == null || draft.kind() == ResourceKind.FILE) {
            throw Rejected.onField("kind", "resource.kindUnavailable");
        }
        checkWords(draft);
        String link = draft.link();
        boolean hasLink = link != null && !link.isBlank();
        if (hasLink && !WebLink.isAcceptable(link)) {
            throw Rejected.onField("link", "resource.link");
        }
        if (!hasLink && draft.kind() != ResourceKind.BOOK) {
            throw Rejected.onField("link", "resource.linkRequired");
        }
        Isbn bookNumber = null;
        if (draft.kind() == ResourceKind.BOOK) {
            if (!Isbn.isValid(draft.isbn())) {
                throw Rejected.onField("isbn", "resource.isbn");
            }
            bookNumber = new Isbn(draft.isbn());
        }
        return new Resource(community, draft.kind(), draft.title(), hasLink ? new WebLink(link) : null, bookNumber,
                draft.description(), tags(draft), member.getAccount(), clock.instant()).forAudience(draft.audience());
    }

    private static void checkWords(ResourceDraft draft) {
        if (draft.title() == null || draft.title().isBlank() || draft.title().strip().length() > Resource.TITLE_MAX) {
            throw Rejected.onField("title", "resource.title");
        }
        if (draft.description() != null && draft.description().length() > Resource.DESCRIPTION_MAX) {
            throw Rejected.onField("description", "resource.descriptionTooLong", Resource.DESCRIPTION_MAX);
        }
    }

    private static Tags tags(ResourceDraft draft) {
        try {
            return Tags.parse(draft.tags());
        } catch (Tags.NotATag refused) {
            throw refused.tag() == null ? Rejected.onField("tags", "resource.tags.tooMany", Tags.MOST)
                    : Rejected.onField("tags", "resource.tags.notATag", refused.tag(), Tags.LONGEST);
        }
    }

    /**
     * A member uploads a file. Its type is read from its content and must be one the library accepts and the one
     * its name claims; the size limit is {@code marigold.library.max-upload-mb} (20 MB unless configured).
     */
    public Resource upload(long actorId, String slug, String fileName, byte[] content, ResourceDraft draft) {
        Community community = communities.community(slug);
        Membership member = communities.require(community, actorId, Role.MEMBER);
        checkWords(draft);
        String name = fileName == null ? "" : plainName(fileName);
        if (content == null || content.length == 0 || name.isBlank()) {
            throw Rejected.onField("file", "resource.file.required");
        }
        if (content.length > uploadLimit()) {
            throw Rejected.onField("file", "resource.file.tooLarge", maxUploadMegabytes);
        }
        FileType type = FileType.of(content)
                .orElseThrow(() -> Rejected.onField("file", "resource.file.unknownType", FileType.acceptedExtensions()));
        if (FileType.named(name).filter(type::equals).isEmpty()) {
            throw Rejected.onField("file", "resource.file.mismatch", name, type.name());
        }
        Resource resource = resources.add(new Resource(community, ResourceKind.FILE, draft.title(), null, null,
                draft.description(), tags(draft), member.getAccount(), clock.instant())
                .forAudience(draft.audience()).holding(name, type, content.length));
        resources.store(new ResourceFile(resource, content));
        return resource;
    }

    /** The name without any folders a browser sent along, without control characters, at most 200 characters. */
    static String plainName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    public long uploadLimit() {
        return maxUploadMegabytes * 1024L * 1024L;
    }

    /** An uploaded file's bytes, for whoever may see its community; a 404 for everyone else. */
    public Download download(Long actorId, long id) {
        Resource resource = resource(actorId, id);
        if (!resource.isFile()) {
            throw new NotFound("No such file.");
        }
        return fileOf(resource);
    }

    Download fileOf(Resource resource) {
        return new Download(resource.getFileName(), resource.getContentType(), resources.file(resource.getId()).content());
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** A member says a resource helped them (or takes it back); one mark each. Returns the new count. */
    public int markHelpful(long actorId, long id, boolean helpful) {
        Resource resource = resource(actorId, id);
        communities.require(resource.getCommunity(), actorId, Role.MEMBER);
        boolean marked = resources.isMarked(id, actorId);
        if (helpful && !marked) {
            resources.mark(new HelpfulMark(id, actorId, clock.instant()));
        } else if (!helpful && marked) {
            resources.unmark(id, actorId);
        }
        return resources.helpfulCount(id);
    }

    /** Of these resources, the ones this person marked helpful. */
    public Set<Long> markedHelpful(Long actorId, Collection<Long> ids) {
        return actorId == null || ids.isEmpty() ? Set.of() : resources.marked(actorId, ids);
    }

    /** Where a resource has been used: meetings, breakouts, recommendations; newest first. */
    public List<ResourceUse> uses(Long actorId, long id) {
        return resources.uses(resource(actorId, id));
    }

    /** Records that a resource was used in a meeting (once per meeting and way), counting it for "most used". */
    public void recordUse(Resource resource, Meeting meeting, ResourceUse.How how, String detail) {
        resources.recordUse(new ResourceUse(resource, meeting, how, detail, clock.instant()));
    }

    /**
     * A recommendation that points to resources of its community's library (their link, or their page here) has
     * used each of them; the use shows the recommendation's first words.
     */
    public void recordCitations(Meeting meeting, String recommendation) {
        Citations citations = Citations.in(recommendation);
        if (citations.isEmpty()) {
            return;
        }
        String excerpt = recommendation.length() <= 120 ? recommendation : recommendation.substring(0, 119) + "…";
        for (Resource resource : resources.cited(meeting.getCommunity(), citations)) {
            recordUse(resource, meeting, ResourceUse.How.RECOMMENDATION, excerpt);
        }
    }

    /**
     * Something found during a meeting (in a breakout, or cited in a recommendation) becomes part of the library,
     * remembering where it came from.
     */
    public Resource addFound(Meeting meeting, org.marigold.meeting.breakout.Breakout group, Membership member, ResourceDraft draft,
                             ResourceUse.How how) {
        Resource resource = resources.add(checked(meeting.getCommunity(), member, draft).foundIn(meeting, group));
        recordUse(resource, meeting, how, group == null ? null : group.getName());
        return resource;
    }

    /**
     * A link said in a meeting joins the library in one step (a member's), remembering the meeting it was said in and
     * counting as used there; a link the library holds already is refused, naming the resource.
     */
    public Resource addSaidIn(long actorId, Meeting meeting, String link, String title, String description, String where) {
        Membership member = communities.require(meeting.getCommunity(), actorId, Role.MEMBER);
        Resource resource = checked(meeting.getCommunity(), member, new ResourceDraft(ResourceKind.LINK, title, link, null, description, null))
                .foundIn(meeting, null);
        refuseDuplicate(resource, null);
        Resource added = resources.add(resource);
        recordUse(added, meeting, ResourceUse.How.SAID, where);
        return added;
    }

    /** Which of these links the community's library holds, each with the resource holding it. */
    public Map<String, Long> holding(Community community, Collection<String> links) {
        Map<String, Long> held = new HashMap<>();
        if (!links.isEmpty()) {
            resources.withLinksOrIsbns(community, links, List.of()).forEach(resource -> held.put(resource.getUrl(), resource.getId()));
        }
        return held;
    }

    /** One resource in the library, for those who may see its community; otherwise it does not exist for them. */
    public Resource resource(Long actorId, long id) {
        Resource resource = resourceEvenIfRemoved(actorId, id);
        if (resource.isRemoved()) {
            throw new NotFound("No such resource.");
        }
        return resource;
    }

    /**
     * One resource, also when it has been removed from the library (its page says so, and offers to put it back to
     * those who may), for those who may see its community.
     */
    public Resource resourceEvenIfRemoved(Long actorId, long id) {
        Resource resource = resources.find(id).orElseThrow(() -> new NotFound("No such resource."));
        visible(actorId, resource.getCommunity().getSlugValue()); // a private community's resource is not there for outsiders
        return resource;
    }

    /**
     * The one who added a resource, the community's facilitators and its admins may edit it. The page says which
     * version it showed; if someone changed the resource since, nothing is overwritten.
     */
    public Resource revise(long actorId, long id, long expectedVersion, ResourceDraft draft) {
        Resource resource = resources.locked(resource(actorId, id));
        Membership member = mayChange(actorId, resource);
        if (resource.getVersion() != expectedVersion) {
            throw Rejected.because("resource.changedMeanwhile");
        }
        Resource revised;
        if (resource.isFile()) {
            checkWords(draft);
            revised = new Resource(resource.getCommunity(), ResourceKind.FILE, draft.title(), null, null,
                    draft.description(), tags(draft), member.getAccount(), clock.instant()).forAudience(draft.audience());
        } else {
            revised = checked(resource.getCommunity(), member, draft);
            refuseDuplicate(revised, resource.getId());
        }
        resource.revise(revised);
        resources.recordChange(new ResourceChange(resource, member.getAccount(), ResourceChange.What.EDITED, clock.instant()));
        return resource;
    }

    /**
     * Takes a resource out of the library (same people as for editing). It stays in meetings' records and keeps its
     * place in lists, hidden, so that {@link #restore} within {@link Resource#RESTORABLE_FOR} brings everything back.
     */
    public Resource remove(long actorId, long id) {
        Resource resource = resources.locked(resource(actorId, id));
        Membership member = mayChange(actorId, resource);
        resource.remove(member.getAccount(), clock.instant());
        resources.recordChange(new ResourceChange(resource, member.getAccount(), ResourceChange.What.REMOVED, clock.instant()));
        return resource;
    }

    public Resource restore(long actorId, long id) {
        Resource resource = resources.locked(resourceEvenIfRemoved(actorId, id));
        Membership member = mayChange(actorId, resource);
        if (!resource.isRemoved()) {
            return resource;
        }
        resource.restore(clock.instant());
        resources.recordChange(new ResourceChange(resource, member.getAccount(), ResourceChange.What.RESTORED, clock.instant()));
        return resource;
    }

    /** Whether this person may edit, remove and put back this resource. */
    public boolean mayChange(Long actorId, Resource resource) {
        if (actorId == null) {
            return false;
        }
        try {
            mayChange(actorId.longValue(), resource);
            return true;
        } catch (AccessDenied | NotFound refused) {
            return false;
        }
    }

    private Membership mayChange(long actorId, Resource resource) {
        Membership member = communities.require(resource.getCommunity(), actorId, Role.MEMBER);
        boolean added = resource.getAddedBy() != null && resource.getAddedBy().getId().equals(member.getAccount().getId());
        if (!added && !member.allows(Role.FACILITATOR)) {
            throw new AccessDenied("Only the person who added it, facilitators and admins may change this resource.");
        }
        return member;
    }

    /** Who edited, removed or put back this resource, and when; newest first. */
    public List<ResourceChange> changes(Long actorId, long id) {
        return resources.changes(resourceEvenIfRemoved(actorId, id));
    }

    /**
     * Reads a CSV file and applies the library's rules to every row, storing nothing: the rows that would be
     * imported, and the ones that would not with the reason (a link or ISBN the library or an earlier row already
     * holds is not imported twice).
     */
    public List<LibraryCsv.Row> previewImport(long actorId, String slug, java.io.Reader csv) {
        Community community = communities.community(slug);
        Membership member = communities.require(community, actorId, Role.MEMBER);
        return checkedRows(community, member, LibraryCsv.read(csv));
    }

    /** Imports the rows a preview accepted, each checked again; all or nothing. Returns how many were added. */
    public int importRows(long actorId, String slug, List<LibraryCsv.Row> rows) {
        Community community = communities.community(slug);
        Membership member = communities.require(community, actorId, Role.MEMBER);
        int added = 0;
        for (LibraryCsv.Row row : checkedRows(community, member, rows)) {
            if (row.isAccepted()) {
                resources.add(checked(community, member, row.draft()));
                added++;
            }
        }
        return added;
    }

    private List<LibraryCsv.Row> checkedRows(Community community, Membership member, List<LibraryCsv.Row> read) {
        List<LibraryCsv.Row> rows = new java.util.ArrayList<>();
        java.util.Map<Long, Resource> drafted = new java.util.HashMap<>();
        for (LibraryCsv.Row row : read) {
            if (!row.isAccepted()) {
                rows.add(row);
                continue;
            }
            try {
                drafted.put(row.line(), checked(community, member, row.draft()));
                rows.add(row);
            } catch (Rejected rejected) {
                rows.add(LibraryCsv.Row.rejected(row.line(), rejected));
            }
        }
        java.util.Map<String, Resource> held = new java.util.HashMap<>();
        for (Resource existing : resources.withLinksOrIsbns(community,
                drafted.values().stream().map(Resource::getUrl).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()),
                drafted.values().stream().map(Resource::getIsbn).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()))) {
            keys(existing).forEach(key -> held.put(key, existing));
        }
        java.util.Map<String, Long> earlier = new java.util.HashMap<>();
        return rows.stream().map(row -> {
            Resource resource = drafted.get(row.line());
            if (resource == null || !row.isAccepted()) {
                return row;
            }
            for (String key : keys(resource)) {
                if (held.containsKey(key)) {
                    return LibraryCsv.Row.rejected(row.line(), Rejected.because("import.duplicate", held.get(key).getTitle()));
                }
                Long first = earlier.putIfAbsent(key, row.line());
                if (first != null) {
                    return LibraryCsv.Row.rejected(row.line(), Rejected.because("import.duplicateInFile", first));
                }
            }
            return row;
        }).toList();
    }

    private static List<String> keys(Resource resource) {
        List<String> keys = new java.util.ArrayList<>();
        if (resource.getUrl() != null) {
            keys.add(resource.getUrl());
        }
        if (resource.getIsbn() != null) {
            keys.add("isbn:" + resource.getIsbn());
        }
        return keys;
    }

    /** Resources in the order they were added, a page at a time (for exports). */
    public List<Resource> inOrderAdded(Long actorId, String slug, int first, int pageSize) {
        return resources.inOrderAdded(visible(actorId, slug), first, pageSize);
    }

    public List<org.marigold.account.Account> contributors(Long actorId, String slug) {
        return resources.contributors(visible(actorId, slug));
    }

    public List<Meeting> meetingsWithFinds(Long actorId, String slug) {
        return resources.meetingsWithFinds(visible(actorId, slug));
    }

    /** One page, and how many match in all ({@code total}, or more than it when {@code totalIsAtLeast}). */
    public record Page(List<Resource> resources, long total, boolean totalIsAtLeast) {

        Page(List<Resource> resources, LibraryQuery.Count count) {
            this(resources, count.value(), count.moreThan());
        }
    }

    private Community visible(Long actorId, String slug) {
        return communities.open(actorId, slug).community();
    }
}
