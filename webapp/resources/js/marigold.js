/* Small progressive enhancements for Marigold's pages. */
var marigold = window.marigold || {};

/** A live meeting changed: run the page's remote command for that kind of change (see meeting/live.xhtml). */
/**
 * The meeting's websocket dropped (a phone asleep, a train tunnel); Faces reconnects it by itself but does not
 * say when, and whatever changed meanwhile was never pushed. So the whole page catches up shortly after, and
 * again whenever the page becomes visible or the browser comes back online.
 */
marigold.meetingConnectionLost = function () {
  marigold.showOffline(true);
  clearTimeout(marigold.catchUp);
  marigold.catchUp = setTimeout(marigold.catchUpWhole, 2000);
};
/** The whole page re-rendered: the live page's own command for it, or a page's phase re-render (a group's page). */
marigold.reRenderWhole = function () {
  marigold.meetingChanged(typeof window.marigoldRefresh_all === 'function' ? 'all' : 'phase');
};
/** The page catches up whole, and its websocket is opened again if Faces gave up on it. */
marigold.catchUpWhole = function () {
  marigold.reRenderWhole();
  marigold.connectAgain();
};

/*
 * Faces tries a dropped websocket again by itself, but not one that failed before it ever opened (the server busy as
 * hundreds join, a phone's network still waking up), nor one it gave up on after its tries: such a page would never
 * hear of a change again. The page tries again itself, a little later each time, and whenever it is shown again or
 * the browser comes back online (Faces' open does nothing while the socket is open).
 */
marigold.socketId = 'meetingSocket';
marigold.connectTries = 0;
marigold.connectAgain = function () {
  if (!window.faces || !faces.push) {
    return;
  }
  try {
    faces.push.open(marigold.socketId);
  } catch (noSocket) {
    // a page without the meeting's websocket
  }
};

/*
 * The meeting's websocket opened for the first time. What changed between the page's rendering and this moment was
 * pushed to nobody here: a fraction of a second as a rule, but seconds on a slow network, or after a first attempt
 * failed. Such a page catches up once, whole.
 */
marigold.renderedAt = Date.now();
marigold.meetingConnected = function () {
  var late = marigold.connectTries > 0 || Date.now() - marigold.renderedAt > 2000;
  marigold.showOffline(false);
  marigold.connected = true;
  marigold.connectTries = 0;
  if (late) {
    clearTimeout(marigold.catchUp);
    marigold.reRenderWhole();
  }
};
document.addEventListener('visibilitychange', function () {
  if (document.visibilityState === 'visible') {
    marigold.catchUpWhole();
  }
});
window.addEventListener('online', marigold.catchUpWhole);
window.addEventListener('offline', function () { marigold.showOffline(true); });

/**
 * Says on a meeting's page that it has lost its connection (WEB-INF/includes/offline.xhtml): what the person types is
 * kept, and the page catches up by itself once it is connected again, when the notice goes.
 */
marigold.showOffline = function (offline) {
  var notice = document.getElementById('offline');
  if (notice && notice.hidden === offline) {
    notice.hidden = !offline;
  }
};

/**
 * The meeting's websocket was refused by the server: it no longer knows this page (1008, "unknown channel": the
 * instance that served it died and another took over, or it restarted) or the session ended (1000, "Expired"). The
 * page is loaded afresh, showing the current phase and timer (the remembered login carries the person over), and what
 * was being typed is put back. Other closes keep the page as it is: a socket that never opened is tried again
 * (marigold.connectAgain); one Faces gave up on (long offline) is opened again, with a catch-up, when the page is
 * shown again or the connection returns. Never more than one reload in ten seconds.
 */
