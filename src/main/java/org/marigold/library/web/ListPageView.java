package org.marigold.library.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.library.Resource;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** One list: its resources in order, moved up and down or taken out; renamed, published or deleted. */
@Named
@ViewScoped
public class ListPageView implements Serializable {

    @Inject
    ResourceListService resourceLists;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private long id;
    private ResourceList list;
    private CommunityOverview overview;
    private String name;
    private String description;

    public void load() {
        list = resourceLists.list(currentUser.idOrNull(), id);
        overview = communities.open(currentUser.idOrNull(), list.getCommunity().getSlugValue());
        name = list.getName();
        description = list.getDescription();
    }

    private void refresh() {
        list = resourceLists.list(currentUser.idOrNull(), id);
    }

    public void move(Resource resource, int places) {
        act(() -> resourceLists.move(currentUser.requireId(), id, list.getVersion(), resource.getId(), places), null);
    }

    public void remove(Resource resource) {
        act(() -> resourceLists.remove(currentUser.requireId(), id, resource.getId()), "list.removed");
    }

    public void save() {
        act(() -> resourceLists.rename(currentUser.requireId(), id, list.getVersion(), name, description), "list.saved");
    }

    public void publish(boolean published) {
        act(() -> resourceLists.publish(currentUser.requireId(), id, published), null);
    }

    public String delete() {
        try {
            resourceLists.delete(currentUser.requireId(), id);
            PageMessages.infoAfterRedirect("list.deleted", list.getName());
            return "/library/lists.xhtml?faces-redirect=true&c=" + list.getCommunity().getSlugValue();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "details");
            return null;
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            if (doneKey != null) {
                PageMessages.info(doneKey);
            }
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "details");
        }
        refresh();
    }

    /** The address anyone can read the published list at. */
    public String getPublicLink() {
        if (!list.isPublished()) {
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String base = request.getRequestURL().toString();
        return base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath()
                + "/library/public.xhtml?t=" + list.getPublicToken();
    }

    public boolean isMember() {
        return overview.mayContribute();
    }

    public boolean isFacilitator() {
        return overview.mayFacilitate();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ResourceList getList() {
        return list;
    }

    public CommunityOverview getOverview() {
        return overview;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
