// A page for the live modules' tests: linkedom's DOM as the browser's globals, with what the page's scripts provide.
import { parseHTML } from 'linkedom';

/** Makes `html` the page (inside <body>); returns its window, with what was announced and the remote commands sent. */
export function page(html) {
  const { window, document } = parseHTML('<!doctype html><html><head></head><body>' + html + '</body></html>');
  const said = [];
  const sent = [];
  window.marigold = { announced: {}, announce: (text) => said.push(text), announceChanges: () => said.push('(changes)') };
  for (const command of ['rerenderAll', 'rerenderPhase', 'rerenderStage', 'rerenderContributions', 'rerenderAttendance', 'rerenderGroups']) {
    window[command] = () => sent.push(command);
  }
  globalThis.window = window;
  globalThis.document = document;
  return { window, document, said, sent };
}

/** A meeting's list as meeting/live.xhtml renders it, in phase 1, with the templates a member's page holds. */
export const LIST = `
  <h2 id="phaseTitle">Clarifying questions</h2><p id="instructions">Ask what you need to know</p>
  <span id="phaseCounter" data-pattern="Phase {0} of {1}">Phase 2 of 5</span>
  <span id="timer" data-remaining="300" data-paused="false">5:00</span>
  <span id="phaseAnnouncement" data-now="Now:"></span>
  <span id="contributionAnnouncement"></span>
  <p id="earlier" hidden><span id="earlierText" data-pattern="{0} earlier" data-count="0"></span></p>
  <ul id="contributionList" data-phase="1" data-kind="QUESTIONS" data-latest="3" data-bound="3" data-read-at="1000">
    <li class="contribution" id="contribution-1" data-phase="1"><span data-field="body">First</span><ul class="replies"></ul>
      <button id="vote-1" data-act="vote" data-id="1"><span data-field="votes">0</span></button></li>
  </ul>
  <div id="contributionTemplates" hidden>
    <template data-kind="QUESTION" data-announce-pattern="New question: {0}"><li class="contribution" id="contribution-__id__"
      data-phase="0"><span data-field="label" data-pattern="A{0}">A</span><span data-field="type"></span>
      <span data-field="author"></span><p data-field="body"></p><ul class="replies"></ul>
      <button id="vote-__id__" data-act="vote" data-id="__id__"><span data-field="votes">0</span></button></li></template>
    <template data-kind="REPLY"><li class="reply" id="contribution-__id__"><span data-field="author"></span><p data-field="body"></p></li></template>
    <span data-type="PROBING">Probing</span><span data-type="CLARIFYING">Clarifying</span>
  </div>`;

/** What the server pushes (org.marigold.meeting.push.Push, as JSON): a question said in phase 1. */
export function saidPush(id, body, extra = {}) {
  return JSON.stringify({ change: 'contributions', pace: 0, added: [Object.assign({ id, phase: 1, kind: 'QUESTION', parent: 0,
    author: 'Maya Chen', body, type: 'PROBING', prompt: 0 }, extra)] });
}

/** Lets the timers the modules set run (a re-render spread over no pace waits no time). */
export function later() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
