package org.marigold.library;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an uploaded file, kept in the database (H2 or PostgreSQL alike) apart from the resource's row. */
@Entity
@Table(name = "resource_file")
public class ResourceFile {

    @Id
    @Column(name = "resource_id")
    private Long resourceId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ResourceFile() {
    }

    public ResourceFile(Resource resource, byte[] content) {
        this.resourceId = resource.getId();
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
