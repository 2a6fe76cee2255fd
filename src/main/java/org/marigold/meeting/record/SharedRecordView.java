package org.marigold.meeting.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** shared/record.xhtml: a meeting's record published at a secret link, read-only, for anyone who has the link. */
@Named
@RequestScoped
public class SharedRecordView {

    @Inject
    RecordService records;

    private String token;
    private MeetingRecord record;

    public void load() {
        record = records.shared(token);
    }

    public MeetingRecord getRecord() {
        return record;
    }

    public List<HarvestedLink> getLinks() {
        return record.links();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
