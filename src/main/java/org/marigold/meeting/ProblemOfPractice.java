package org.marigold.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.marigold.platform.Text;

/** What the presenter brings: a title, the context, the framing question, and links to look at. */
@Embeddable
public class ProblemOfPractice implements Serializable {

    public static final int TITLE_MAX = 200;
    public static final int CONTEXT_MAX = 6000;
    public static final int QUESTION_MAX = 1000;
    public static final int LINKS_MAX = 4000;

    @Column(name = "problem_title")
    private String title;

    @Column(name = "problem_context")
    private String context;

    @Column(name = "problem_question")
    private String framingQuestion;

    /** One http(s) link per line. */
    @Column(name = "problem_links")
    private String links;

    protected ProblemOfPractice() {
    }

    public ProblemOfPractice(String title, String context, String framingQuestion, List<String> links) {
        this.title = Text.orNull(title);
        this.context = Text.orNull(context);
        this.framingQuestion = Text.orNull(framingQuestion);
        this.links = links == null || links.isEmpty() ? null : String.join("\n", links);
    }

    public boolean isWritten() {
        return title != null;
    }

    public String getTitle() {
        return title;
    }

    public String getContext() {
        return context;
    }

    public String getFramingQuestion() {
        return framingQuestion;
    }

    public List<String> getLinks() {
        return links == null ? List.of() : Arrays.stream(links.split("\n")).filter(l -> !l.isBlank()).toList();
    }
}
