package org.marigold.library.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityOverview;
import org.marigold.community.CommunityService;
import org.marigold.library.ListEntry;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;
import org.marigold.web.QrCodeSvg;
import org.primefaces.PrimeFaces;
import org.primefaces.event.ReorderEvent;

/**
 * One list: its resources and notes in order, moved up and down or taken out, notes written and rewritten; renamed,
 * published or deleted. The page's list id
 * is not {@code required}: Mojarra's {@code f:viewParam} has no value of its own after the first postback, so a
 * required one failed every later action without a word (one move per page load); a missing id is a 404 from
 * {@link #load()}.
 */
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
    /** The resources and notes as the table shows them: PrimeFaces reorders this copy itself as a row is dropped. */
    private List<ListEntry> items;
    /** The note being written (a new one, or the one {@link #editing}), and whether it is a section heading. */
    private String note;
    private boolean heading;
    private Long editing;
    private CommunityOverview overview;
    private String name;
    private String description;

    public void load() {
        refresh();
        overview = communities.open(currentUser.idOrNull(), list.getCommunity().getSlugValue());
        name = list.getName();
        description = list.getDescription();
    }

    private void refresh() {
        list = resourceLists.list(currentUser.idOrNull(), id);
        items = new ArrayList<>(list.getEntries());
    }

    /** A row dragged to another place: the same move as its buttons make, as many places as it was dragged. */
    public void reorder(ReorderEvent dropped) {
        List<ListEntry> before = list.getEntries();
        if (dropped.getFromIndex() < 0 || dropped.getFromIndex() >= before.size()) {
            refresh();
            return;
        }
        move(before.get(dropped.getFromIndex()), dropped.getToIndex() - dropped.getFromIndex());
    }

    /**
     * Moves a resource or note and keeps the keyboard with it: the focus goes to the same button on its new row (the
     * other one once it reaches an end), and the new place is announced.
     */
    public void move(ListEntry entry, int places) {
        try {
            resourceLists.moveEntry(currentUser.requireId(), id, list.getVersion(), entry.getId(), places);
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "details");
            refresh();
            return;
        }
        refresh();
        int row = list.positionOf(entry.getId());
        if (row < 0) {
            return;
        }
        int last = items.size() - 1;
        boolean up = places < 0 ? row > 0 : row == last;
        PageMessages.info("list.moved", entry.getLabel(), row + 1, items.size());
        // PrimeFaces.focus() passes over buttons, so the button is focused by its id.
        PrimeFaces.current().executeScript("document.getElementById('details:items:" + row + ":" + (up ? "up" : "down") + "').focus();");
    }

    public void remove(ListEntry entry) {
        if (entry.isNote()) {
            act(() -> resourceLists.removeNote(currentUser.requireId(), id, entry.getId()), "list.note.removed");
        } else {
            act(() -> resourceLists.remove(currentUser.requireId(), id, entry.getResource().getId()), "list.removed");
        }
    }

    /** Writes the note at the end of the list, or saves the one being edited in its place. */
    public void saveNote() {
        try {
            if (editing == null) {
                resourceLists.addNote(currentUser.requireId(), id, note, heading);
                PageMessages.info("list.note.added");
            } else {
                resourceLists.editNote(currentUser.requireId(), id, list.getVersion(), editing, note, heading);
                PageMessages.info("list.note.saved");
            }
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "note");
            refresh();
            return;
        } catch (NotFound gone) {
            // Someone took the note out meanwhile: what was typed stays, to be added as a new note.
            editing = null;
            PageMessages.error(null, "list.changedMeanwhile");
            refresh();
            return;
        }
        cancelNote();
        refresh();
    }

    /** Puts a note into the note form to be rewritten. */
    public void editNote(ListEntry entry) {
        editing = entry.getId();
        note = entry.getText();
        heading = entry.isHeading();
        PrimeFaces.current().focus("note:text");
    }

    public void cancelNote() {
        editing = null;
        note = null;
        heading = false;
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

    /** The public link as a QR code (SVG), for a phone's camera to read off a projected screen; null unless published. */
    public String getPublicQrCode() {
        String link = getPublicLink();
        return link == null ? null : QrCodeSvg.of(link, PageMessages.text("list.qrCode", list.getName()));
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

    public List<ListEntry> getItems() {
        return items;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isHeading() {
        return heading;
    }

    public void setHeading(boolean heading) {
        this.heading = heading;
    }

    public Long getEditing() {
        return editing;
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
