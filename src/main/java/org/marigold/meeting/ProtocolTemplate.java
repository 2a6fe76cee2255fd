package org.marigold.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.marigold.community.Community;
import org.marigold.platform.Text;
import org.marigold.platform.Wording;

/**
 * A discussion protocol as data: an ordered list of phases. Built-in templates belong to no community and have
 * the lowest ids, so ordering by id lists them first.
 */
@Entity
@Table(name = "protocol_template")
@NamedQuery(name = "ProtocolTemplate.availableTo",
        query = "SELECT t FROM ProtocolTemplate t LEFT JOIN t.community c WHERE c IS NULL OR c = :community ORDER BY t.id")
public class ProtocolTemplate {

    @Id
    @SequenceGenerator(name = "protocol_template_seq", sequenceName = "protocol_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "protocol_template_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "community_id")
    private Community community;

    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "protocol_phase", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<Phase> phases = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ProtocolTemplate() {
    }

    public ProtocolTemplate(Community community, String name, String description, List<Phase> phases, Instant createdAt) {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("A protocol has at least one phase");
        }
        this.community = community;
        this.name = name.strip();
        this.description = description;
        this.phases = new ArrayList<>(phases);
        this.createdAt = createdAt;
    }

    /** Replaces the community's own template's name, description and phases; meetings keep their copies. */
    public void revise(String name, String description, List<Phase> phases) {
        if (isBuiltIn()) {
            throw new IllegalStateException("Built-in templates do not change");
        }
        if (phases.isEmpty()) {
            throw org.marigold.platform.Rejected.because("template.noPhases");
        }
        this.name = name.strip();
        this.description = Text.orNull(description);
        this.phases = new ArrayList<>(phases);
    }

    public long getVersion() {
        return version;
    }

    public boolean isBuiltIn() {
        return community == null;
    }

    /**
     * This protocol worded in a language: a built-in's name, description and phases as the bundles word them there
     * ({@code protocol.<code>.name}, {@code protocol.<code>.<position>.title}, ...); a community's own protocol is its
     * community's words and stays as written. The result is for reading and copying, never saved itself; its phases keep
     * naming their wording, so a meeting planned from them shows each viewer the built-in words in their language.
     */
    public ProtocolTemplate in(java.util.Locale language) {
        if (!isBuiltIn() || code == null) {
            return this;
        }
        ProtocolTemplate worded = new ProtocolTemplate();
        worded.id = id;
        worded.code = code;
        worded.createdAt = createdAt;
        worded.version = version;
        worded.name = nameOf(code, name, language);
        worded.description = Wording.find(language, "protocol." + code + ".description").orElse(description);
        worded.phases = new ArrayList<>(phases.stream().map(phase -> phase.in(language)).toList());
        return worded;
    }

    /** This protocol's name in a language: a built-in's from the bundles; a community's own as written. */
    public String nameIn(java.util.Locale language) {
        return nameOf(code, name, language);
    }

    /** This protocol's description in a language, as its name is. */
    public String descriptionIn(java.util.Locale language) {
        return code == null ? description : Wording.find(language, "protocol." + code + ".description").orElse(description);
    }

    /** The name of the built-in protocol with this code, in a language (or {@code written} when the bundles have none). */
    static String nameOf(String code, String written, java.util.Locale language) {
        return code == null ? written : Wording.find(language, "protocol." + code + ".name").orElse(written);
    }

    /** A fresh copy of the phases, for a meeting to adjust without changing the template. */
    public List<Phase> copyOfPhases() {
        return phases.stream().map(Phase::copy).toList();
    }

    public int totalMinutes() {
        return phases.stream().mapToInt(Phase::getMinutes).sum();
    }

    public Long getId() {
        return id;
    }

    public Community getCommunity() {
        return community;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public List<Phase> getPhases() {
        return List.copyOf(phases);
    }
}
