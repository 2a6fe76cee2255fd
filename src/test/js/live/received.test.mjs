// What a push does to a meeting's page, decided once (js/live/received.mjs), on a page as meeting/live.xhtml renders it.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { page, LIST, saidPush, later } from './page.mjs';
import { received } from '../../../../webapp/resources/js/live/received.mjs';
import * as rerender from '../../../../webapp/resources/js/live/rerender.mjs';
import { forget, showAll } from '../../../../webapp/resources/js/live/counts.mjs';

const voice = (said) => ({ phase: (element, text) => said.push(text), changes: () => said.push('(changes)') });

const COMPOSER = `<div id="composerBox" hidden><label id="composer:bodyLabel">Your question</label>
  <span data-composer-phase="2">Your probing question</span><span data-composer-phase="3">Your recommendation</span>
  <input id="composer:writtenIn" value=""><textarea id="composer:body"></textarea></div>
  <p id="whyNotWriting" hidden></p><span data-silence-phase="4">The presenter listens</span>
  <div id="questionTypeField" data-types-for="QUESTION" hidden></div>`;

function phasePush(index, title, light, extra = {}, version = 0) {
  return JSON.stringify({ change: 'phase', pace: 0, phase: Object.assign({ index, count: 5, title, instructions: 'Go deeper', wording: '',
    remaining: 600, paused: false, kind: 'QUESTIONS', input: 'QUESTION', light }, extra), version });
}

beforeEach(() => {
  rerender.forget();
  forget();
});

test('a member steps to a phase that shows nothing yet from the push alone: header, list and box, no re-render', async () => {
  const { document, sent } = page(LIST + COMPOSER);
  const said = [];
  document.getElementById('composer:body').value = 'Half-typed';

  assert.equal(received(phasePush(2, 'Probing questions', true), voice(said)), 'stepped');
  await later();

  assert.equal(document.getElementById('phaseTitle').textContent, 'Probing questions');
  assert.equal(document.getElementById('instructions').textContent, 'Go deeper');
  assert.equal(document.getElementById('phaseCounter').textContent, 'Phase 3 of 5');
  assert.equal(document.getElementById('timer').dataset.remaining, '600');
  assert.equal(document.getElementById('contributionList').children.length, 0, 'the list moves on with the phase');
  assert.equal(document.getElementById('composerBox').hidden, false);
  assert.equal(document.getElementById('composer:bodyLabel').textContent, 'Your probing question');
  assert.equal(document.getElementById('questionTypeField').hidden, false);
  assert.equal(document.getElementById('composer:body').value, 'Half-typed', 'what was typed stays');
  assert.deepEqual(said, ['Now: Probing questions']);
  assert.deepEqual(sent, []);
});

test('a facilitator\'s page, and a phase that shows something already, re-render once the header is shown', async () => {
  const facilitator = page(LIST + COMPOSER + '<form id="consoleForm"></form>');
  assert.equal(received(phasePush(2, 'Probing questions', true), voice([])), 're-render');
  await later();
  assert.equal(facilitator.document.getElementById('phaseTitle').textContent, 'Probing questions');
  assert.deepEqual(facilitator.sent, ['rerenderPhase']);

  rerender.forget();
  const member = page(LIST + COMPOSER);
  assert.equal(received(phasePush(2, 'Probing questions', false), voice([])), 're-render');
  await later();
  assert.deepEqual(member.sent, ['rerenderPhase']);
});

test('a page with a re-render on its way re-renders again rather than step from the push (its answer would bring the old phase)', async () => {
  const { sent } = page(LIST + COMPOSER);
  received(JSON.stringify({ change: 'stage', pace: 0 }), voice([]));
  assert.equal(received(phasePush(2, 'Probing questions', true), voice([])), 're-render');
  await later();
  assert.deepEqual(sent, ['rerenderStage', 'rerenderPhase']);
});

test('a built-in phase is shown in the page\'s language, from the words the page holds', () => {
  const { document } = page(LIST + '<span data-wording="consultancy.probing" data-title="Questions approfondies" data-instructions="Allez plus loin"></span>');
  received(phasePush(2, 'Probing questions', false, { wording: 'consultancy.probing' }), voice([]));
  assert.equal(document.getElementById('phaseTitle').textContent, 'Questions approfondies');
  assert.equal(document.getElementById('instructions').textContent, 'Allez plus loin');
});

test('a bilingual chat\'s question shows in the page\'s language first, the others under "In other languages", as text', () => {
  const OTHERS = '<details id="otherLanguages" hidden><summary>In other languages</summary><div id="otherLanguagesText"></div></details>';
  const { document } = page(LIST + OTHERS + '<span data-wording="phase-2" data-title="Q2" data-instructions="Qu’essayez-vous <b>cette</b> semaine ?">'
    + '<span class="other-language" data-name="As first written:">What will you try &lt;b&gt;this&lt;/b&gt; week?</span></span>');
  received(phasePush(2, 'Q2', false, { wording: 'phase-2', instructions: 'What will you try <b>this</b> week?' }), voice([]));
  assert.equal(document.getElementById('instructions').textContent, 'Qu’essayez-vous <b>cette</b> semaine ?');
  const others = document.getElementById('otherLanguages');
  assert.equal(others.hidden, false);
  assert.equal(others.querySelector('#otherLanguagesText').textContent, 'As first written: What will you try <b>this</b> week?');
  assert.equal(others.querySelector('b'), null, 'never as markup');
  received(phasePush(3, 'Q3', false, { instructions: 'One word for today?' }), voice([]));
  assert.equal(others.hidden, true, 'a question in one language hides them');
});

