package org.marigold.library.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marigold.account.Account;
import org.marigold.meeting.Meeting;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.library.LibraryQuery;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.library.ResourceKind;
import org.omnifaces.cdi.Param;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/**
 * A community's library: search, filter by kind or tag, sort; the database pages and counts. A visitor's page keeps no
 * state (SessionlessReading), so each of their searches builds this anew: the community and list come from the page's
 * address, which its forms post to.
 */
@Named
@ViewScoped
public class LibraryBrowseView implements Serializable {

    @Inject
    LibraryService library;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    ResourceListService resourceLists;

    @Inject
    @Param(name = "c")
    String slug;

    private CommunityOverview overview;
    private String text;
    private ResourceKind kind;
    private String tag;
    private LibraryQuery.Order order = LibraryQuery.Order.NEWEST;
    @Inject
    @Param(name = "l")
    Long listId;

    private Long addedBy;
    private Long meetingId;
    private List<ResourceList> lists;
    private List<Account> contributors;
    private List<Meeting> meetings;
    private Set<Long> markedHelpful = Set.of();
    /** The search found more than it counts; the page says so and suggests narrowing it. */
    private boolean moreThanCounted;

    private final LazyDataModel<Resource> resources = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            LibraryQuery.Count count = library.count(currentUser.idOrNull(), slug, query());
            moreThanCounted = count.moreThan();
            return (int) count.value();
        }

        @Override
        public List<Resource> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<Resource> page = library.find(currentUser.idOrNull(), slug, query(), first, pageSize);
            markedHelpful = library.markedHelpful(currentUser.idOrNull(), page.stream().map(Resource::getId).toList());
            return page;
        }

        @Override
        public String getRowKey(Resource resource) {
            return resource.getId().toString();
        }
    };

    /**
     * What a screen reader hears once a search has shown its results ("12 resources found"): read after the table,
     * whose count it repeats (marigold.announceChanges says it when it differs from the last).
     */
    public String getResultsAnnouncement() {
        int found = resources.getRowCount();
        return PageMessages.text(moreThanCounted ? "library.found.more" : "library.found", found);
    }

    public boolean isMoreThanCounted() {
        return moreThanCounted;
    }

    public int getCountLimit() {
        return LibraryQuery.COUNT_LIMIT;
    }

    @PostConstruct
    void load() {
        overview = communities.open(currentUser.idOrNull(), slug);
        lists = resourceLists.lists(currentUser.idOrNull(), slug);
        contributors = library.contributors(currentUser.idOrNull(), slug);
        meetings = library.meetingsWithFinds(currentUser.idOrNull(), slug);
    }

    private LibraryQuery query() {
        return new LibraryQuery(text, kind, tag, order, listId, addedBy, meetingId);
    }

    /** Marks a resource helpful for the current member, or takes the mark back. */
    public void toggleHelpful(Resource resource) {
        library.markHelpful(currentUser.requireId(), resource.getId(), !isMarked(resource));
    }

    /** "Add to list" on a result: the resource goes at the end of the list chosen from its menu. */
    public void addToList(Resource resource, long listId) {
        try {
            ResourceList list = resourceLists.add(currentUser.requireId(), listId, resource.getId());
            PageMessages.info("library.addedToList", resource.getTitle(), list.getName());
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "results");
        }
    }

    public boolean isMarked(Resource resource) {
        return markedHelpful.contains(resource.getId());
    }

    /** Shows only what carries this tag (from a tag on a resource). */
    public void filterByTag(String chosen) {
        tag = chosen;
    }

    public void clear() {
        text = null;
        kind = null;
        tag = null;
        listId = null;
        addedBy = null;
        meetingId = null;
        order = LibraryQuery.Order.NEWEST;
    }

    public boolean isMayAdd() {
        return overview.mayContribute();
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public LibraryQuery.Order[] getOrders() {
        return LibraryQuery.Order.values();
    }

    public List<ResourceList> getLists() {
        return lists;
    }

    public List<Account> getContributors() {
        return contributors;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public Long getListId() {
        return listId;
    }

    public void setListId(Long listId) {
        this.listId = listId;
    }

    public Long getAddedBy() {
        return addedBy;
    }

    public void setAddedBy(Long addedBy) {
        this.addedBy = addedBy;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public LazyDataModel<Resource> getResources() {
        return resources;
    }

    public CommunityOverview getOverview() {
        return overview;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public LibraryQuery.Order getOrder() {
        return order;
    }

    public void setOrder(LibraryQuery.Order order) {
        this.order = order;
    }
}
