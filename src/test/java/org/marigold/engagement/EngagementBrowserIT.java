package org.marigold.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marigold.browser.Browser;
import org.marigold.browser.DashboardPage;
import org.marigold.browser.LoginPage;
import org.marigold.browser.MeetingPage;
import org.marigold.support.Deployments;
import org.marigold.support.People;
import org.marigold.support.Visitors;
import org.marigold.support.WebClient;
import org.openqa.selenium.By;

/**
 * After a short meeting, a facilitator (laptop) reads the engagement dashboard, charts drawn, and corrects a
 * member's minutes; the member (phone) reads their own history and is refused the dashboard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class EngagementBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.marigold();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aFacilitatorReadsTheDashboardAndCorrectsAttendanceAndAMemberReadsTheirHistory() throws Exception {
        String felixEmail = People.email("Felix");
        String samEmail = People.email("Sam");
        WebClient felixSetup = Visitors.registered(deployment, "Félix Tremblay", felixEmail);
        String slug = Visitors.community(felixSetup, "Numbers circle", "", "PRIVATE");
        Visitors.join(Visitors.registered(deployment, "Sam Rivera", samEmail), Visitors.invitation(felixSetup, slug, "MEMBER"));
        long meetingId = Visitors.meetingSoon(felixSetup, slug, "Stamina Consultancy");
        String token = Visitors.apiToken(felixSetup, "run");
        // Félix's browser prefers French but his profile says English: every word of the page, charts included, is English.
        try (Browser felixBrowser = Browser.open(deployment.toURI(), Browser.LAPTOP, "fr-CA");
             Browser samBrowser = Browser.open(deployment.toURI(), Browser.PHONE)) {
            LoginPage.logIn(felixBrowser, felixEmail, People.PASSWORD);
            LoginPage.logIn(samBrowser, samEmail, People.PASSWORD);

            felixSetup.apiPost("api/meetings/" + meetingId + "/transitions", token, "{\"action\":\"open\",\"expectedPhase\":-1}");
            MeetingPage sam = MeetingPage.open(samBrowser, deployment.toURI().resolve("meeting/live.xhtml?m=" + meetingId).toString());
            felixSetup.apiPost("api/meetings/" + meetingId + "/transitions", token, "{\"action\":\"start\",\"expectedPhase\":-1}");
            felixSetup.apiPost("api/meetings/" + meetingId + "/transitions", token, "{\"action\":\"next\",\"expectedPhase\":0}");
            sam.waitForPhase("Clarifying questions");
            sam.say("How long do they read now?");
            felixSetup.apiPost("api/meetings/" + meetingId + "/transitions", token, "{\"action\":\"end\",\"expectedPhase\":1}");
            sam.waitForText("Read the record");

            DashboardPage dashboard = DashboardPage.open(felixBrowser, slug);
            assertEquals(List.of(List.of(0L), List.of(2L)), dashboard.chart("participantsChart"),
                    "returning, then newcomers: Félix and Sam both came for the first time");
            assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L), dashboard.chart("participationChart").get(0), "one question");
            assertEquals("2", dashboard.participants("Stamina Consultancy"));
            assertEquals(List.of("Returning", "New"), dashboard.legend("participantsChart"));
            felixBrowser.capture("dashboard-laptop");

            DashboardPage.AttendancePage attendance = dashboard.attendance("Stamina Consultancy");
            attendance.correct("Sam Rivera", 500, "At most 60 minutes: the meeting was not longer.");
            attendance.correct("Sam Rivera", 7, "The minutes are corrected.");
            assertEquals(7, attendance.minutes("Sam Rivera"));
            felixBrowser.capture("attendance-laptop");

            samBrowser.go("community/view.xhtml?c=" + slug);
            samBrowser.click(By.id("historyLink"));
            samBrowser.waitForText("One meeting");
            String history = samBrowser.text(By.id("historyTable"));
            assertTrue(history.contains("Stamina Consultancy") && history.contains("7"), history);
            samBrowser.capture("history-phone");
            samBrowser.go("engagement/dashboard.xhtml?c=" + slug);
            samBrowser.waitForText("Not allowed");
        }
    }
}
