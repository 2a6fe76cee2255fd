package org.marigold.library.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.library.ResourceChange;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.library.ResourceUse;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** One resource: what it is, where it came from, the lists that hold it, where it has been used. */
@Named
@ViewScoped
public class ResourcePageView implements Serializable {

    @Inject
    LibraryService library;

    @Inject
    ResourceListService resourceLists;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private long id;
    private Resource resource;
    private CommunityOverview overview;
    private boolean marked;
    private List<ResourceUse> uses;
    private List<ResourceList> holding;
    private List<ResourceList> otherLists;
    private Long chosenList;
    private boolean mayChange;
    private List<ResourceChange> changes;

    /** A removed resource still has its page: it says so, and offers to put it back to those who may. */
    public void load() {
        resource = library.resourceEvenIfRemoved(currentUser.idOrNull(), id);
        overview = communities.open(currentUser.idOrNull(), resource.getCommunity().getSlugValue());
        mayChange = library.mayChange(currentUser.idOrNull(), resource);
        changes = library.changes(currentUser.idOrNull(), id);
        if (resource.isRemoved()) {
            uses = List.of();
            holding = List.of();
            otherLists = List.of();
            return;
        }
        marked = !library.markedHelpful(currentUser.idOrNull(), List.of(id)).isEmpty();
        uses = library.uses(currentUser.idOrNull(), id);
        holding = resourceLists.holding(currentUser.idOrNull(), id);
        otherLists = resourceLists.lists(currentUser.idOrNull(), overview.community().getSlugValue()).stream()
                .filter(list -> holding.stream().noneMatch(h -> h.getId().equals(list.getId()))).toList();
    }

    /** Takes the resource out of the library; its page then offers to put it back. */
    public String remove() {
        library.remove(currentUser.requireId(), id);
        PageMessages.infoAfterRedirect("resource.removed", resource.getTitle());
        return again();
    }

    public String restore() {
        try {
            library.restore(currentUser.requireId(), id);
            PageMessages.infoAfterRedirect("resource.restored", resource.getTitle());
            return again();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "removed");
            return null;
        }
    }

    private String again() {
        return "/library/resource.xhtml?faces-redirect=true&r=" + id;
    }

    public boolean isMayChange() {
        return mayChange;
    }

    public List<ResourceChange> getChanges() {
        return changes;
    }

    public void toggleHelpful() {
        library.markHelpful(currentUser.requireId(), id, !marked);
        load();
    }

    public void addToList() {
        if (chosenList == null) {
            PageMessages.error("lists:list", "meeting.noSuchList");
            return;
        }
        try {
            ResourceList list = resourceLists.add(currentUser.requireId(), chosenList, id);
            PageMessages.info("resource.addedToList", list.getName());
            chosenList = null;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "lists");
        }
        load();
    }

    public boolean isMember() {
        return overview.mayContribute();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Resource getResource() {
        return resource;
    }

    public CommunityOverview getOverview() {
        return overview;
    }

    public boolean isMarked() {
        return marked;
    }

    public List<ResourceUse> getUses() {
        return uses;
    }

    public List<ResourceList> getHolding() {
        return holding;
    }

    public List<ResourceList> getOtherLists() {
        return otherLists;
    }

    public Long getChosenList() {
        return chosenList;
    }

    public void setChosenList(Long chosenList) {
        this.chosenList = chosenList;
    }
}
