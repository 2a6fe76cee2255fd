// Unit tests of the browser's drafts (node --test, run by mvn test): what is typed and not sent comes back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDrafts, settle, adopt } from '../../../webapp/resources/js/drafts.mjs';

function memoryStorage() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
    key: (index) => Array.from(items.keys())[index] ?? null,
    get length() { return items.size; }
  };
}

const box = (key, value = '') => ({ key, value });

test('a box put back empty gets its unsent text back', () => {
  const drafts = createDrafts(memoryStorage());
  drafts.save('meeting-1-main', 'How many students read below grade');
  const rerendered = box('meeting-1-main');
  assert.equal(settle(rerendered, drafts, new Map()), 'restored');
  assert.equal(rerendered.value, 'How many students read below grade');
});

test('a box emptied after its text was sent forgets the draft', () => {
  const drafts = createDrafts(memoryStorage());
  drafts.save('meeting-1-main', 'Sent question');
  const sending = new Map([['meeting-1-main', 'Sent question']]);
  assert.equal(settle(box('meeting-1-main'), drafts, sending), 'sent');
  assert.equal(drafts.text('meeting-1-main'), null);
  assert.equal(settle(box('meeting-1-main'), drafts, sending), null, 'and does not put it back later');
});

test('text typed after a send that was refused is kept', () => {
  const drafts = createDrafts(memoryStorage());
  drafts.save('meeting-1-main', 'Too fast');
  const sending = new Map([['meeting-1-main', 'Too fast']]);
  const kept = box('meeting-1-main', 'Too fast');
  assert.equal(settle(kept, drafts, sending), null, 'the page kept the text in the box');
  drafts.save('meeting-1-main', 'Too fast, and more');
  assert.equal(settle(box('meeting-1-main'), drafts, sending), 'restored', 'a later re-render brings back the newer text');
});

test('a box with text in it is left alone', () => {
  const drafts = createDrafts(memoryStorage());
  drafts.save('meeting-1-main', 'old');
  const typing = box('meeting-1-main', 'new words');
  assert.equal(settle(typing, drafts, new Map()), null);
  assert.equal(typing.value, 'new words');
});

test('drafts are kept per meeting and box', () => {
  const drafts = createDrafts(memoryStorage());
  drafts.save('meeting-1-main', 'one');
  drafts.save('meeting-2-main', 'two');
  drafts.save('meeting-1-reply-7', 'reply');
  assert.equal(drafts.text('meeting-2-main'), 'two');
  assert.equal(drafts.text('meeting-1-reply-7'), 'reply');
  drafts.save('meeting-1-main', '   ');
  assert.equal(drafts.text('meeting-1-main'), null, 'emptying a box keeps nothing');
});

test('a group note left unsent when the breakouts close moves into the room box', () => {
  const drafts = createDrafts(memoryStorage());
  drafts.save('meeting-1-group-5-note', 'Our group found three strategies');
  const room = box('meeting-1-main');
  assert.equal(adopt(room, 'meeting-1-group-', drafts, new Set(['meeting-1-main'])), true);
  assert.equal(room.value, 'Our group found three strategies');
  assert.equal(drafts.text('meeting-1-main'), 'Our group found three strategies');
  assert.equal(drafts.text('meeting-1-group-5-note'), null, 'moved, not copied');
  assert.equal(adopt(box('meeting-1-main'), 'meeting-1-group-', drafts, new Set()), false, 'nothing else to take');
});

test('a group note whose box is on the page stays there', () => {
  const drafts = createDrafts(memoryStorage());
  drafts.save('meeting-1-group-5-note', 'still here');
  assert.equal(adopt(box('meeting-1-main'), 'meeting-1-group-', drafts, new Set(['meeting-1-group-5-note'])), false);
});

test('drafts from weeks ago are dropped', () => {
  let now = 0;
  const drafts = createDrafts(memoryStorage(), () => now);
  drafts.save('meeting-1-main', 'long ago');
  now = 15 * 24 * 60 * 60 * 1000;
  assert.equal(drafts.text('meeting-1-main'), null);
});

test('a storage that refuses everything loses nothing from the box', () => {
  const refusing = { getItem() { throw new Error('denied'); }, setItem() { throw new Error('denied'); },
    removeItem() { throw new Error('denied'); }, key() { throw new Error('denied'); }, get length() { throw new Error('denied'); } };
  const drafts = createDrafts(refusing);
  drafts.save('meeting-1-main', 'typed');
  const typed = box('meeting-1-main', 'typed');
  assert.equal(settle(typed, drafts, new Map()), null);
  assert.equal(typed.value, 'typed');
  assert.equal(drafts.newestStartingWith('meeting-1-', new Set()), null);
});
