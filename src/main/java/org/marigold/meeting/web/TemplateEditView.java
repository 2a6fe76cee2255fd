package org.marigold.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marigold.account.CurrentUser;
import org.marigold.meeting.Phase;
import org.marigold.meeting.PhaseKind;
import org.marigold.meeting.ProtocolService;
import org.marigold.meeting.ProtocolTemplate;
import org.marigold.meeting.Speakers;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

/** Facilitators adapt one of their community's protocol templates: its name, and its phases in order. */
@Named
@ViewScoped
public class TemplateEditView implements Serializable {

    @Inject
    ProtocolService protocols;

    @Inject
    CurrentUser currentUser;

    private Long templateId;
    private long version;
    private String slug;

    @NotBlank(message = "{template.name.required}")
    @Size(max = ProtocolService.NAME_MAX, message = "{template.name.tooLong}")
    private String name;

    @Size(max = 2000, message = "{template.description.tooLong}")
    private String description;

    @Valid
    private List<PhaseForm> phases = new ArrayList<>();

    public void load() {
        ProtocolTemplate template = protocols.template(currentUser.requireId(), templateId);
        version = template.getVersion();
        slug = template.getCommunity().getSlugValue();
        name = template.getName();
        description = template.getDescription();
        phases = new ArrayList<>(template.getPhases().stream().map(PhaseForm::new).toList());
    }

    public void addPhase() {
        phases.add(new PhaseForm());
    }

    public void remove(int index) {
        phases.remove(index);
    }

    public void moveUp(int index) {
        if (index > 0) {
            Collections.swap(phases, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index < phases.size() - 1) {
            Collections.swap(phases, index, index + 1);
        }
    }

    public void save() {
        try {
            List<Phase> revised = phases.stream()
                    .map(PhaseForm::toPhase).toList();
            version = protocols.revise(currentUser.requireId(), templateId, version, name, description, revised).getVersion();
            PageMessages.info("template.saved");
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "template");
        }
    }

    public String delete() {
        protocols.delete(currentUser.requireId(), templateId);
        PageMessages.infoAfterRedirect("template.deleted", name);
        return "/meeting/templates.xhtml?faces-redirect=true&c=" + slug;
    }

    public int getTotalMinutes() {
        return phases.stream().mapToInt(p -> p.getMinutes() == null ? 0 : p.getMinutes()).sum();
    }

    public PhaseKind[] getKinds() {
        return PhaseKind.values();
    }

    public Speakers[] getSpeakerChoices() {
        return Speakers.values();
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getSlug() {
        return slug;
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

    public List<PhaseForm> getPhases() {
        return phases;
    }
}
