package org.marigold.browser;

import java.util.List;
import org.marigold.support.People;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** meeting/live.xhtml: the live meeting, with the console for facilitators. */
public final class MeetingPage {

    private final Browser browser;

    public MeetingPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("meetingTitle"));
    }

    public static MeetingPage open(Browser browser, String url) {
        browser.goTo(url);
        return new MeetingPage(browser);
    }

    /** Logs this person in and opens the meeting's live page. */
    public static MeetingPage logInAndOpen(Browser browser, String email, long meetingId) {
        LoginPage.logIn(browser, email, People.PASSWORD);
        browser.go("meeting/live.xhtml?m=" + meetingId);
        return new MeetingPage(browser);
    }

    /** The same, the page in this language ("fr"), as the language switcher's link sets it for the visit. */
    public static MeetingPage logInAndOpen(Browser browser, String email, long meetingId, String language) {
        LoginPage.logIn(browser, email, People.PASSWORD);
        browser.go("language?to=" + language + "&back=/meeting/live.xhtml?m=" + meetingId);
        return new MeetingPage(browser);
    }

    public String url() {
        return browser.driver().getCurrentUrl();
    }

    public String phaseTitle() {
        return browser.text(By.id("phaseTitle"));
    }

    /** When the meeting is, as the page says it (in the viewer's zone). */
    public String when() {
        return browser.text(By.id("meetingWhen"));
    }

    /** Where "Join the call" leads, or null when the page does not offer it. */
    public String joinTheCall() {
        List<WebElement> links = browser.all(By.id("joinCall"));
        return links.isEmpty() ? null : links.get(0).getAttribute("href");
    }

    /** Why a cancelled meeting is cancelled, as its page says. */
    public String cancelReason() {
        return browser.text(By.id("cancelReason"));
    }

    /** Marks the page's box as it is now, so as to tell later whether the page was rendered again since. */
    public void markTheBox() {
        mark("composerBox");
    }

    /** Whether the box on the page is the one marked, and shown: the page changed it itself, with no re-render. */
    public boolean showsTheMarkedBox() {
        return isMarked("composerBox") && Boolean.TRUE.equals(script("return !document.getElementById('composerBox').hidden;"));
    }

    /**
     * Marks the page's list of contributions as it is now, once no re-render the page asked for is still to come, so as
     * to tell later whether it was rendered again since.
     */
    public void markTheList() {
        waitUntilSettled();
        mark("contributionList");
    }

    private void waitUntilSettled() {
        browser.waitFor(() -> "no re-render on its way", d -> Boolean.TRUE.equals(script("return marigold.live.settled();")));
    }

    /** Whether the list on the page is the one marked: the page changed it itself, with no re-render. */
    public boolean showsTheMarkedList() {
        return isMarked("contributionList");
    }

    private void mark(String id) {
        script("document.getElementById(arguments[0]).dataset.marked = 'before';", id);
    }

    private boolean isMarked(String id) {
        return Boolean.TRUE.equals(script("var e = document.getElementById(arguments[0]); return !!e && e.dataset.marked === 'before';", id));
    }

    private Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    /** Waits, without reloading, until the page shows this phase: the push brought it. */
    public void waitForPhase(String title) {
        browser.waitFor(() -> "phase \"" + title + "\"", d -> d.findElement(By.id("phaseTitle")).getText().equals(title));
    }

    public String timer() {
        return browser.text(By.id("timer"));
    }

    /** Waits until the page's own script shows a countdown of this form (a regular expression, "(10|9):\\d\\d"). */
    public String waitForTimer(String pattern) {
        browser.waitFor(() -> "a timer reading " + pattern, d -> d.findElement(By.id("timer")).getText().matches(pattern));
        return timer();
    }

    /**
     * Lets the test cut this page off from its pushes: loaded before the page's scripts, it wraps WebSocket so
     * that incoming messages can be dropped, the connection broken as a network would break it, and new connections
     * fail before they open while the server cannot be reached ({@code window.__unreachable}).
     */
    public static final String UNRELIABLE_NETWORK = """
            (function () {
              var Real = window.WebSocket;
              window.__sockets = [];
              window.__deaf = false;
              window.__heard = []; // what the page took in, as it came
              function Unreliable(url, protocols) {
                if (window.__unreachable) { url = 'ws://127.0.0.1:9/'; } // nothing listens there: refused before it opens
                var socket = protocols ? new Real(url, protocols) : new Real(url);
                socket.addEventListener('message', function (event) {
                  if (window.__deaf) { event.stopImmediatePropagation(); } else { window.__heard.push(String(event.data)); }
                });
                window.__sockets.push(socket);
                return socket;
              }
              Unreliable.prototype = Real.prototype;
              ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (k) { Unreliable[k] = Real[k]; });
              window.WebSocket = Unreliable;
            })();
            """;

    /** Set before opening a page: its websocket cannot reach the server (until {@link #serverReachable()}). */
    public static final String SERVER_UNREACHABLE = "window.__unreachable = true;";

    /** Whether this page's websocket is open (under {@link #UNRELIABLE_NETWORK}). */
    public boolean connected() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return window.__sockets.some(function (s) { return s.readyState === 1; });"));
    }

    /** The network lets this page's websocket through again. */
    public void serverReachable() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.__unreachable = false;");
    }

    /** From now on, pushes to this page are lost, as on a connection that is failing. */
    public void missPushes() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.__deaf = true;");
    }

    /**
     * The page takes in a push about what is said (its server-side view reads the meeting again) and shows only the
     * list: the console and the phase stay as the person sees them, as when the phase change's own push is late.
     */
    public void hearsOnlyWhatIsSaid() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; rerenderContributions(); "
                        + "(function wait() { if (PrimeFaces.ajax.Queue.isEmpty()) { done(); } else { setTimeout(wait, 20); } })();");
    }

    /**
     * From now on, counts the re-renders of the page's phase and top the page asks for (under {@link #UNRELIABLE_NETWORK}),
     * and says how many pushes of a phase change it has taken in so far.
     */
    public int countRerenders() {
        script("window.__rerenders = []; ['rerenderAll', 'rerenderPhase', 'rerenderStage'].forEach(function (name) {"
                + " var command = window[name]; window[name] = function () { window.__rerenders.push(name); return command.apply(this, arguments); }; });");
        return phasePushesHeard();
    }

    private int phasePushesHeard() {
        return ((Number) script("return window.__heard.filter(function (data) { return /change\\W+phase/.test(data); }).length;")).intValue();
    }

    /**
     * Waits until the page has taken in more than {@code heard} pushes of a phase change and has nothing on its way,
     * then says which re-renders it asked for since {@link #countRerenders()}.
     */
    @SuppressWarnings("unchecked")
    public List<String> rerendersOnceMorePushesHeard(int heard) {
        browser.waitFor(() -> "a push of a phase change, taken in", d -> phasePushesHeard() > heard);
        waitUntilSettled();
        return (List<String>) script("return window.__rerenders;");
    }

    /** The failing connection breaks (abnormal close) and the page's websocket reconnects by itself. */
    public void connectionBreaksAndRecovers() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "window.__deaf = false; window.__sockets.forEach(function (s) { if (s.readyState === 1) { s.close(4000, 'network'); } });");
    }

    // Presenters
    /** Offers to present at this meeting and waits until the page names this person as its presenter. */
    public void volunteer(String myName) {
        browser.click(By.id("presenter:volunteer"));
        waitForPresenter(myName);
    }

    /** Waits, without reloading, until the page names this presenter (a push brings another person's choice). */
    public void waitForPresenter(String name) {
        browser.waitFor(() -> "presenter " + name, d -> d.findElement(By.id("presenterName")).getText().equals(name));
    }

    /** The "last time" card: what last meeting's presenter did, picked and tried. */
    public String lastTime() {
        return browser.text(By.id("lastTime"));
    }

    // Console
    /** Presses a console button once the page has no re-render on its way, which could move the button as it is pressed. */
    private void pressConsole(String id) {
        waitUntilSettled();
        browser.click(By.id(id));
    }

    public void openLobby() {
        pressConsole("consoleForm:open");
        browser.waitFor(() -> "the start button", d -> !d.findElements(By.id("consoleForm:start")).isEmpty());
    }

    public void start() {
        pressConsole("consoleForm:start");
    }

    public void next() {
        String before = phaseTitle();
        pressConsole("consoleForm:next");
        browser.waitFor(() -> "a phase after \"" + before + "\"", d -> !d.findElement(By.id("phaseTitle")).getText().equals(before));
    }

    public void previous() {
        String before = phaseTitle();
        pressConsole("consoleForm:previous");
        browser.waitFor(() -> "a phase before \"" + before + "\"", d -> !d.findElement(By.id("phaseTitle")).getText().equals(before));
    }

    /** Presses "previous phase" on the page as it is, and says what the page then shows: its message, or the phase it moved to. */
    public String pressPrevious() {
        String before = phaseTitle();
        By message = By.cssSelector("#pageMessages .ui-messages-error");
        pressConsole("consoleForm:previous");
        browser.waitFor(() -> "a message or a phase before \"" + before + "\"",
                d -> !d.findElements(message).isEmpty() || !d.findElement(By.id("phaseTitle")).getText().equals(before));
        return browser.all(message).isEmpty() ? "moved to " + phaseTitle() : browser.text(message);
    }

    /** Answers "will you come?" and waits for the counts to include it. */
    public void answerRsvp(String answer) {
        browser.click(By.xpath("//form[@id='rsvp']//button[normalize-space(.)='" + answer + "']"));
        browser.waitFor(() -> "\"" + answer + "\" chosen", d -> d.findElement(By.xpath("//form[@id='rsvp']//button[normalize-space(.)='"
                + answer + "']")).getAttribute("aria-pressed").equals("true"));
    }

    public String rsvpCounts() {
        return browser.text(By.id("rsvpCounts"));
    }

    public void end() {
        pressConsole("consoleForm:end");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    }

    // Saying things
    /** Types into the box without sending, as someone interrupted would. */
    public void typeWithoutSending(String text) {
        browser.type(By.id("composer:body"), text);
    }

    /** Waits until the box holds these words (put back by the page after a change), and says whether the page said so. */
    public boolean waitForBoxToHold(String text) {
        browser.waitFor(() -> "the box to hold \"" + text + "\"", d -> {
            try {
                return text.equals(d.findElement(By.id("composer:body")).getAttribute("value"));
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException notYet) {
                return false;
            }
        });
        return !browser.all(By.cssSelector(".draft-note")).isEmpty();
    }

    /** Whether the page shows a box to write in (its label), or null when it shows none. */
    public String boxLabel() {
        List<WebElement> labels = browser.all(By.id("composer:bodyLabel"));
        return labels.isEmpty() || !labels.get(0).isDisplayed() ? null : labels.get(0).getText();
    }

    /** Whether the page offers the kinds of question (clarifying, probing) under its box. */
    public boolean offersQuestionTypes() {
        return browser.all(By.id("composer:questionType")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Whether the page offers warm or cool under its box (the Tuning protocol's feedback). */
    public boolean offersFeedbackTypes() {
        return browser.all(By.id("composer:feedbackType")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Gives feedback of the sort whose label starts so ("Warm", "Cool", "Froide"…), as typed, and waits for it in the list. */
    public void giveFeedback(String sort, String text) {
        browser.clickFound(() -> "the \"" + sort + "\" choice", d -> d.findElements(By.cssSelector("#composer\\:feedbackType label")).stream()
                .filter(label -> label.getText().startsWith(sort)).findFirst().orElse(null));
        say(text);
    }

    /** Waits until the page says why this person has no box in this phase, and returns what it says. */
    public String waitForWhyNotWriting() {
        browser.waitFor(() -> "the page to say why there is no box", d -> {
            List<WebElement> why = d.findElements(By.id("whyNotWriting"));
            return !why.isEmpty() && why.get(0).isDisplayed() && !why.get(0).getText().isBlank();
        });
        return browser.text(By.id("whyNotWriting"));
    }

    /** The phase's instructions as the page shows them. */
    public String instructions() {
        return browser.text(By.id("instructions"));
    }

    /** Waits until the page shows these instructions (a pushed phase's, in the page's language), and returns them. */
    public String waitForInstructions(String text) {
        browser.waitFor(() -> "the instructions \"" + text + "\"", d -> d.findElement(By.id("instructions")).getText().equals(text));
        return instructions();
    }

    /** Opens "In other languages" under the phase's instructions, and returns what it shows; null when the page offers none. */
    public String otherLanguages() {
        List<WebElement> others = browser.all(By.id("otherLanguages"));
        if (others.isEmpty() || !others.get(0).isDisplayed()) {
            return null;
        }
        if (others.get(0).getAttribute("open") == null) {
            browser.click(By.cssSelector("#otherLanguages summary"));
        }
        return browser.text(By.id("otherLanguagesText"));
    }

    /** The protocol's name as the page shows it, beside the community's. */
    public String protocolName() {
        return browser.text(By.id("protocolName"));
    }

    public String boxText() {
        return browser.visible(By.id("composer:body")).getAttribute("value");
    }

    /** Reloads the page, as a person on a poor connection does. */
    public MeetingPage reload() {
        browser.driver().navigate().refresh();
        return new MeetingPage(browser);
    }

    public void say(String text) {
        browser.typeExactly(By.id("composer:body"), text);
        browser.click(By.id("composer:send"));
        waitForContribution(text);
    }

    public void waitForContribution(String text) {
        browser.waitFor(() -> "a contribution \"" + text + "\"", d -> contribution(text) != null);
    }

    public void waitForText(String text) {
        browser.waitForText(text);
    }

    /** The facilitator's run sheet's row for this phase, once it shows the phase as under way ("now"). */
    public String runSheetRowNow(String phase) {
        By row = By.xpath("//details[@id='runSheet']//tr[contains(@class,'now')][th[starts-with(normalize-space(.),'" + phase + "')]]");
        browser.waitFor(() -> "the run sheet showing \"" + phase + "\" under way", d -> !d.findElements(row).isEmpty());
        return browser.driver().findElement(row).getText();
    }

    /** The run sheet's first line: the projected end, and the minutes over or under so far. */
    public String runSheetSummary() {
        return browser.driver().findElement(By.cssSelector("#runSheet > summary")).getText();
    }

    /** The cue card of the phase, on a facilitator's console; null when the page shows none. */
    public String cueCard() {
        List<WebElement> cue = browser.driver().findElements(By.id("cue"));
        return cue.isEmpty() ? null : browser.text(By.id("cue"));
    }

    /** The phase's norm as everyone sees it, once the page shows it. */
    public String waitForNorm() {
        browser.waitFor(() -> "the phase's norm", d -> d.findElement(By.id("norm")).isDisplayed());
        return browser.text(By.cssSelector("#norm [data-field='norm']"));
    }

    public boolean hasRunSheet() {
        return !browser.driver().findElements(By.id("runSheet")).isEmpty();
    }

    /** The presenter answers a question inline. */
    public void answer(String question, String answer) {
        pressOn(question, "Answer");
        browser.visible(By.id("respondingTo"));
        browser.type(By.id("composer:body"), answer);
        browser.click(By.id("composer:send"));
        browser.waitForText("Answer: " + answer);
    }

    public void pick(String recommendation) {
        pressOn(recommendation, "I will try this");
        browser.waitFor(() -> "\"Will try\" on " + recommendation,
                d -> contribution(recommendation).getText().contains("Will try"));
    }

    /** Presses the button with this label on the contribution; waits until the list shows what it did. */
    public void press(String contribution, String button, java.util.function.Predicate<String> done, String expected) {
        pressOn(contribution, button);
        waitForContributionState(contribution, done, expected);
    }

    /** Clicks the button with this label on the contribution as the list shows it now, once it is there and enabled. */
    private void pressOn(String contribution, String button) {
        browser.clickFound(() -> "\"" + button + "\" on " + contribution, d -> {
            WebElement row = contribution(contribution);
            return row == null ? null
                    : row.findElements(By.xpath(".//button[normalize-space(.)='" + button + "']")).stream().findFirst().orElse(null);
        });
    }

    /** Waits until the contribution reads as expected (or is gone, when the predicate accepts null). */
    public void waitForContributionState(String contribution, java.util.function.Predicate<String> state, String expected) {
        browser.waitFor(() -> "\"" + contribution + "\" to show " + expected, d -> state.test(contributionText(contribution)));
    }

    /** A facilitator marks a question as a duplicate of another shown. */
    public void merge(String duplicate, String into) {
        browser.clickFound(() -> "\"Merge\" of " + duplicate + " into " + into, d -> {
            WebElement row = contribution(duplicate);
            if (row == null) {
                return null;
            }
            new org.openqa.selenium.support.ui.Select(row.findElement(By.tagName("select"))).selectByVisibleText(into);
            return row.findElement(By.xpath(".//button[normalize-space(.)='Merge']"));
        });
        waitForContributionState(duplicate, java.util.Objects::isNull, "gone");
    }

    /** The vote button's words on a contribution ("Like · 2") and whether it shows as pressed. */
    public String voteButton(String contribution) {
        WebElement button = contribution(contribution).findElement(By.cssSelector("button[data-act='vote']"));
        return button.getText() + ("true".equals(button.getAttribute("aria-pressed")) ? " (pressed)" : "");
    }

    /**
     * Waits until the vote button reads as expected ("Like · 1 (pressed)"): a like's count may come with its push just
     * before the presser's own list comes back with the button pressed.
     */
    public void waitForVoteButton(String contribution, String expected) {
        browser.waitFor(() -> "the vote button of " + contribution + " to read " + expected,
                d -> contribution(contribution) != null && expected.equals(voteButton(contribution))); // a replaced row: tried again
    }

    /** Whether the page made this contribution's row itself from the push that carried it (no re-render of the list). */
    public boolean addedFromPush(String text) {
        WebElement row = contribution(text);
        return row != null && "true".equals(row.getAttribute("data-pushed"));
    }

    /** Sends what the box holds, and waits until the box is empty again (what was sent may answer an earlier question). */
    public void sendTyped() {
        browser.click(By.id("composer:send"));
        browser.waitFor(() -> "the box emptied by the send", d -> d.findElement(By.id("composer:body")).getAttribute("value").isEmpty());
    }

    /** Opens one of a chat's earlier questions ("Q1") to read its answers and reply. */
    public void openEarlierQuestion(String label) {
        browser.clickFound(() -> "the earlier question " + label, d -> d.findElements(By.cssSelector("#earlierQuestions .earlier-question")).stream()
                .filter(WebElement::isDisplayed).map(q -> q.findElement(By.tagName("button")))
                .filter(b -> b.getText().startsWith(label + " ")).findFirst().orElse(null));
        browser.waitFor(() -> "the answers to " + label, d -> d.findElements(By.cssSelector("#earlierQuestions .earlier-question")).stream()
                .anyMatch(q -> q.findElement(By.tagName("button")).getText().startsWith(label + " ")
                        && "true".equals(q.findElement(By.tagName("button")).getAttribute("aria-expanded"))));
    }

    /** A facilitator brings a question held for later back in the phase now. */
    public void bringBack(String question) {
        browser.clickFound(() -> "\"Bring back now\" on " + question, d -> d.findElements(By.cssSelector("#heldQuestions li")).stream()
                .filter(li -> li.findElement(By.className("user-text")).getText().equals(question))
                .map(li -> li.findElement(By.cssSelector("button[data-act='bringBack']"))).findFirst().orElse(null));
        waitForContributionState(question, text -> text != null && text.contains("Brought back"), "brought back");
    }

    /** The questions held for later, as the facilitators' list shows them. */
    public List<String> heldQuestions() {
        return browser.all(By.cssSelector("#heldQuestions li .user-text")).stream().map(WebElement::getText).toList();
    }

    /** Replies to a chat answer through the composer. */
    public void reply(String answer, String text) {
        press(answer, "Reply", row -> true, "the reply box");
        browser.visible(By.id("respondingTo"));
        browser.type(By.id("composer:body"), text);
        browser.click(By.id("composer:send"));
        waitForReply(answer, text);
    }

    public void waitForReply(String answer, String text) {
        browser.waitFor(() -> "a reply \"" + text + "\" under \"" + answer + "\"", d -> {
            WebElement row = contribution(answer);
            return row != null && row.findElements(By.cssSelector("ul.replies li")).stream().anyMatch(li -> li.getText().contains(text));
        });
    }

    /** How many contributions the list shows. */
    public int contributionCount() {
        return browser.all(By.cssSelector("li.contribution")).size();
    }

    /** Asks for every contribution of the phase, not only the latest. */
    public void showAll() {
        browser.click(By.id("contributions:showEarlier"));
        browser.visible(By.id("contributions:showLatest"));
    }

    /** Goes back to the latest contributions of the phase. */
    public void showLatest() {
        browser.click(By.id("contributions:showLatest"));
        browser.visible(By.id("contributions:showEarlier"));
    }

    public void waitForContributionCount(int count) {
        browser.waitFor(() -> count + " contributions", d -> contributionCount() == count);
    }

    public String contributionText(String text) {
        WebElement found = contribution(text);
        return found == null ? null : found.getText();
    }

    /** The recommendations in the order the list shows them, each with its group's credit ("From Group 1 · …"), if any. */
    @SuppressWarnings("unchecked")
    public List<String> recommendations() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('li.contribution.kind-RECOMMENDATION')).map(li => {"
                        + " const from = li.querySelector('.from-group'); const body = li.querySelector('.body').textContent.trim();"
                        + " return from ? from.textContent.trim().replace(/\\s+/g, ' ') + ' · ' + body : body; });");
    }

    /** A facilitator names the note-taker on the live page. */
    public void nameNoteTaker(String name) {
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("noteTakerForm:noteTakerChoice"))).selectByVisibleText(name);
        browser.click(By.id("noteTakerForm:nameNoteTaker"));
        browser.waitForText("Taken by " + name + ".");
    }

    /** The note-taker writes the running notes (once the page offers them the box) and saves them. */
    public void saveNotes(String text) {
        browser.type(By.id("notesForm:notes"), text);
        browser.click(By.id("notesForm:saveNotes"));
        browser.waitForText("Saved: everyone sees them.");
    }

    /** The running notes as a reader sees them, once they read so. */
    public String waitForRunningNotes(String text) {
        browser.waitFor(() -> "the running notes to read " + text, d -> d.findElements(By.id("runningNotes")).stream()
                .anyMatch(notes -> notes.getText().equals(text)));
        return browser.text(By.id("runningNotes"));
    }

    /** "Most +1 first": waits for the list to show them so. */
    public void sortRecommendationsByVotes() {
        browser.click(By.id("contributions:sortByVotes"));
        browser.visible(By.id("contributions:sortAsSaid"));
    }

    private WebElement contribution(String text) {
        return browser.all(By.cssSelector("li.contribution")).stream()
                .filter(li -> li.findElement(By.className("body")).getText().equals(text))
                .findFirst().orElse(null);
    }

    /** A facilitator forms this many balanced groups from the people present (the presenter kept out). */
    public void formGroups(int count) {
        fillGroupsForm(count, 0);
        browser.click(By.id("groupsForm:formGroups"));
        browser.waitForText(count == 1 ? "One group is formed" : count + " groups are formed");
    }

    /** A facilitator makes this many empty groups that members choose themselves, at most {@code cap} in each. */
    public void formGroupsToChoose(int count, int cap) {
        fillGroupsForm(count, cap);
        browser.click(By.id("groupsForm:formGroups"));
        browser.waitForText(count + " groups are ready for members to choose");
    }

    /**
     * Fills the form that makes groups (members choose when {@code cap} is above 0), until it shows what was asked:
     * a push that re-renders the facilitator's page just after a phase change puts back an empty form.
     */
    private void fillGroupsForm(int count, int cap) {
        By asked = By.id("groupsForm:asked_input");
        By capped = By.id("groupsForm:cap_input");
        browser.waitFor(() -> count + " groups" + (cap > 0 ? " that members choose, " + cap + " in each," : "") + " in the form", d -> {
            unfoldForming();
            retype(d.findElement(asked), count);
            if (cap > 0) {
                if (!d.findElement(By.id("groupsForm:membersChoose_input")).isSelected()) {
                    d.findElement(By.cssSelector("[id='groupsForm:membersChoose'] .ui-chkbox-box")).click();
                }
                retype(browser.visible(capped), cap);
            }
            return Integer.toString(count).equals(d.findElement(asked).getAttribute("value"))
                    && (cap == 0 || Integer.toString(cap).equals(d.findElement(capped).getAttribute("value")));
        });
    }

    private static void retype(WebElement field, int number) {
        if (!Integer.toString(number).equals(field.getAttribute("value"))) {
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), Integer.toString(number));
        }
    }

    /** Unfolds the form that makes the groups, folded in the phases well before the breakouts. */
    public void unfoldForming() {
        // A push may re-render the facilitator's page just after a phase change: the form is looked up again then.
        browser.waitFor(() -> "the form that makes the groups, unfolded", d -> {
            WebElement forming = d.findElement(By.id("forming"));
            if (forming.getAttribute("open") == null) {
                forming.findElement(By.tagName("summary")).click();
            }
            return d.findElement(By.id("forming")).getAttribute("open") != null;
        });
    }

    /** A member joins a group that members choose. */
    public void choose(String group) {
        browser.click(By.cssSelector("#groups li.group[data-group='" + group + "'] button"));
        browser.waitForText("You are in " + group + ".");
    }

    /** Whether a group shows as full to this person. */
    public boolean isFull(String group) {
        browser.waitFor(() -> "groups listed", d -> !d.findElements(By.cssSelector("#groups li.group[data-group='" + group + "']")).isEmpty());
        return browser.text(By.cssSelector("#groups li.group[data-group='" + group + "']")).contains("Full");
    }

    public GroupPage openMyGroup() {
        browser.click(By.id("openMyGroup"));
        return new GroupPage(browser);
    }

    /** A facilitator opens any group's page from the overview. */
    public GroupPage openGroup(String group) {
        browser.click(By.cssSelector("#overviewTable tr[data-group='" + group + "'] th a"));
        return new GroupPage(browser);
    }

    /** Waits until the overview's card of a group's latest notes and finds reads as expected; returns its text. */
    public String waitForLatest(String group, java.util.function.Predicate<String> condition, String description) {
        By card = By.cssSelector("#groupLatest section[data-group='" + group + "']");
        browser.waitFor(() -> group + "'s latest: " + description, d -> d.findElements(card).stream().anyMatch(c -> condition.test(c.getText())));
        return browser.text(card);
    }

    /** A facilitator pins one of a group's latest notes for the room, from the overview, and waits until it shows pinned. */
    public void pin(String group, String note) {
        String row = "#groupLatest section[data-group='" + group + "'] li.latest-note";
        browser.clickFound(() -> "Pin beside \"" + note + "\"", d -> d.findElements(By.cssSelector(row)).stream()
                .filter(li -> li.findElement(By.className("latest-body")).getText().equals(note))
                .map(li -> li.findElement(By.tagName("button"))).findFirst().orElse(null));
        browser.waitFor(() -> "\"" + note + "\" pinned", d -> d.findElements(By.cssSelector(row + ".pinned")).stream()
                .anyMatch(li -> li.findElement(By.className("latest-body")).getText().equals(note)));
    }

    /** The notes pinned for the room, as the top of the page shows them ("Group · note"), once this one is there. */
    public List<String> waitForPinned(String note) {
        return PinnedNotes.waitFor(browser, note);
    }

    /** The cells of a group's overview row: name, people, notes, finds, last activity, flag. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> overviewCells(String group) {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var row = document.querySelector(\"#overviewTable tr[data-group='\" + arguments[0] + \"']\");"
                        + "return row ? Array.from(row.cells).map(c => c.textContent.trim()) : [];", group);
    }

    public void waitForOverview(String group, java.util.function.Predicate<java.util.List<String>> condition, String description) {
        browser.waitFor(() -> group + " " + description + " (" + overviewCells(group) + ")", d -> condition.test(overviewCells(group)));
    }

    public void broadcast(String message) {
        browser.type(By.id("overview:broadcast"), message);
        browser.click(By.id("overview:sendBroadcast"));
        browser.waitForText("Sent to every group.");
    }

    /** "Close the groups in 1 min": the groups count down before they close by themselves. */
    public void closeGroupsGently() {
        browser.click(By.id("overview:closeGroups"));
        browser.waitForText("The groups close in");
    }

    public void closeBreakouts() {
        String before = phaseTitle();
        browser.click(By.id("overview:closeBreakouts"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitFor(() -> "a phase after \"" + before + "\"", d -> !d.findElement(By.id("phaseTitle")).getText().equals(before));
    }

    /** Back in the room: the notes of one group as shown under "What the groups found". */
    @SuppressWarnings("unchecked")
    public java.util.List<String> groupNotes(String group) {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(\"#results section.group-result[data-group='\" + arguments[0] + \"'] li.note .note-body\"))"
                        + ".map(s => s.textContent.trim());", group);
    }

    public void waitForGroupNotes(String group) {
        browser.waitFor(() -> "notes of " + group + " in the room", d -> !groupNotes(group).isEmpty());
    }

    /** A group's member makes one of its notes a recommendation. */
    public void recommend(String note) {
        browser.clickFound(() -> "\"Recommend\" on the note \"" + note + "\" in the room",
                d -> GroupPage.noteButton(d, "#results li.note", note, "button.recommend"));
        waitForContribution(note);
    }

    /** The groups as the page lists them: "Group 1: Ana, Ben". */
    @SuppressWarnings("unchecked")
    public java.util.List<String> groups() {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#groups li.group')).map(li => li.innerText.trim());");
    }

    /** The breakout starter resources shown on the page, in order. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> starterTitles() {
        // Read in one script: a push may re-render the list between two element reads.
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#starterResources > li > a:first-child')).map(a => a.textContent.trim());");
    }

    public PreparePage prepare() {
        browser.click(By.id("prepareLink"));
        return new PreparePage(browser);
    }

    /** meeting/prepare.xhtml */
    public static final class PreparePage {
        private final Browser browser;

        PreparePage(Browser browser) {
            this.browser = browser;
            browser.visible(By.id("problem:title"));
        }

        /** Changes the minutes of this meeting's copy of a phase (0-based), saves, and goes back to the meeting. */
        public MeetingPage setPhaseMinutes(int index, int minutes) {
            WebElement field = browser.all(By.cssSelector("#phases fieldset.phase-draft")).get(index)
                    .findElement(By.cssSelector("input[id$='minutes_input']"));
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), Integer.toString(minutes));
            browser.click(By.id("phases:savePhases"));
            browser.waitForText("One phase is saved.");
            browser.click(By.id("backToMeeting"));
            return new MeetingPage(browser);
        }

        /** Chooses the library list the breakouts start from, and goes back to the meeting. */
        public MeetingPage chooseStarters(String listName) {
            browser.choose("starters:list", listName);
            browser.click(By.id("starters:saveStarters"));
            browser.waitForText("Breakouts will start from \"" + listName + "\".");
            browser.click(By.id("backToMeeting"));
            return new MeetingPage(browser);
        }

        /** In "Manage this meeting": gives a title and a start ("2031-01-15 19:30") and saves them; says what the page answers. */
        public String manage(String title, String startsAt) {
            browser.type(By.id("manage:title"), title);
            WebElement when = browser.visible(By.id("manage:startsAt_input"));
            when.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), startsAt, org.openqa.selenium.Keys.ESCAPE);
            browser.closeDatePicker(By.id("manage:startsAt_input"));
            return answer("manage", "manage:saveManaged");
        }

        /** In "Where we meet": gives the video call's link and the room and saves them; says what the page answers. */
        public String sayWhere(String callLink, String room) {
            browser.type(By.id("place:callLink"), callLink);
            browser.type(By.id("place:room"), room);
            return answer("place", "place:savePlace");
        }

        /** Presses a form's button and says the page's answer, a field's refusal or the message after saving. */
        private String answer(String formId, String buttonId) {
            WebElement form = browser.visible(By.id(formId));
            browser.click(By.id(buttonId));
            // The answer replaces the form (a refusal) or the whole page (saved): wait for that, not for an older message.
            browser.waitFor(() -> "an answer", org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form)::apply);
            return browser.text(By.cssSelector(".ui-messages-info, .ui-message-error"));
        }

        /** Cancels the meeting with this reason, confirming when asked. */
        public void cancelMeeting(String reason) {
            browser.type(By.id("manage:reason"), reason);
            browser.click(By.id("manage:cancelMeeting"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("The meeting is cancelled.");
        }

        /** "Plan it again" on a cancelled meeting. */
        public void planAgain() {
            browser.click(By.id("manage:reinstate"));
            browser.waitForText("The meeting is planned again.");
        }

        /** When the meeting is, as this page says it. */
        public String when() {
            return browser.text(By.id("meetingWhen"));
        }

        public MeetingPage writeProblem(String title, String context, String question) {
            browser.type(By.id("problem:title"), title);
            browser.type(By.id("problem:context"), context);
            browser.type(By.id("problem:question"), question);
            browser.click(By.id("problem:saveProblem"));
            browser.waitForText("The problem of practice is saved.");
            browser.click(By.id("backToMeeting"));
            return new MeetingPage(browser);
        }
    }
}