marigold.meetingPageGone = function (code, channel, event) {
  var refused = code === 1008 || (code === 1000 && event && event.reason === 'Expired');
  if (!refused) {
    marigold.showOffline(true);
    if (!marigold.connected && marigold.connectTries < 25) {
      marigold.connectTries += 1;
      setTimeout(marigold.connectAgain, 500 * marigold.connectTries); // it never opened: Faces will not try again
    }
    return;
  }
  clearTimeout(marigold.catchUp);
  var last = Number(sessionStorage.getItem('marigold.reloadedAt') || 0);
  if (Date.now() - last < 10000) {
    return;
  }
  sessionStorage.setItem('marigold.reloadedAt', String(Date.now()));
  marigold.keepDrafts();
  window.location.reload();
};

/** What is typed in the page's text areas, by the area's id, with what the page noted of it (data-typed: the question it answers). */
marigold.typed = function () {
  var drafts = {};
  document.querySelectorAll('textarea[id], input[data-typed][id]').forEach(function (area) {
    if (area.value.trim()) {
      drafts[area.id] = area.value;
    }
  });
  return drafts;
};

/*
 * A chat answer stays with the question it was typed under: the box notes the phase the person started typing in
 * (composer:writtenIn, sent with the answer), so an answer to Q1 sent after Q2 came out is still A1, and the box's
 * label says which question it answers (marigold.labelComposer).
 */
document.addEventListener('input', function (event) {
  var area = event.target;
  var written = document.getElementById('composer:writtenIn');
  var list = document.getElementById('contributionList');
  if (!area || area.id !== 'composer:body' || !written || !list) {
    return;
  }
  if (area.value.trim() === '') {
    written.value = '';
  } else if (written.value === '' && list.dataset.kind === 'PROMPT') {
    written.value = list.dataset.phase;
  }
});
/** Labels the box for the phase now, or for the chat question its text was typed under. */
marigold.labelComposer = function (phaseIndex) {
  var box = document.getElementById('composerBox');
  var bodyLabel = document.getElementById('composer:bodyLabel');
  var written = document.getElementById('composer:writtenIn');
  var area = document.getElementById('composer:body');
  if (!box || !bodyLabel || document.getElementById('respondingTo')) {
    return;
  }
  var under = written && written.value !== '' && area && area.value.trim() !== '' ? written.value : String(phaseIndex);
  var label = box.querySelector('[data-composer-phase="' + under + '"]') || box.querySelector('[data-composer-phase="' + phaseIndex + '"]');
  if (label) {
    bodyLabel.textContent = label.textContent;
  }
};

/** What is typed in the page's text areas, kept for this tab across a reload (see marigold.meetingPageGone). */
marigold.keepDrafts = function () {
  var drafts = marigold.typed();
  try {
    sessionStorage.setItem('marigold.drafts:' + location.pathname + location.search, JSON.stringify(drafts));
  } catch (e) {
    // Storage refused (private mode, quota): the reload goes ahead; the text was not sent, and is lost.
  }
};

document.addEventListener('DOMContentLoaded', function () {
  var key = 'marigold.drafts:' + location.pathname + location.search;
  var drafts;
  try {
    drafts = JSON.parse(sessionStorage.getItem(key) || '{}');
    sessionStorage.removeItem(key);
  } catch (e) {
    drafts = {};
  }
  Object.keys(drafts).forEach(function (id) {
    var area = document.getElementById(id);
    if (area && !area.value) {
      area.value = drafts[id];
    }
  });
});

/**
 * Says something to screen readers through the page's one live region (layout.xhtml), which AJAX updates never
 * replace, so it is heard; nobody's focus moves.
 */
marigold.announce = function (text) {
  var region = document.getElementById('announcer');
  if (region && text) {
    region.textContent = '';
    setTimeout(function () { region.textContent = text; }, 50);
  }
};

/**
 * Elements with data-announce carry what changed (the phase now, the newest question, a broadcast). When an update
 * brings a different text than the last one heard for that element, it is announced; on first load nothing is.
 */
