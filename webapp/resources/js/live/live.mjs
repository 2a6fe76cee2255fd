/*
 * A meeting's live page (meeting/live.xhtml, and a breakout group's page, meeting/group.xhtml): the wiring to the page.
 * Faces' websocket and the page's remote commands call marigold.live (marigold.js), which hands their calls to this
 * module once it is loaded; what a push does is decided in received.mjs.
 */
import { received } from './received.mjs';
import { act, acted } from './contributions.mjs';
import { showAll } from './counts.mjs';
import * as rerender from './rerender.mjs';
import * as connection from './connection.mjs';
import { noteWrittenIn } from './composer.mjs';
import { tick } from './timer.mjs';

const marigold = window.marigold;
const voice = {
  /** Says the phase's announcement now (the re-render brings the same words, which are then not said twice). */
  phase(element, text) {
    marigold.announced[element.id] = text;
    marigold.announce(text);
  },
  /** Speaks what the page's announcing elements say now, if it changed. */
  changes() {
    marigold.announceChanges();
  }
};

marigold.live.ready({
  connected: connection.connected,
  received: (push) => received(push, voice),
  lost: connection.lost,
  gone: connection.gone,
  arriving: rerender.arriving,
  rerendered: rerender.done,
  acted,
  settled: rerender.settled
});

connection.restoreDrafts();
connection.watch();
document.addEventListener('input', noteWrittenIn);
document.addEventListener('click', (event) => act(event, window.marigoldAct));
if (window.jQuery) {
  // After any update: the counts pushed since the list was read go back on their buttons.
  window.jQuery(document).on('pfAjaxComplete', showAll);
}
setInterval(() => tick(Date.now(), marigold.announce), 500);
tick(Date.now(), marigold.announce);
