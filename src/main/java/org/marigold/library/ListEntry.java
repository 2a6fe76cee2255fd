package org.marigold.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.marigold.platform.Rejected;

/** One place in a list: a resource of the library, or a short note or section heading written between resources. */
@Entity
@Table(name = "resource_list_entry")
public class ListEntry {

    public static final int NOTE_MAX = 300;

    @Id
    @SequenceGenerator(name = "resource_list_entry_seq", sequenceName = "resource_list_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_list_entry_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "list_id")
    private ResourceList list;

    @ManyToOne
    @JoinColumn(name = "resource_id")
    private Resource resource;

    private String note;

    @Column(nullable = false)
    private boolean heading;

    protected ListEntry() {
    }

    ListEntry(ResourceList list, Resource resource) {
        this.list = list;
        this.resource = resource;
    }

    ListEntry(ResourceList list, String note, boolean heading) {
        this.list = list;
        write(note, heading);
    }

    /** A note's new words, or its change from note to heading; a note is one to 300 characters. */
    final void write(String text, boolean asHeading) {
        if (resource != null) {
            throw new IllegalStateException("A resource's place holds no note");
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > NOTE_MAX) {
            throw Rejected.onField("text", "list.note.length", NOTE_MAX);
        }
        this.note = stripped;
        this.heading = asHeading;
    }

    /** Shown on the list: a note always, a resource unless it was removed from the library. */
    boolean isShown() {
        return resource == null || !resource.isRemoved();
    }

    public Long getId() {
        return id;
    }

    public Resource getResource() {
        return resource;
    }

    public boolean isNote() {
        return resource == null;
    }

    public String getText() {
        return note;
    }

    public boolean isHeading() {
        return heading;
    }

    /** What names this place to someone who cannot see it: the resource's title or the note's words. */
    public String getLabel() {
        return resource != null ? resource.getTitle() : note;
    }
}