marigold.announced = {};
marigold.announceChanges = function () {
  document.querySelectorAll('[data-announce]').forEach(function (element) {
    var text = element.getAttribute('data-announce');
    var before = marigold.announced[element.id];
    marigold.announced[element.id] = text;
    if (before !== undefined && text && text !== before) {
      marigold.announce(text);
    }
  });
};
/* Focuses this element, if nothing else has the focus, as soon as it can take it (a disabled button when enabled). */
marigold.focusAgain = function (element) {
  var lost = function () {
    return !document.activeElement || document.activeElement === document.body;
  };
  if (!element || typeof element.focus !== 'function' || !lost()) {
    return;
  }
  if (!element.disabled) {
    element.focus({ preventScroll: true });
    return;
  }
  var watch = new MutationObserver(function () {
    if (!element.disabled) {
      watch.disconnect();
      if (lost()) {
        element.focus({ preventScroll: true });
      }
    }
  });
  watch.observe(element, { attributes: true, attributeFilter: ['disabled'] });
};
document.addEventListener('DOMContentLoaded', function () {
  marigold.announceChanges();
  if (!window.jQuery) {
    return;
  }
  // An update that re-renders the element someone was on (the button they pressed) would drop their focus to the
  // top of the page; it goes back to the element's new copy instead, so a keyboard user carries on where they were.
  // The same for a button PrimeFaces disables while its request runs (Find), which loses the focus as it is disabled:
  // so the focus is noted at the request's start, before the button is disabled, and given back once it is enabled.
  var focusedId = null;
  window.jQuery(document).on('pfAjaxStart', function () {
    var active = document.activeElement;
    focusedId = active && active !== document.body && active.id ? active.id : null;
  });
  window.jQuery(document).on('pfAjaxComplete', function () {
    marigold.showCounts();
    marigold.announceChanges();
    if (focusedId) {
      marigold.focusAgain(document.getElementById(focusedId));
    }
    focusedId = null;
  });
});

/*
 * A push names the part of the page that changed; the page asks the server to re-render that part. In a big meeting
 * pushes come in bursts and every page asks at once, so the push also says how to spread the requests ("pace", from
 * the number of people present): a page waits a random part of it before asking, and while a re-render is on its
 * way or waiting, further pushes for the same part fold into one more, sent a whole pace later. A phase change or a
 * clock change carries the phase itself, shown at once (title, instructions, counter, timer), so everyone sees the
 * new phase as soon as the push arrives; the re-render that follows brings the rest (the input area, the lists), or
 * none follows when the new phase shows nothing yet (marigold.stepLightly).
 * A re-render that never came back (a dropped connection) stops holding the others after fifteen seconds.
 */
marigold.refreshing = {};
marigold.meetingChanged = function (message) {
  var change = typeof message === 'string' ? message : message.change;
  var pace = typeof message === 'object' && message.pace ? Number(message.pace) : 0;
  var lightly = change === 'phase' && typeof message === 'object' && message.phase && marigold.mayStepLightly(message.phase);
  if (typeof message === 'object' && message.phase) {
    marigold.showPhase(message.phase);
  }
  if (lightly) {
    marigold.stepLightly(message.phase);
    return;
  }
  if (typeof message === 'object' && (message.added || message.votes)) {
    // What was said and liked close together comes in one push, in order: each is added, then each count is put on its
    // button; if one cannot be, the list re-renders.
    var all = [].concat(message.added || []).map(function (said) { return marigold.append(said); })
      .concat([].concat(message.votes || []).map(function (votes) { return marigold.counted(votes); }));
    if (all.indexOf(false) < 0) {
      return;
    }
  }
  if (typeof message === 'object' && message.present && marigold.arrived(message.present)) {
    return;
  }
  marigold.refreshSoon(change, pace);
};

/*
 * A phase change to a phase that shows nothing yet (the push says so: nothing said in it, nothing kept from earlier
 * phases, no breakout in it or behind it, not paused) needs no re-render on most pages: the page shows the phase from
 * the push (marigold.showPhase, which also empties the list) and its box with the label for what the phase takes from
 * this person (or why it takes nothing from them),
 * keeping what was typed. In a meeting of hundreds that spares the server a request from every page at each step.
 * Pages with more to follow still ask: a facilitator's (the console), a page in the lobby or paused, someone answering
 * a question, a page whose list shows a breakout, and a page with a request on its way or waiting, whose answer,
 * rendered before the change, would bring the old phase back.
 */
