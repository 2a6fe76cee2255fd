/*
 * Re-rendering the part of the page a push named, through that part's remote command (meeting/live.xhtml and
 * meeting/group.xhtml name them as below). In a big meeting pushes come in bursts and every page asks at once, so the
 * push says how to spread the requests (`pace`, from the number of people present): a page waits a random part of it
 * before asking, and while a re-render is on its way or waiting, further pushes for the same part fold into one more,
 * sent a whole pace later. A re-render that never came back (a dropped connection) stops holding the others after
 * fifteen seconds.
 */
import { typed, putBack, label } from './composer.mjs';

/** Each part's remote command, by the name a push gives the part. */
export const COMMANDS = Object.freeze({
  all: 'rerenderAll',
  phase: 'rerenderPhase',
  stage: 'rerenderStage',
  contributions: 'rerenderContributions',
  attendance: 'rerenderAttendance',
  groups: 'rerenderGroups'
});

const GIVE_UP_MS = 15000;
const OWN_REQUEST_POLL_MS = 50;
const pending = new Map();

function command(part) {
  const name = COMMANDS[part];
  return name && typeof window[name] === 'function' ? window[name] : null;
}

/** Whether this page re-renders that part (it has the part's command). */
export function has(part) {
  return command(part) !== null;
}

/** Whether a re-render of this part is waiting or on its way. */
export function awaiting(part) {
  const state = pending.get(part);
  return !!state && Date.now() - state.since < GIVE_UP_MS + state.delay;
}

/** Whether any re-render is waiting or on its way, or the page has a request of its own on its way. */
export function busy() {
  return Array.from(pending.keys()).some(awaiting) || requestOnItsWay();
}

/**
 * Asks for a re-render of the part, spread over `pace` milliseconds, if it is still `needed()` when it would go; that is
 * asked once the page's own requests are answered, since an answer may show the change already.
 */
export function soon(part, pace, needed = () => true) {
  if (!command(part)) {
    return;
  }
  const state = pending.get(part);
  if (awaiting(part)) {
    const before = state.again;
    state.again = before ? () => before() || needed() : needed;
    state.pace = Math.max(state.pace, pace);
    return;
  }
  send(part, pace ? Math.floor(Math.random() * pace) : 0, pace, needed);
}

function send(part, delay, pace, needed) {
  const since = Date.now();
  const state = { since, delay, again: null, pace };
  pending.set(part, state);
  setTimeout(function go() {
    if (pending.get(part) !== state) {
      return; // forgotten
    } else if (requestOnItsWay() && Date.now() - since < GIVE_UP_MS) {
      setTimeout(go, OWN_REQUEST_POLL_MS);
    } else if (needed()) {
      command(part)();
    } else {
      done(part);
    }
  }, delay);
}

function requestOnItsWay() {
  const queue = window.PrimeFaces && window.PrimeFaces.ajax && window.PrimeFaces.ajax.Queue;
  return !!queue && !queue.isEmpty();
}

/** The whole page re-renders: the live page's command for it, or a group page's phase re-render. */
export function whole() {
  soon(has('all') ? 'all' : 'phase', 0);
}

/**
 * The re-render's answer came and is about to replace the page's parts: a re-render may come a few seconds after the
 * phase was shown, when the person has started typing in the new phase's box, so what they typed is read now and put
 * back into the box's new copy once it is there (the re-render does not send it).
 */
export function arriving(part) {
  const state = pending.get(part);
  if (state) {
    state.drafts = typed();
  }
}

/** The re-render is done (or failed): what was typed goes back, and a re-render asked for meanwhile is sent. */
export function done(part) {
  const state = pending.get(part);
  pending.delete(part);
  if (state && state.drafts) {
    putBack(state.drafts);
    const list = document.getElementById('contributionList');
    if (list) {
      label(list.dataset.phase);
    }
  }
  if (state && state.again) {
    send(part, state.pace, state.pace, state.again);
  }
}

/** Whether no re-render is waiting or on its way, nor any request of the page (browser tests wait for it). */
export function settled() {
  return pending.size === 0 && !busy();
}

/** Forgets every re-render (tests). */
export function forget() {
  pending.clear();
}
