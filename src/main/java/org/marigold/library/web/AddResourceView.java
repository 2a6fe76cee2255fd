package org.marigold.library.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.marigold.account.CurrentUser;
import org.marigold.community.CommunityService;
import org.marigold.community.Role;
import org.marigold.library.Audience;
import org.marigold.library.DuplicateResource;
import org.marigold.library.LibraryService;
import org.marigold.library.LinkPreview;
import org.marigold.library.LinkPreviews;
import org.marigold.library.ResourceDraft;
import org.marigold.library.Resource;
import org.marigold.library.ResourceKind;
import org.marigold.library.ResourceList;
import org.marigold.library.ResourceListService;
import org.marigold.platform.AccessDenied;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;
import jakarta.servlet.http.Part;

/**
 * A member adds a link, article, book, video or protocol to the community's library; with {@code r} in the address,
 * the one who added a resource (or a facilitator) edits it on the same form.
 */
@Named
@ViewScoped
public class AddResourceView implements Serializable {

    @Inject
    LibraryService library;

    @Inject
    CommunityService communities;

    @Inject
    ResourceListService resourceLists;

    @Inject
    LinkPreviews linkPreviews;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private String communityName;

    @NotNull(message = "{resource.kind.required}")
    private ResourceKind kind = ResourceKind.LINK;

    @NotBlank(message = "{resource.title.required}")
    @Size(max = Resource.TITLE_MAX, message = "{resource.title.tooLong}")
    private String title;

    private String link;
    private String isbn;
    private String description;
    private String tags;
    private Set<Audience> audience = new HashSet<>();
    /** The uploaded file (the standard Faces file input: a native, labelled, keyboard-usable control). */
    private transient Part file;
    /** The resource being edited, and the version the form showed; null when adding. */
    private Long editing;
    private long editedVersion;
    private String editedTitle;
    private Long existing;
    /** The community's lists, one of which a new resource may go into at once; and the one chosen. */
    private List<ResourceList> lists = List.of();
    private Long listId;
    /** The picture the linked page names for itself, shown beside the form once read. */
    private String previewImage;

    public void load() {
        if (editing != null) {
            Resource resource = library.resource(currentUser.requireId(), editing);
            if (!library.mayChange(currentUser.requireId(), resource)) {
                throw new AccessDenied("Only the person who added it, facilitators and admins may change this resource.");
            }
            slug = resource.getCommunity().getSlugValue();
            editedVersion = resource.getVersion();
            editedTitle = resource.getTitle();
            kind = resource.getKind();
            title = resource.getTitle();
            link = resource.getUrl();
            isbn = resource.getIsbn();
            description = resource.getDescription();
            tags = String.join(", ", resource.getTags());
            audience = new HashSet<>(resource.getAudience());
        }
        communities.require(communities.community(slug), currentUser.requireId(), Role.MEMBER);
        communityName = communities.community(slug).getName();
        if (editing == null) {
            lists = resourceLists.lists(currentUser.requireId(), slug);
        }
    }

    public String add() {
        try {
            ResourceDraft draft = new ResourceDraft(kind, title, link, isbn, description, tags, audience);
            if (editing != null) {
                Resource saved = library.revise(currentUser.requireId(), editing, editedVersion, draft);
                PageMessages.infoAfterRedirect("resource.saved", saved.getTitle());
                return "/library/resource.xhtml?faces-redirect=true&r=" + editing;
            }
            Supplier<Resource> adding = () -> kind == ResourceKind.FILE
                    ? library.upload(currentUser.requireId(), slug, chosen() ? file.getSubmittedFileName() : null,
                            chosen() ? content() : null, draft)
                    : library.add(currentUser.requireId(), slug, draft);
            if (listId == null) {
                PageMessages.infoAfterRedirect("resource.added", adding.get().getTitle());
                return "/library/browse.xhtml?faces-redirect=true&c=" + slug;
            }
            String listName = lists.stream().filter(l -> l.getId().equals(listId)).map(ResourceList::getName).findFirst().orElse(null);
            if (listName == null) {
                PageMessages.error("resource:list", "meeting.noSuchList");
                return null;
            }
            Resource added = resourceLists.addWithList(currentUser.requireId(), listId, adding);
            PageMessages.infoAfterRedirect("resource.addedWithList", added.getTitle(), listName);
            return "/library/browse.xhtml?faces-redirect=true&c=" + slug;
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "resource");
            existing = rejected instanceof DuplicateResource duplicate ? duplicate.existingId() : null;
            return null;
        } catch (NotFound listGone) {
            PageMessages.error("resource:list", "meeting.noSuchList");
            return null;
        }
    }

    public List<ResourceList> getLists() {
        return lists;
    }

    public Long getListId() {
        return listId;
    }

    public void setListId(Long listId) {
        this.listId = listId;
    }

    /**
     * Reads the linked page and fills in what is still empty of the title and description with what the page says
     * about itself; what was typed stays. When the page cannot be read, the form is as it was and says so.
     */
    public void fillFromLink() {
        Optional<LinkPreview> preview = linkPreviews.preview(link);
        if (preview.isEmpty()) {
            previewImage = null;
            PageMessages.infoBeside("resource:link", "resource.preview.none");
            return;
        }
        if (title == null || title.isBlank()) {
            title = preview.get().title();
        }
        if (description == null || description.isBlank()) {
            description = preview.get().description();
        }
        previewImage = preview.get().image();
        PageMessages.infoBeside("resource:link", "resource.preview.filled");
    }

    public String getPreviewImage() {
        return previewImage;
    }

    /** The resource that already holds the link or ISBN typed, offered instead of a second copy. */
    public Long getExisting() {
        return existing;
    }

    /** What can be added by link or ISBN; files have their own form (kind=FILE), which is sent as multipart. */
    public List<ResourceKind> getKinds() {
        return Arrays.stream(ResourceKind.values()).filter(k -> k != ResourceKind.FILE).toList();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    /** The address says which form: {@code kind=FILE} for an upload; anything else is the link form. */
    public String getRequestedKind() {
        return kind == ResourceKind.FILE ? "FILE" : null;
    }

    public void setRequestedKind(String requested) {
        if ("FILE".equalsIgnoreCase(requested)) {
            kind = ResourceKind.FILE;
        }
    }

    public boolean isUploading() {
        return kind == ResourceKind.FILE && editing == null;
    }

    /** An uploaded file keeps its file and its kind when edited: only its words change. */
    public boolean isEditingFile() {
        return kind == ResourceKind.FILE && editing != null;
    }

    public Long getEditing() {
        return editing;
    }

    public void setEditing(Long editing) {
        this.editing = editing;
    }

    public String getEditedTitle() {
        return editedTitle;
    }

    public Set<Audience> getAudience() {
        return audience;
    }

    public void setAudience(Set<Audience> audience) {
        this.audience = audience == null ? new HashSet<>() : audience;
    }

    private boolean chosen() {
        return file != null && file.getSubmittedFileName() != null && !file.getSubmittedFileName().isBlank();
    }

    private byte[] content() {
        try (java.io.InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getCommunityName() {
        return communityName;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getIsbn() {
        return isbn;
    }

    public void setIsbn(String isbn) {
        this.isbn = isbn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }
}
