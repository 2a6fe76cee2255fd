package org.marigold.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.marigold.meeting.Meeting;

/** What a facilitator types to plan a meeting or change a planned one: its title and when it starts. */
public class MeetingForm implements Serializable {

    @NotBlank(message = "{meeting.title.required}")
    @Size(max = Meeting.TITLE_MAX, message = "{meeting.title.tooLong}")
    private String title;

    /** In the facilitator's own time zone. */
    @NotNull(message = "{meeting.startsAt.required}")
    private LocalDateTime startsAt;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }
}