marigold.mayStepLightly = function (phase) {
  var list = document.getElementById('contributionList');
  var waiting = Object.keys(marigold.refreshing).some(marigold.awaiting);
  var sending = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.isEmpty();
  return phase.light === true && !!list && !!document.getElementById('timer') && list.dataset.phase !== String(phase.index)
    && list.dataset.kind !== 'BREAKOUT' && !document.getElementById('consoleForm') && !document.getElementById('respondingTo')
    && !document.getElementById('paused') && !waiting && !sending;
};
marigold.stepLightly = function (phase) {
  document.getElementById('contributionList').dataset.kind = phase.kind;
  var why = document.getElementById('whyNotWriting');
  var silence = document.querySelector('[data-silence-phase="' + phase.index + '"]');
  if (why) {
    why.textContent = silence ? silence.textContent : '';
    why.hidden = !silence;
  }
  var box = document.getElementById('composerBox');
  if (!box) {
    return; // this person writes in none of the meeting's phases
  }
  box.hidden = !box.querySelector('[data-composer-phase="' + phase.index + '"]');
  marigold.labelComposer(phase.index);
  var types = document.getElementById('questionTypeField');
  if (types) {
    types.hidden = phase.input !== 'QUESTION';
  }
};

/*
 * Something new was said and the push carries it: the page adds it to its list from the template it holds for that
 * kind (meeting/live.xhtml, rendered with this person's buttons and words), so nobody's page asks the server to render
 * the whole list again. Returns false when the page cannot (it holds no template for that kind, or the list's bound
 * needs a count the page does not show yet): the page re-renders the list then.
 */
marigold.append = function (said) {
  var list = document.getElementById('contributionList');
  var templates = document.getElementById('contributionTemplates');
  if (!list || !templates) {
    return false;
  }
  // An answer to an earlier chat question goes to its thread when the person has it open.
  var thread = list.dataset.phase !== String(said.phase) ? document.getElementById('thread-' + said.phase) : null;
  if (list.dataset.phase !== String(said.phase) && !thread) {
    // Said in a phase the list does not show: the page has moved on (what was said close together comes up to half a
    // second later), or it is about to, and the phase's re-render, which the phase's push asks for, reads what it shows.
    return true;
  }
  if (document.getElementById('contribution-' + said.id)) {
    return true; // already there: the person's own, rendered by their send
  }
  var template;
  var place = thread || list;
  if (said.parent) {
    var parent = document.getElementById('contribution-' + said.parent);
    if (!parent) {
      return true; // under an answer not on screen (one of the earlier ones hidden)
    }
    template = templates.querySelector('template[data-kind="REPLY"]');
    place = parent.querySelector('ul.replies');
  } else {
    template = templates.querySelector('template[data-kind="' + said.kind + '"]');
  }
  if (!template || !place) {
    return false;
  }
  var latest = Number(list.dataset.latest || 0);
  var ofPhase = list.querySelectorAll(':scope > li.contribution[data-phase="' + said.phase + '"]');
  var earlier = document.getElementById('earlierText');
  var dropOldest = !said.parent && !thread && latest > 0 && ofPhase.length >= latest;
  if (dropOldest && !earlier) {
    return false;
  }
  place.appendChild(marigold.fromTemplate(template, said));
  if (dropOldest) {
    ofPhase[0].remove();
    var count = Number(earlier.dataset.count) + 1;
    earlier.dataset.count = String(count);
    earlier.textContent = earlier.dataset.pattern.replace('{0}', String(count));
    earlier.parentNode.hidden = false;
  }
  var announcement = document.getElementById('contributionAnnouncement');
  if (announcement && template.dataset.announcePattern) {
    announcement.setAttribute('data-announce', template.dataset.announcePattern.replace('{0}', said.body));
    marigold.announceChanges();
  }
  return true;
};

