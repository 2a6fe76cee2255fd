// Re-renders a push asks for (js/live/rerender.mjs), the connection (connection.mjs), the countdown (timer.mjs), and the
// stand-in marigold.js gives Faces until the modules are loaded.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { page, later } from './page.mjs';
import * as rerender from '../../../../webapp/resources/js/live/rerender.mjs';
import * as connection from '../../../../webapp/resources/js/live/connection.mjs';
import { tick, format } from '../../../../webapp/resources/js/live/timer.mjs';

beforeEach(() => rerender.forget());

test('pushes while a re-render is on its way fold into one more, sent when it is done', async () => {
  const { sent } = page('');
  rerender.soon('contributions', 0);
  rerender.soon('contributions', 0);
  rerender.soon('contributions', 0);
  await later();
  assert.deepEqual(sent, ['rerenderContributions']);
  assert.equal(rerender.settled(), false);
  rerender.done('contributions');
  await later();
  assert.deepEqual(sent, ['rerenderContributions', 'rerenderContributions']);
  rerender.done('contributions');
  assert.equal(rerender.settled(), true);
});

test('what is typed while a re-render is on its way goes back into the box it brings empty', () => {
  const { document } = page('<textarea id="composer:body"></textarea>');
  rerender.soon('phase', 0);
  document.getElementById('composer:body').value = 'Typed meanwhile';
  rerender.arriving('phase');
  document.body.innerHTML = '<textarea id="composer:body"></textarea>'; // the re-render's new copy of the box
  rerender.done('phase');
  assert.equal(document.getElementById('composer:body').value, 'Typed meanwhile');
});

test('a part the page has no command for is not asked for; a group page catches up whole through its phase', async () => {
  const { window, sent } = page('');
  delete window.rerenderAll;
  delete window.rerenderContributions;
  rerender.soon('contributions', 0);
  rerender.whole();
  await later();
  assert.deepEqual(sent, ['rerenderPhase']);
});

test('a socket that opens late catches the page up whole, and says it is online again', async () => {
  const { document, sent } = page('<p id="offline"></p><span id="x"></span>');
  document.getElementById('offline').hidden = true;
  connection.lost();
  assert.equal(document.getElementById('offline').hidden, false);
  await new Promise((resolve) => setTimeout(resolve, 5)); // the page was rendered a moment before: late, so it catches up
  connection.gone(1006); // never opened: tried again later, no reload
  connection.connected();
  await later();
  assert.equal(document.getElementById('offline').hidden, true);
  assert.ok(sent.includes('rerenderAll'));
});

test('the countdown shows minutes and seconds, then time over, and says each once', () => {
  const { document, said } = page('<span id="t" data-remaining="61" data-paused="false" data-warning="One minute left" data-over="Time is up" data-over-label="over"></span>');
  const timer = document.getElementById('t');
  tick(0, (text) => said.push(text));
  assert.equal(timer.textContent, '1:01');
  tick(2000, (text) => said.push(text));
  tick(3000, (text) => said.push(text));
  assert.equal(timer.textContent, '0:58');
  tick(66000, (text) => said.push(text));
  assert.equal(timer.textContent, '+0:05 over');
  assert.deepEqual(said, ['One minute left', 'Time is up']);
  assert.equal(format(185), '3:05');
});

const MOVING_ON = `<span id="timer" data-remaining="3" data-paused="false" data-moves-on="true" data-warning="One minute left"
  data-over="Time is up" data-over-label="over"></span>
  <div id="movingOn" hidden data-grace="10" data-pattern="Time is up: moving on in {0} s." data-now="Time is up: moving on now…">
  <strong id="movingOnText"></strong><button id="stayForm:stay">Stay</button></div>`;

