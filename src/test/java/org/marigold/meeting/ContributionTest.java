package org.marigold.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marigold.account.Account;
import org.marigold.platform.Rejected;

class ContributionTest {

    private static final Instant NOW = Instant.parse("2026-11-30T19:45:00Z");

    private static Contribution question(String text) {
        return new Contribution(null, 1, ContributionKind.QUESTION, null, null, text, null, NOW);
    }

    @Test
    void emptyAndOverLongContributionsAreRefused() {
        assertEquals("contribution.empty", assertThrows(Rejected.class, () -> question("   ")).messageKey());
        assertEquals("contribution.tooLong", assertThrows(Rejected.class, () -> question("x".repeat(5000))).messageKey());
        assertEquals("A question?", question("  A question?  ").getBody());
    }

    @Test
    void questionsAreClarifyingUnlessSaidOtherwise() {
        assertEquals(ContributionType.CLARIFYING, question("How many students?").getType());
    }

    @Test
    void aFacilitatorRetagsAQuestionOnceAndOnlyAQuestion() {
        Contribution asked = question("What would change if they chose their own books?");
        Account felix = new Account("felix@example.org", "Félix Tremblay", "x", java.time.ZoneOffset.UTC, java.util.Locale.ENGLISH, NOW);
        assertTrue(asked.retag(ContributionType.PROBING, felix));
        assertEquals(ContributionType.PROBING, asked.getType());
        assertEquals(felix, asked.getRetaggedBy());
        assertFalse(asked.retag(ContributionType.PROBING, null), "already probing: the second press changes nothing");
        assertEquals(felix, asked.getRetaggedBy());
        Contribution recommendation = new Contribution(null, 3, ContributionKind.RECOMMENDATION, null, null, "Book clubs", null, NOW);
        assertEquals("contribution.notAQuestion",
                assertThrows(Rejected.class, () -> recommendation.retag(ContributionType.PROBING, felix)).messageKey());
    }

    @Test
    void aQuestionHeldForLaterBecomesProbingAndIsKept() {
        Contribution early = question("Why do you think they lose focus?");
        early.holdForLater();
        assertTrue(early.isHeld());
        assertEquals(ContributionType.PROBING, early.getType());
    }

    @Test
    void answeringAQuestionMarksItAnswered() {
        Contribution question = question("How many students?");
        question.answer("Twenty-four.");
        assertTrue(question.isAnswered());
        assertEquals("Twenty-four.", question.getAnswer());
    }

    @Test
    void aSecondVoteFromTheSamePersonTakesTheFirstBack() {
        Contribution recommendation = new Contribution(null, 3, ContributionKind.RECOMMENDATION, null, null, "Try book clubs", null, NOW);
        assertTrue(recommendation.toggleVote(7));
        assertTrue(recommendation.toggleVote(8));
        assertEquals(2, recommendation.getVotes());
        assertFalse(recommendation.toggleVote(7));
        assertEquals(1, recommendation.getVotes());
        assertFalse(recommendation.hasVoteFrom(7));
    }

    @Test
    void onlyRecommendationsArePickedAndOnlyQuestionsAnswered() {
        assertThrows(Rejected.class, () -> question("Q?").pick(true));
        Contribution takeaway = new Contribution(null, 5, ContributionKind.TAKEAWAY, null, null, "Loved it", null, NOW);
        assertThrows(Rejected.class, () -> takeaway.answer("x"));
        assertThrows(Rejected.class, takeaway::holdForLater);
    }
}
