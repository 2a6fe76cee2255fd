package org.marigold.community.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.marigold.community.Community;
import org.marigold.community.Visibility;

/** The fields a community is described by, shared by the "new community" and "settings" pages. */
public class CommunityForm implements Serializable {

    @NotBlank(message = "{community.name.required}")
    @Size(min = 3, max = Community.NAME_MAX, message = "{community.name.size}")
    private String name;

    @Size(max = Community.DESCRIPTION_MAX, message = "{community.description.tooLong}")
    private String description;

    @NotNull(message = "{community.visibility.required}")
    private Visibility visibility = Visibility.PRIVATE;

    public static CommunityForm of(Community community) {
        CommunityForm form = new CommunityForm();
        form.name = community.getName();
        form.description = community.getDescription();
        form.visibility = community.getVisibility();
        return form;
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
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

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }
}