const NORM = '<p id="norm" hidden><strong>Norm:</strong> <span data-field="norm"></span></p>';

test('a phase\'s norm shows with its header, in the page\'s language for a built-in phase, and goes when the next has none', () => {
  const { document } = page(LIST + NORM + '<span data-wording="consultancy.discussion" data-title="Discussion" data-instructions="Parlez du dilemme"'
    + ' data-norm="La personne qui présente écoute et prend des notes."></span>');
  const norm = document.getElementById('norm');
  received(phasePush(2, 'Probing questions', false, { norm: 'Open questions; no advice.' }), voice([]));
  assert.equal(norm.hidden, false);
  assert.equal(norm.querySelector('[data-field="norm"]').textContent, 'Open questions; no advice.');
  received(phasePush(3, 'Discussion', false, { wording: 'consultancy.discussion', norm: 'The presenter listens and takes notes.' }), voice([]));
  assert.equal(norm.querySelector('[data-field="norm"]').textContent, 'La personne qui présente écoute et prend des notes.');
  received(phasePush(4, 'Debrief', false, { norm: '' }), voice([]));
  assert.equal(norm.hidden, true);
});

test('something said is added from its template, its words as text, and announced; nothing is asked of the server', async () => {
  const { document, sent } = page(LIST);
  const said = [];
  assert.equal(received(saidPush(41, 'What have you <b>tried</b>?'), voice(said)), 'added');
  await later();
  const row = document.getElementById('contribution-41');
  assert.ok(row, 'the question is on the list');
  assert.equal(row.querySelector('[data-field="body"]').textContent, 'What have you <b>tried</b>?');
  assert.equal(row.querySelector('b'), null, 'never as markup');
  assert.equal(row.querySelector('[data-field="author"]').textContent, 'Maya Chen');
  assert.equal(row.querySelector('[data-field="type"]').textContent, 'Probing');
  assert.equal(row.querySelector('[data-field="label"]'), null, 'not a chat answer: no A-number');
  assert.equal(row.dataset.phase, '1');
  assert.equal(document.getElementById('vote-41').dataset.id, '41');
  assert.equal(document.getElementById('contributionAnnouncement').getAttribute('data-announce'), 'New question: What have you <b>tried</b>?');
  assert.deepEqual(said, ['(changes)']);
  assert.deepEqual(sent, []);
});

test('past the latest the list shows, the oldest goes and the count of earlier ones grows', () => {
  const { document } = page(LIST);
  received(saidPush(42, 'Second'), voice([]));
  received(saidPush(43, 'Third'), voice([]));
  received(saidPush(44, 'Fourth'), voice([]));
  const ids = Array.from(document.querySelectorAll('#contributionList > li')).map((li) => li.id);
  assert.deepEqual(ids, ['contribution-42', 'contribution-43', 'contribution-44']);
  assert.equal(document.getElementById('earlierText').textContent, '1 earlier');
  assert.equal(document.getElementById('earlier').hidden, false);
});

test('a reply goes under its answer; the person\'s own, already there, and what was said in another phase are left', async () => {
  const { document, sent } = page(LIST);
  received(saidPush(50, 'Me too', { parent: 1, kind: 'REPLY' }), voice([]));
  assert.equal(document.querySelector('#contribution-1 ul.replies #contribution-50 [data-field="body"]').textContent, 'Me too');
  assert.equal(received(saidPush(1, 'First'), voice([])), 'added');
  assert.equal(document.querySelectorAll('#contribution-1').length, 1);
  assert.equal(received(saidPush(60, 'Late', { phase: 0 }), voice([])), 'added');
  assert.equal(document.getElementById('contribution-60'), null);
  await later();
  assert.deepEqual(sent, []);
});

test('a kind the page holds no template for re-renders the list', async () => {
  const { sent } = page(LIST);
  assert.equal(received(saidPush(70, 'We recommend', { kind: 'RECOMMENDATION' }), voice([])), 're-render');
  await later();
  assert.deepEqual(sent, ['rerenderContributions']);
});