/*
 * People arrived and the push says who (in the order they came; several when they came close together) and how many
 * are here now: the page adds each name at the top of who is here (the latest forty are named, then "and N more"). A
 * facilitator's page also re-renders, for its breakout card (groups are formed from the people present): false is
 * returned then.
 */
marigold.arrived = function (present) {
  var count = document.getElementById('presentCount');
  var names = document.getElementById('presentNames');
  var more = document.getElementById('presentMore');
  if (!count || !names || !more) {
    return false;
  }
  // The page's list was read with a count (data-count): arrivals it already shows (the person's own, read after their
  // arrival, or one a re-render brought) are not added twice, and an older push does not lower the count.
  var known = Number(count.dataset.count || 0);
  var fresh = Math.max(0, Number(present.count) - known);
  var arrivals = [].concat(present.names || []);
  if (fresh > arrivals.length) {
    return false; // more came than this push names (an earlier push never arrived): the list is read again, whole
  }
  arrivals = arrivals.slice(arrivals.length - fresh); // in order of arrival: the newest are last
  count.dataset.count = String(Math.max(known, Number(present.count)));
  count.textContent = count.dataset.pattern.replace('{0}', count.dataset.count);
  arrivals.forEach(function (arrived) {
    var name = document.createElement('li');
    name.textContent = arrived;
    names.insertBefore(name, names.firstChild);
    if (names.children.length > Number(count.dataset.names)) {
      names.lastElementChild.remove();
      var beyond = Number(more.dataset.count) + 1;
      more.dataset.count = String(beyond);
      more.textContent = more.dataset.pattern.replace('{0}', String(beyond));
      more.hidden = false;
    }
  });
  return !document.getElementById('consoleForm');
};

/*
 * A like or a +1 (or one taken back): the push carries the contribution's count as it is now and when it was read,
 * which the page puts on that contribution's button, with no re-render; in a chat of hundreds likes come by the dozen a
 * minute. The page keeps the latest count pushed for each contribution (two pushes can cross on their way) until its
 * list is read again later than that: a re-render on its way when the like came, read before it, would otherwise show
 * the count from before (marigold.showCounts puts the kept ones back after each re-render). Who pressed is not said:
 * the presser's own page re-renders its list, with the button pressed. Returns false (the list re-renders) only when
 * the button has no place for a count.
 */
marigold.counts = {};
marigold.counted = function (votes) {
  var known = marigold.counts[votes.id];
  if (!known || known.at <= Number(votes.at)) {
    marigold.counts[votes.id] = { count: votes.count, at: Number(votes.at) };
  }
  return marigold.showCount(votes.id);
};
marigold.showCount = function (id) {
  var known = marigold.counts[id];
  var list = document.getElementById('contributionList');
  if (!known) {
    return true;
  }
  if (list && known.at <= Number(list.dataset.readAt || 0)) {
    delete marigold.counts[id]; // the list was read after it: it shows this count or a later one
    return true;
  }
  var button = document.getElementById('vote-' + id);
  if (!button) {
    return true; // not on this page's list: one of the earlier ones hidden, or another phase's
  }
  var count = button.querySelector('[data-field="votes"]');
  if (!count) {
    return false;
  }
  count.textContent = String(known.count);
  return true;
};
marigold.showCounts = function () {
  Object.keys(marigold.counts).forEach(marigold.showCount);
};

