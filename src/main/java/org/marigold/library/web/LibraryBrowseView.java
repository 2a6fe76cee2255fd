package org.marigold.library.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.community.Role;
import org.marigold.library.LibraryQuery;
import org.marigold.library.LibraryService;
import org.marigold.library.Resource;
import org.marigold.library.ResourceKind;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A community's library: search, filter by kind or tag, sort; the database pages and counts. */
@Named
@ViewScoped
public class LibraryBrowseView implements Serializable {

    @Inject
    LibraryService library;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private CommunityOverview overview;
    private String text;
    private ResourceKind kind;
    private String tag;
    private LibraryQuery.Order order = LibraryQuery.Order.NEWEST;

    private final LazyDataModel<Resource> resources = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) library.count(currentUser.idOrNull(), slug, query());
        }

        @Override
        public List<Resource> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return library.find(currentUser.idOrNull(), slug, query(), first, pageSize);
        }

        @Override
        public String getRowKey(Resource resource) {
            return resource.getId().toString();
        }
    };

    public void load() {
        overview = communities.open(currentUser.idOrNull(), slug);
    }

    private LibraryQuery query() {
        return new LibraryQuery(text, kind, tag, order);
    }

    /** Shows only what carries this tag (from a tag on a resource). */
    public void filterByTag(String chosen) {
        tag = chosen;
    }

    public void clear() {
        text = null;
        kind = null;
        tag = null;
        order = LibraryQuery.Order.NEWEST;
    }

    public boolean isMayAdd() {
        return overview.myRole() != null && overview.myRole().includes(Role.MEMBER);
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public LibraryQuery.Order[] getOrders() {
        return LibraryQuery.Order.values();
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
