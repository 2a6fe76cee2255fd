package org.marigold.library.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;

/** A list published at a public link: read-only, for anyone who has the link. */
@Named
@RequestScoped
public class PublicListView {

    @Inject
    ResourceListService resourceLists;

    private String token;
    private ResourceList list;

    public void load() {
        list = resourceLists.published(token);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ResourceList getList() {
        return list;
    }
}