test('a phase that moves on by itself counts down the grace once its time is up, said once, and hides when it stays', () => {
  const { document, said } = page(MOVING_ON);
  const banner = document.getElementById('movingOn');
  const text = () => document.getElementById('movingOnText').textContent;
  tick(0, (words) => said.push(words));
  assert.equal(banner.hidden, true, 'not before its time is up');
  tick(3000, (words) => said.push(words));
  assert.equal(banner.hidden, false);
  assert.equal(text(), 'Time is up: moving on in 10 s.');
  tick(7000, (words) => said.push(words));
  assert.equal(text(), 'Time is up: moving on in 6 s.');
  tick(20000, (words) => said.push(words));
  assert.equal(text(), 'Time is up: moving on now…');
  assert.deepEqual(said, ['One minute left', 'Time is up: moving on in 10 s.'], 'said once, in place of "time is up"');

  document.getElementById('timer').dataset.movesOn = 'false'; // a facilitator stayed (the push says so)
  tick(21000, (words) => said.push(words));
  assert.equal(banner.hidden, true);
});

test('a paused phase that moves on by itself does not count down', () => {
  const { document } = page(MOVING_ON);
  document.getElementById('timer').dataset.paused = 'true';
  document.getElementById('timer').dataset.remaining = '-4';
  tick(0, () => {});
  assert.equal(document.getElementById('movingOn').hidden, true);
});

const CLOSING = `<span id="timer" data-remaining="150" data-paused="false" data-moves-on="true" data-warning="One minute left"
  data-over="Time is up" data-over-label="over"></span>
  <p id="closingSoon" hidden data-warn-at="120" data-pattern="The groups close in {0}: send what you are writing."><strong id="closingSoonText"></strong></p>
  <div id="movingOn" hidden data-grace="10" data-pattern="Time is up: moving on in {0} s." data-now="Time is up: moving on now…">
  <strong id="movingOnText"></strong></div>`;

test('breakout groups see their warned last minutes counted down, said once in place of "one minute left"', () => {
  const { document, said } = page(CLOSING);
  const banner = document.getElementById('closingSoon');
  const text = () => document.getElementById('closingSoonText').textContent;
  tick(0, (words) => said.push(words));
  assert.equal(banner.hidden, true, 'not before the warning');
  tick(30000, (words) => said.push(words));
  assert.equal(banner.hidden, false);
  assert.equal(text(), 'The groups close in 2:00: send what you are writing.');
  tick(105000, (words) => said.push(words));
  assert.equal(text(), 'The groups close in 0:45: send what you are writing.');
  tick(150000, (words) => said.push(words));
  assert.equal(banner.hidden, true, 'time is up: the room is coming back');
  assert.equal(document.getElementById('movingOn').hidden, false);
  assert.deepEqual(said, ['The groups close in 2:00: send what you are writing.', 'Time is up: moving on in 10 s.']);
});

test('breakout groups that do not move on by themselves are not told they close', () => {
  const { document, said } = page(CLOSING);
  document.getElementById('timer').dataset.movesOn = 'false';
  tick(0, (words) => said.push(words));
  tick(100000, (words) => said.push(words));
  assert.equal(document.getElementById('closingSoon').hidden, true);
  assert.deepEqual(said, ['One minute left']);
});

test('calls Faces makes before the modules are ready wait for them, in order', () => {
  const { window, document } = page('');
  const calls = [];
  const context = vm.createContext({ window, document, setTimeout, clearTimeout });
  vm.runInContext(readFileSync(new URL('../../../../webapp/resources/js/marigold.js', import.meta.url), 'utf8') + '\nwindow.marigold = marigold;', context);
  const live = window.marigold.live;
  live.connected();
  live.received('{"change":"phase"}');
  assert.equal(live.settled(), false);
  live.ready({ connected: () => calls.push('connected'), received: (push) => calls.push(push), settled: () => true });
  assert.deepEqual(calls, ['connected', '{"change":"phase"}']);
  live.received('next');
  assert.deepEqual(calls, ['connected', '{"change":"phase"}', 'next']);
  assert.equal(live.settled(), true);
});
