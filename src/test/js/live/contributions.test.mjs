// A button on a contribution (WEB-INF/tags/act.xhtml) sends its action with the page's one remote command for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { page } from './page.mjs';
import { act, acted } from '../../../../webapp/resources/js/live/contributions.mjs';

test('a facilitator\'s "make it probing" sends the question and the kind it becomes, once, until the answer comes', () => {
  const { document } = page(`<li id="contribution-7"><button id="retag-7" data-act="retag" data-id="7" data-to="PROBING">
    <span>Make it probing</span></button></li>`);
  const sent = [];
  const press = () => act({ target: document.querySelector('#retag-7 span') }, (params) => sent.push(params));
  press();
  press();
  assert.deepEqual(sent, [[{ name: 'act', value: 'retag' }, { name: 'id', value: '7' }, { name: 'to', value: 'PROBING' }]]);
  acted({});
  press();
  assert.equal(sent.length, 2, 'pressable again once answered');
});

test('a merge sends the question chosen beside it; a like sends only itself', () => {
  const { document } = page(`<li><select id="into-3"><option value="5" selected>How many?</option></select>
    <button id="merge-3" data-act="merge" data-id="3">Merge</button><button id="vote-3" data-act="vote" data-id="3">Like</button></li>`);
  const sent = [];
  act({ target: document.getElementById('merge-3') }, (params) => sent.push(params));
  act({ target: document.getElementById('vote-3') }, (params) => sent.push(params));
  assert.deepEqual(sent, [[{ name: 'act', value: 'merge' }, { name: 'id', value: '3' }, { name: 'into', value: '5' }],
    [{ name: 'act', value: 'vote' }, { name: 'id', value: '3' }]]);
});
