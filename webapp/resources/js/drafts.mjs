/*
 * Nothing typed and not sent is lost. A box marked data-draft="<key>" keeps what is typed in it in the browser's
 * localStorage, per meeting and box; when the page puts the box back empty (a phase change, a move between the room
 * and a group page, a reload, a lost connection, a server failover), the text is put back and the page says so.
 * What was sent is forgotten once the page shows the box emptied after the send.
 *
 * Marks on the page:
 *   data-draft="meeting-12-main"         the box and its key
 *   data-draft-restored="Your ... back." what to say when text is put back
 *   data-draft-takes="meeting-12-group-" the box also takes a draft whose own box is gone (a group's unsent note once
 *                                        the breakouts have closed)
 */

const PREFIX = 'marigold.draft.';
/** Drafts older than this are dropped: a month later nobody remembers them. */
const KEPT_FOR = 14 * 24 * 60 * 60 * 1000;

/** The drafts kept in a Storage (localStorage, or any object with getItem/setItem/removeItem/key/length). */
export function createDrafts(storage, now = () => Date.now()) {
  function read(key) {
    try {
      const kept = JSON.parse(storage.getItem(PREFIX + key));
      if (!kept || typeof kept.text !== 'string') {
        return null;
      }
      if (now() - kept.at > KEPT_FOR) {
        storage.removeItem(PREFIX + key);
        return null;
      }
      return kept;
    } catch (unreadable) {
      return null;
    }
  }

  function keys() {
    const found = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const name = storage.key(i);
        if (name && name.startsWith(PREFIX)) {
          found.push(name.substring(PREFIX.length));
        }
      }
    } catch (unavailable) {
      // no storage (a private window that refuses it): nothing is kept
    }
    return found;
  }

  return {
    /** Keeps what is in a box; an emptied box keeps nothing. */
    save(key, text) {
      try {
        if (text.trim() === '') {
          storage.removeItem(PREFIX + key);
        } else {
          storage.setItem(PREFIX + key, JSON.stringify({ text, at: now() }));
        }
      } catch (full) {
        // storage full or refused: the box still holds the text
      }
    },

    text(key) {
      const kept = read(key);
      return kept ? kept.text : null;
    },

    forget(key) {
      try {
        storage.removeItem(PREFIX + key);
      } catch (unavailable) {
        // nothing was kept
      }
    },

    /** The newest draft whose key starts with this prefix and is not one of these keys. */
    newestStartingWith(prefix, except) {
      let newest = null;
      for (const key of keys()) {
        if (key.startsWith(prefix) && !except.has(key)) {
          const kept = read(key);
          if (kept && (!newest || kept.at > newest.at)) {
            newest = { key, text: kept.text, at: kept.at };
          }
        }
      }
      return newest;
    }
  };
}

/**
 * What to do with one box as the page now shows it: 'sent' (the box came back empty after its text was sent: the
 * draft is forgotten), 'restored' (it came back empty with a draft: the text is put back), or nothing.
 */
export function settle(box, drafts, sending) {
  if (box.value !== '') {
    return null;
  }
  const kept = drafts.text(box.key);
  if (kept === null) {
    return null;
  }
  if (sending.get(box.key) === kept) {
    sending.delete(box.key);
    drafts.forget(box.key);
    return 'sent';
  }
  box.value = kept;
  return 'restored';
}

/** A box that takes drafts left by boxes no longer on the page: the newest is moved into it. */
export function adopt(box, prefix, drafts, keysOnPage) {
  if (box.value !== '' || drafts.text(box.key) !== null) {
    return false;
  }
  const orphan = drafts.newestStartingWith(prefix, keysOnPage);
  if (!orphan) {
    return false;
  }
  box.value = orphan.text;
  drafts.save(box.key, orphan.text);
  drafts.forget(orphan.key);
  return true;
}

/** Wires the drafts to a page: remembers typing, notes sends, and settles boxes whenever the page changes. */
export function keepDrafts(document, storage) {
  const drafts = createDrafts(storage);
  const sending = new Map();
  const boxes = () => Array.from(document.querySelectorAll('[data-draft]'));
  const asBox = (element) => ({
    key: element.getAttribute('data-draft'),
    get value() { return element.value; },
    set value(text) { element.value = text; }
  });

  function tell(element) {
    const words = element.getAttribute('data-draft-restored');
    const announcer = document.getElementById('announcer');
    if (words && announcer) {
      announcer.textContent = words;
    }
    let note = element.parentNode && element.parentNode.querySelector('.draft-note');
    if (words && !note && element.parentNode) {
      note = document.createElement('p');
      note.className = 'hint draft-note';
      note.textContent = words;
      element.insertAdjacentElement('afterend', note);
    }
  }

  function settleAll() {
    const present = boxes();
    const keysOnPage = new Set(present.map((element) => element.getAttribute('data-draft')));
    for (const element of present) {
      const box = asBox(element);
      const takes = element.getAttribute('data-draft-takes');
      if (settle(box, drafts, sending) === 'restored' || (takes && adopt(box, takes, drafts, keysOnPage))) {
        tell(element);
      }
    }
  }

  document.addEventListener('input', (event) => {
    const element = event.target;
    if (element && element.matches && element.matches('[data-draft]')) {
      drafts.save(element.getAttribute('data-draft'), element.value);
    }
  });
  // A send is a button pressed (or Enter) in a form that holds a box: what it held is what was sent.
  const noteSending = (event) => {
    const form = event.target && event.target.closest && event.target.closest('form');
    if (form) {
      for (const element of form.querySelectorAll('[data-draft]')) {
        sending.set(element.getAttribute('data-draft'), element.value);
      }
    }
  };
  document.addEventListener('click', (event) => {
    if (event.target && event.target.closest && event.target.closest('button, input[type=submit]')) {
      noteSending(event);
    }
  }, true);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target && event.target.matches && event.target.matches('input[data-draft]')) {
      noteSending(event);
    }
  }, true);

  let pending = false;
  new document.defaultView.MutationObserver(() => {
    if (!pending) {
      pending = true;
      setTimeout(() => {
        pending = false;
        settleAll();
      }, 0);
    }
  }).observe(document.body, { childList: true, subtree: true });
  settleAll();
  return { settleAll };
}

if (typeof window !== 'undefined' && window.document && window.localStorage) {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => keepDrafts(document, window.localStorage));
  } else {
    keepDrafts(document, window.localStorage);
  }
}
