package org.marigold.schedule;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.marigold.meeting.record.MeetingSummaries;

/**
 * Only in {@link ReminderMailIT}'s deployment: one meeting's reminders as they would go at another moment than now (a
 * week before a meeting next March), once or by two rounds at the same instant, as two instances of a cluster would;
 * or its mail after it ended, as it would go some time from now ({@code action=summarise&after=PT31M}).
 * Only that meeting's: the tests' database may hold other meetings due then.
 */
@WebServlet("/test-support/reminders")
public class ReminderTestSupport extends HttpServlet {

    @Inject
    MeetingReminders reminders;

    @Inject
    MeetingSummaries summaries;

    @Resource
    ManagedExecutorService executor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long meeting = Long.parseLong(request.getParameter("meeting"));
        try {
            String answer;
            if ("summarise".equals(request.getParameter("action"))) {
                Instant at = Instant.now().plus(Duration.parse(request.getParameter("after")));
                answer = String.valueOf(summaries.due(at).contains(meeting) ? summaries.summarise(meeting, at) : 0);
            } else {
                Instant at = Instant.parse(request.getParameter("at"));
                answer = "race".equals(request.getParameter("action")) ? race(meeting, at) : String.valueOf(remindDue(meeting, at));
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(answer);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Two rounds at once; each says how many messages it queued ("failed" when it lost the race on the database). */
    private String race(long meeting, Instant at) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<String> first = executor.submit(() -> round(start, meeting, at));
        Future<String> second = executor.submit(() -> round(start, meeting, at));
        start.countDown();
        return first.get() + " " + second.get();
    }

    private String round(CountDownLatch start, long meeting, Instant at) throws InterruptedException {
        start.await();
        try {
            return String.valueOf(remindDue(meeting, at));
        } catch (RuntimeException lost) {
            return "failed";
        }
    }

    /** What {@link MeetingReminders#remindDue} does, for this meeting alone. */
    private int remindDue(long meeting, Instant at) {
        int queued = 0;
        for (MeetingReminders.Kind kind : MeetingReminders.Kind.values()) {
            if (reminders.due(kind, at).contains(meeting)) {
                queued += reminders.remind(meeting, kind, at);
            }
        }
        return queued;
    }
}
