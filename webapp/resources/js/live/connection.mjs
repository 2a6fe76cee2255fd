/*
 * The meeting's websocket (f:websocket in meeting/live.xhtml and meeting/group.xhtml) and catching up on what it missed.
 * Faces reconnects a dropped socket by itself but does not say when, and whatever changed meanwhile was never pushed;
 * nor does it try again a socket that failed before it ever opened (the server busy as hundreds join, a phone's network
 * still waking up), or one it gave up on. So the page catches up whole after a drop, when it is shown again, and when
 * the browser comes back online, and tries again itself a socket that never opened.
 */
import { whole } from './rerender.mjs';
import { typed, putBack } from './composer.mjs';

const SOCKET = 'meetingSocket';
const state = { renderedAt: Date.now(), connected: false, tries: 0, catchUp: null };

/** Says on the page that it has lost its connection (WEB-INF/includes/offline.xhtml), or that it is back. */
export function showOffline(offline) {
  const notice = document.getElementById('offline');
  if (notice && notice.hidden === offline) {
    notice.hidden = !offline;
  }
}

/** Opens the socket again if Faces gave up on it (Faces' open does nothing while it is open). */
export function connectAgain() {
  if (!window.faces || !window.faces.push) {
    return;
  }
  try {
    window.faces.push.open(SOCKET);
  } catch (noSocket) {
    // a page without the meeting's websocket
  }
}

/** The page catches up whole, and its socket is opened again if Faces gave up on it. */
export function catchUp() {
  whole();
  connectAgain();
}

/**
 * The socket opened. What changed between the page's rendering and now was pushed to nobody here: a fraction of a
 * second as a rule, but seconds on a slow network or after a failed first try; such a page catches up once, whole.
 */
export function connected() {
  const late = state.tries > 0 || Date.now() - state.renderedAt > 2000;
  showOffline(false);
  state.connected = true;
  state.tries = 0;
  if (late) {
    clearTimeout(state.catchUp);
    whole();
  }
}

/** The socket dropped (a phone asleep, a train tunnel): the page catches up shortly after. */
export function lost() {
  showOffline(true);
  clearTimeout(state.catchUp);
  state.catchUp = setTimeout(catchUp, 2000);
}

/**
 * The socket closed. Refused by the server, it no longer knows this page (1008, "unknown channel": the instance that
 * served it died and another took over, or it restarted) or the session ended (1000, "Expired"): the page is loaded
 * afresh, showing the current phase and timer (the remembered login carries the person over), with what was being typed
 * put back; never more than one reload in ten seconds. Other closes keep the page as it is: a socket that never opened
 * is tried again, a little later each time.
 */
export function gone(code, channel, event) {
  const refused = code === 1008 || (code === 1000 && event && event.reason === 'Expired');
  if (!refused) {
    showOffline(true);
    if (!state.connected && state.tries < 25) {
      state.tries += 1;
      setTimeout(connectAgain, 500 * state.tries); // it never opened: Faces will not try again
    }
    return;
  }
  clearTimeout(state.catchUp);
  const last = Number(sessionStorage.getItem('marigold.reloadedAt') || 0);
  if (Date.now() - last < 10000) {
    return;
  }
  sessionStorage.setItem('marigold.reloadedAt', String(Date.now()));
  keepDrafts();
  window.location.reload();
}

function draftsKey() {
  return 'marigold.drafts:' + window.location.pathname + window.location.search;
}

/** What is typed, kept for this tab across a reload. */
export function keepDrafts() {
  try {
    sessionStorage.setItem(draftsKey(), JSON.stringify(typed()));
  } catch (refused) {
    // Storage refused (private mode, quota): the reload goes ahead; the text was not sent, and is lost.
  }
}

/** After a reload: what was typed before it goes back into the boxes. */
export function restoreDrafts() {
  let drafts;
  try {
    drafts = JSON.parse(sessionStorage.getItem(draftsKey()) || '{}');
    sessionStorage.removeItem(draftsKey());
  } catch (unreadable) {
    drafts = {};
  }
  putBack(drafts);
}

/** Listens for the page shown again and the browser online again or offline. */
export function watch() {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      catchUp();
    }
  });
  window.addEventListener('online', catchUp);
  window.addEventListener('offline', () => showOffline(true));
}