test('a like\'s count goes on its button; a count read before the list was read is not shown', () => {
  const { document } = page(LIST);
  received(JSON.stringify({ change: 'contributions', pace: 0, votes: [{ id: 1, count: 4, at: 2000 }] }), voice([]));
  assert.equal(document.querySelector('#vote-1 [data-field="votes"]').textContent, '4');
  received(JSON.stringify({ change: 'contributions', pace: 0, votes: [{ id: 1, count: 3, at: 1500 }] }), voice([]));
  assert.equal(document.querySelector('#vote-1 [data-field="votes"]').textContent, '4', 'an older count arriving late loses');
  // The list is rendered again, read at 3000 with a count of 5: the count kept from 2000 is not put back over it.
  document.getElementById('contributionList').dataset.readAt = '3000';
  document.querySelector('#vote-1 [data-field="votes"]').textContent = '5';
  showAll();
  assert.equal(document.querySelector('#vote-1 [data-field="votes"]').textContent, '5', 'the list, read later, knows better');
});

const LOBBY = `<h2 id="presentCount" data-pattern="{0} here" data-names="2" data-count="1">1 here</h2>
  <ul id="presentNames"><li>Félix</li></ul><p id="presentMore" data-pattern="and {0} more" data-count="0" hidden></p>`;

test('arrivals are added newest first, an older push does not lower the count, and names beyond the limit become "and N more"', () => {
  const { document } = page(LOBBY);
  assert.equal(received(JSON.stringify({ change: 'attendance', pace: 0, present: { count: 3, names: ['Maya', 'Sam'] } }), voice([])), 'arrived');
  const names = () => Array.from(document.querySelectorAll('#presentNames li')).map((li) => li.textContent);
  assert.deepEqual(names(), ['Sam', 'Maya']);
  assert.equal(document.getElementById('presentCount').textContent, '3 here');
  assert.equal(document.getElementById('presentMore').textContent, 'and 1 more');
  assert.equal(document.getElementById('presentMore').hidden, false);
  received(JSON.stringify({ change: 'attendance', pace: 0, present: { count: 2, names: ['Maya'] } }), voice([]));
  assert.equal(document.getElementById('presentCount').textContent, '3 here');
  assert.deepEqual(names(), ['Sam', 'Maya']);
});

test('more arrivals than a push names, or a facilitator\'s page, read who is here again', async () => {
  const member = page(LOBBY);
  assert.equal(received(JSON.stringify({ change: 'attendance', pace: 0, present: { count: 4, names: ['Lena'] } }), voice([])), 're-render');
  await later();
  assert.deepEqual(member.sent, ['rerenderAttendance']);
  rerender.forget();
  const facilitator = page(LOBBY + '<form id="consoleForm"></form>');
  assert.equal(received(JSON.stringify({ change: 'attendance', pace: 0, present: { count: 2, names: ['Lena'] } }), voice([])), 're-render');
  assert.equal(facilitator.document.querySelector('#presentNames li').textContent, 'Lena', 'the name is shown while the page re-renders');
});

const STAGE = (version) => `<div id="stage" data-version="${version}"></div>`;

test('the facilitator\'s page that made a step shows it from its own answer: the step\'s push asks for nothing', async () => {
  const facilitator = page(STAGE(8) + LIST + COMPOSER + '<form id="consoleForm"></form>');
  assert.equal(received(phasePush(2, 'Probing questions', false, {}, 8), voice([])), 'shown');
  await later();
  assert.deepEqual(facilitator.sent, []);
  assert.equal(facilitator.document.getElementById('phaseTitle').textContent, 'Clarifying questions', 'left as its answer drew it');
  assert.equal(rerender.settled(), true);

  const other = page(STAGE(7) + LIST + COMPOSER + '<form id="consoleForm"></form>');
  assert.equal(received(phasePush(2, 'Probing questions', false, {}, 8), voice([])), 're-render', 'another facilitator\'s page');
  await later();
  assert.deepEqual(other.sent, ['rerenderPhase']);
});

test('a step\'s push that comes before the page\'s own answer is looked at again once the answer is in', async () => {
  const own = page(STAGE(7) + LIST + COMPOSER + '<form id="consoleForm"></form>');
  let answering = true;
  own.window.PrimeFaces = { ajax: { Queue: { isEmpty: () => !answering } } };
  assert.equal(received(phasePush(2, 'Probing questions', false, {}, 8), voice([])), 're-render');
  await waited(120);
  assert.deepEqual(own.sent, [], 'nothing asked while the answer is on its way');
  own.document.getElementById('stage').dataset.version = '8'; // the answer drew the step
  answering = false;
  await waited(120);
  assert.deepEqual(own.sent, []);
  assert.equal(rerender.settled(), true);

  rerender.forget();
  answering = true;
  assert.equal(received(phasePush(3, 'Breakout research', false, {}, 10), voice([])), 're-render', 'a later step by someone else');
  answering = false;
  await waited(120);
  assert.deepEqual(own.sent, ['rerenderPhase']);
});

test('a push that names no version (anything but a step of the run) never counts as shown', async () => {
  const { sent } = page(STAGE(8) + LIST + '<form id="consoleForm"></form>');
  assert.equal(received(JSON.stringify({ change: 'stage', pace: 0 }), voice([])), 're-render');
  await later();
  assert.deepEqual(sent, ['rerenderStage']);
});

function waited(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