/** A row made from a template: its placeholders replaced, its fields filled in as text (never as markup). */
marigold.fromTemplate = function (template, said) {
  var row = template.content.firstElementChild.cloneNode(true);
  row.dataset.pushed = 'true'; // made here, not rendered by the server (until the list's next re-render)
  if (row.classList.contains('contribution')) {
    row.dataset.phase = String(said.phase);
  }
  [row].concat(Array.prototype.slice.call(row.querySelectorAll('[id], [data-id]'))).forEach(function (element) {
    if (element.id) {
      element.id = element.id.replace('__id__', said.id);
    }
    if (element.dataset.id) {
      element.dataset.id = element.dataset.id.replace('__id__', said.id);
    }
  });
  row.querySelectorAll('[data-field="author"]').forEach(function (field) { field.textContent = said.author; });
  row.querySelectorAll('[data-field="body"]').forEach(function (field) { field.textContent = said.body; });
  var label = row.querySelector('[data-field="label"]');
  if (label && said.prompt > 0) {
    label.textContent = label.dataset.pattern.replace('{0}', String(said.prompt));
  } else if (label) {
    label.remove();
  }
  var type = row.querySelector('[data-field="type"]');
  var typeName = document.querySelector('#contributionTemplates [data-question-type="' + said.questionType + '"]');
  if (type && typeName) {
    type.textContent = typeName.textContent;
  } else if (type) {
    type.remove();
  }
  return row;
};
/** Whether a re-render of this part is waiting or on its way (one that never came back is given up after 15 s). */
marigold.awaiting = function (change) {
  var state = marigold.refreshing[change];
  return !!state && Date.now() - state.since < 15000 + state.delay;
};
marigold.refreshSoon = function (change, pace) {
  var refresh = window['marigoldRefresh_' + change];
  if (typeof refresh !== 'function') {
    return;
  }
  var state = marigold.refreshing[change];
  if (marigold.awaiting(change)) {
    state.again = true;
    state.pace = Math.max(state.pace, pace);
    return;
  }
  var delay = pace ? Math.floor(Math.random() * pace) : 0;
  marigold.refreshing[change] = { since: Date.now(), delay: delay, again: false, pace: pace };
  setTimeout(function () { refresh(); }, delay);
};

/*
 * A re-render a push asked for may come a few seconds after the phase was shown, when the person has started typing
 * in the new phase's box: what they typed is read when the answer arrives, just before it replaces the page's parts
 * (PrimeFaces' onsuccess), and put back into the box's new copy (the push's re-render does not send it).
 */
marigold.keepTyped = function (change) {
  var state = marigold.refreshing[change];
  if (state) {
    state.drafts = marigold.typed();
  }
};
marigold.refreshed = function (change) {
  var state = marigold.refreshing[change];
  delete marigold.refreshing[change];
  if (state && state.drafts) {
    Object.keys(state.drafts).forEach(function (id) {
      var area = document.getElementById(id);
      if (area && !area.value) {
        area.value = state.drafts[id];
      }
    });
    var list = document.getElementById('contributionList');
    if (list) {
      marigold.labelComposer(list.dataset.phase);
    }
  }
  if (state && state.again) {
    var refresh = window['marigoldRefresh_' + change];
    marigold.refreshing[change] = { since: Date.now(), delay: state.pace, again: false, pace: state.pace };
    setTimeout(function () { refresh(); }, state.pace);
  }
};

/*
 * The buttons on a live meeting's contributions are plain HTML naming their action and contribution (tags/act.xhtml);
 * one remote command sends them (marigoldAct, meeting/live.xhtml), with the question chosen to merge into. A button
 * pressed twice before the answer comes is sent once.
 */
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('button[data-act]') : null;
  if (!button || button.disabled || typeof window.marigoldAct !== 'function') {
    return;
  }
  var sent = [{ name: 'act', value: button.dataset.act }, { name: 'id', value: button.dataset.id }];
  if (button.dataset.act === 'merge') {
    var into = document.getElementById('into-' + button.dataset.id);
    sent.push({ name: 'into', value: into ? into.value : '' });
  }
  button.disabled = true;
  window.marigoldAct(sent);
});
/*
 * The answer came (or the request failed): buttons the update did not replace can be pressed again. A like is answered
 * with no re-render, only with the contribution's count (when it was read) and whether the button is pressed now
 * (MeetingLiveView.vote), which are put on the button here, the count as a push's would be (marigold.counted).
 */
