package org.marigold.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/**
 * Only in {@link MailIT}'s deployment: what the test cannot do through pages. It races two outbox rounds over the
 * same due messages, makes a password reset link old, and reads the bounce mailbox now rather than on the minute.
 */
@WebServlet("/test-support/outbox")
public class OutboxTestSupport extends HttpServlet {

    @Inject
    Outbox outbox;

    @Inject
    OutboxSending sending;

    @Inject
    BounceMailbox bounceMailbox;

    @PersistenceContext(unitName = "marigold")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String answer = switch (request.getParameter("action")) {
                case "race" -> race(request.getParameter("to"), Integer.parseInt(request.getParameter("messages")));
                case "age" -> age(request.getParameter("email"));
                case "bounces" -> Integer.toString(bounceMailbox.check());
                default -> throw new IllegalArgumentException("no such action");
            };
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(answer);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Queues messages to {@code to}-1@…, {@code to}-2@…, then lets two rounds loose on them at the same instant. */
    private String race(String to, int messages) throws Exception {
        transaction.begin();
        for (int i = 1; i <= messages; i++) {
            outbox.queue(new Mail(to + "-" + i + "@example.org", "Race " + i, "Message " + i, "<p>Message " + i + "</p>"));
        }
        transaction.commit();
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> first = executor.submit(() -> {
            start.await();
            return sending.sendDue();
        });
        Future<Integer> second = executor.submit(() -> {
            start.await();
            return sending.sendDue();
        });
        start.countDown();
        return first.get() + " " + second.get();
    }

    /** The account's reset links were sent long enough ago to have expired. */
    private String age(String email) throws Exception {
        transaction.begin();
        int aged = em.createNativeQuery("UPDATE password_reset SET created_at = created_at - INTERVAL '2' HOUR, "
                        + "expires_at = expires_at - INTERVAL '2' HOUR WHERE account_id = (SELECT id FROM account WHERE email = ?)")
                .setParameter(1, email).executeUpdate();
        transaction.commit();
        return Integer.toString(aged);
    }
}
