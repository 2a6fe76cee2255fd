package org.marigold.library.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** A community's lists, and a form for a new one. */
@Named
@ViewScoped
public class ListsView implements Serializable {

    @Inject
    ResourceListService resourceLists;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private CommunityOverview overview;
    private List<ResourceList> lists;

    @NotBlank(message = "{list.name.required}")
    @Size(max = ResourceList.NAME_MAX, message = "{list.name.tooLong}")
    private String name;

    @Size(max = ResourceList.DESCRIPTION_MAX, message = "{list.description.tooLong}")
    private String description;

    public void load() {
        overview = communities.open(currentUser.idOrNull(), slug);
        lists = resourceLists.lists(currentUser.idOrNull(), slug);
    }

    public String create() {
        try {
            ResourceList list = resourceLists.create(currentUser.requireId(), slug, name, description);
            PageMessages.infoAfterRedirect("list.created", list.getName());
            return "/library/list.xhtml?faces-redirect=true&l=" + list.getId();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "newList");
            return null;
        }
    }

    public boolean isMember() {
        return overview.mayContribute();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public CommunityOverview getOverview() {
        return overview;
    }

    public List<ResourceList> getLists() {
        return lists;
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
