// The push as the server sends it is read in one place (js/live/push.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../../../../webapp/resources/js/live/push.mjs';

test('a phase change sent as JSON is read with its phase and nothing else', () => {
  const push = read('{"change":"phase","pace":90,"phase":{"index":2,"count":5,"title":"Probing questions","instructions":"",'
    + '"wording":"consultancy.probing","remaining":600,"paused":false,"kind":"QUESTIONS","input":"QUESTION","light":true}}');
  assert.equal(push.change, 'phase');
  assert.equal(push.pace, 90);
  assert.deepEqual(push.phase, { index: 2, count: 5, title: 'Probing questions', instructions: '', norm: '', wording: 'consultancy.probing',
    remaining: 600, paused: false, kind: 'QUESTIONS', input: 'QUESTION', light: true, movesOn: false });
  assert.equal(push.present, null);
  assert.deepEqual(push.added, []);
  assert.deepEqual(push.votes, []);
});

test('what was said keeps its words as typed, markup included, for the page to set as text', () => {
  const push = read({ change: 'contributions', pace: 0, added: [{ id: 41, phase: 1, kind: 'QUESTION', parent: 0, author: 'Maya',
    body: 'What have you <b>tried</b>?', type: 'PROBING', prompt: 0 }], votes: [{ id: 7, count: 3, at: 1700000000000001 }] });
  assert.equal(push.added[0].body, 'What have you <b>tried</b>?');
  assert.equal(push.added[0].parent, 0);
  assert.deepEqual(push.votes, [{ id: 7, count: 3, at: 1700000000000001 }]);
  assert.equal(push.phase, null);
});

test('an arrival names who came and how many are here; a phase a push leaves out is not light', () => {
  const push = read({ change: 'attendance', pace: 30, present: { count: 12, names: ['Sam Rivera'] } });
  assert.deepEqual(push.present, { count: 12, names: ['Sam Rivera'] });
  assert.equal(read({ change: 'stage', phase: { index: 0, count: 2, title: 'T', remaining: 5 } }).phase.light, false);
});