marigold.acted = function (args) {
  if (args && args.votedId) {
    var button = document.getElementById('vote-' + args.votedId);
    if (button) {
      button.setAttribute('aria-pressed', String(args.pressed === true));
      if (!button.classList.contains('ui-button-flat')) {
        button.classList.toggle('ui-button-outlined', args.pressed !== true); // the look contribution-row.xhtml gives it
      }
    }
    marigold.counted({ id: args.votedId, count: args.votes, at: args.votedAt });
  }
  document.querySelectorAll('button[data-act]:disabled').forEach(function (button) { button.disabled = false; });
};

/** Shows the phase a push carried, on a page that shows a running phase (the lobby and the end wait for the re-render). */
marigold.showPhase = function (phase) {
  var title = document.getElementById('phaseTitle');
  var timer = document.getElementById('timer');
  if (!title || !timer) {
    return;
  }
  // A built-in phase is shown in the page's language: the page holds its words (meeting/live.xhtml), the push names them.
  var worded = phase.wording ? document.querySelector('[data-wording="' + phase.wording + '"]') : null;
  var words = worded ? { title: worded.dataset.title, instructions: worded.dataset.instructions } : phase;
  if (title.textContent !== words.title) {
    title.textContent = words.title;
    var instructions = document.getElementById('instructions');
    if (instructions) {
      instructions.textContent = words.instructions || '';
    }
    var announcement = document.getElementById('phaseAnnouncement');
    if (announcement) {
      var text = announcement.getAttribute('data-now') + ' ' + words.title;
      marigold.announced[announcement.id] = text; // the re-render brings the same words: not said twice
      marigold.announce(text);
    }
  }
  // A chat's questions released before this one are listed, collapsed, for reading and replies.
  var threads = document.getElementById('earlierQuestions');
  if (threads) {
    var anyEarlier = false;
    threads.querySelectorAll('[data-thread]').forEach(function (question) {
      question.hidden = Number(question.dataset.thread) >= phase.index;
      anyEarlier = anyEarlier || !question.hidden;
    });
    threads.hidden = !anyEarlier;
  }
  // The list moves on with the phase: what is said in the new one is added as it comes, before the re-render brings
  // the rest (questions held for later, the recommendations to reflect on) and the new input area.
  var list = document.getElementById('contributionList');
  if (list && list.dataset.phase !== String(phase.index)) {
    list.textContent = '';
    list.dataset.phase = String(phase.index);
    list.dataset.latest = list.dataset.bound; // a new phase starts with its latest
    var earlier = document.getElementById('earlier');
    var earlierText = document.getElementById('earlierText');
    if (earlier && earlierText) {
      earlier.hidden = true;
      earlierText.dataset.count = '0';
    }
    document.querySelectorAll('#contributions .showing-all').forEach(function (part) { part.remove(); });
  }
  var counter = document.getElementById('phaseCounter');
  if (counter && counter.dataset.pattern) {
    counter.textContent = counter.dataset.pattern.replace('{0}', String(phase.index + 1)).replace('{1}', String(phase.count));
  }
  timer.dataset.remaining = String(phase.remaining);
  timer.dataset.paused = String(phase.paused);
  delete timer.dataset.deadline;
  delete timer.dataset.warned;
  delete timer.dataset.overAnnounced;
};

document.addEventListener('DOMContentLoaded', function () {
  // Registration: fill in the browser's time zone so meeting times show in the person's own zone.
  document.querySelectorAll('input[data-time-zone]').forEach(function (input) {
    if (!input.value && window.Intl) {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    }
  });
  // Print buttons (the record): inline handlers are not allowed by the page's Content-Security-Policy.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  // Copy buttons next to one-time secrets (API tokens, invitation links) and public links; heard on the document, so a
  // button an update brought (the link of a list just published) copies too.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy]');
    var source = button && document.getElementById(button.getAttribute('data-copy'));
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.textContent.trim());
      button.textContent = button.getAttribute('data-copied') || 'Copied';
    }
  });
});

/*
 * Meeting timers count down locally from what the server rendered (the remaining seconds of the phase);
 * every phase or clock push carries the clock again (marigold.showPhase), so each screen stays on the server's clock
 * without per-second pushes.
 */
(function () {
  function format(seconds) {
    var s = Math.abs(seconds);
    var text = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    return text;
  }
  var announce = function (text) { marigold.announce(text); };
  function tick() {
    document.querySelectorAll('[data-remaining]').forEach(function (timer) {
      if (!timer.dataset.deadline) {
        timer.dataset.deadline = String(Date.now() + Number(timer.dataset.remaining) * 1000);
      }
      var left = timer.dataset.paused === 'true'
        ? Number(timer.dataset.remaining)
        : Math.round((Number(timer.dataset.deadline) - Date.now()) / 1000);
      timer.textContent = left >= 0 ? format(left) : '+' + format(left) + ' ' + (timer.dataset.overLabel || '');
      timer.classList.toggle('timer-warning', left >= 0 && left <= 60);
      timer.classList.toggle('timer-over', left < 0);
      if (left <= 60 && left > 0 && !timer.dataset.warned) {
        timer.dataset.warned = 'true';
        announce(timer.dataset.warning);
      }
      if (left <= 0 && !timer.dataset.overAnnounced) {
        timer.dataset.overAnnounced = 'true';
        announce(timer.dataset.over);
      }
    });
  }
  setInterval(tick, 500);
  document.addEventListener('DOMContentLoaded', tick);
})();

/*
 * PrimeFaces' select menus and date pickers, as assistive technology meets them (WCAG 4.1.2, 2.5.3). A menu's list of
 * options, drawn when it first opens, gets the field's label as its name, and the menu and its filter box point at that
 * list (the filter pointed at a table that is never drawn); the list itself scrolls (marigold.css), so axe and screen
 * readers see it as the menu's popup, reached from the menu by the arrow keys. A date picker's button reads what it is
 * called ("Choose Date") rather than "ui-button".
 */
(function () {
  var widgets = window.PrimeFaces && window.PrimeFaces.widget;
  if (!widgets) {
    return;
  }
  var menu = widgets.SelectOneMenu;
  if (menu) {
    var render = menu.prototype.renderPanelContentFromHiddenSelect;
    menu.prototype.renderPanelContentFromHiddenSelect = function () {
      var result = render.apply(this, arguments);
      var list = this.panel.find('[role="listbox"]');
      var combobox = this.jq.find('[role="combobox"]');
      if (list.length && combobox.length) {
        var label = document.querySelector('label[for="' + combobox.attr('id') + '"]');
        if (label && label.id) {
          list.attr('aria-labelledby', label.id);
          combobox.attr('aria-labelledby', label.id + ' ' + combobox.attr('id'));
        }
        combobox.attr('aria-controls', list.attr('id'));
        this.panel.find('.ui-selectonemenu-filter').attr('aria-controls', list.attr('id'));
      }
      return result;
    };
    // PrimeFaces keeps the option chosen by keyboard in view by scrolling the box around the list; the list scrolls.
    var scrollInView = window.PrimeFaces.scrollInView;
    window.PrimeFaces.scrollInView = function (container, item) {
      var list = window.jQuery(container).children('.ui-selectonemenu-items');
      return scrollInView.call(this, list.length ? list : container, item);
    };
  }
  var picker = widgets.DatePicker;
  if (picker) {
    var init = picker.prototype.init;
    picker.prototype.init = function () {
      var result = init.apply(this, arguments);
      if (this.triggerButton && this.triggerButton.length) {
        this.triggerButton.find('.ui-button-text').text(this.triggerButton.attr('aria-label') || '');
      }
      return result;
    };
  }
})();
