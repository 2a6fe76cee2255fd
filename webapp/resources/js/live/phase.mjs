/*
 * The phase header (title, instructions, norm, counter, timer) as a push shows it, at once, before and whatever the re-render
 * that may follow takes; and a step to a phase that shows nothing yet, made from the push alone.
 */
import { label } from './composer.mjs';

/** Shows the phase a push carried, on a page that shows a running phase (the lobby and the end wait for the re-render). */
export function show(phase, announce) {
  const title = document.getElementById('phaseTitle');
  const timer = document.getElementById('timer');
  if (!title || !timer) {
    return;
  }
  // A built-in phase is shown in the page's language: the page holds its words (meeting/live.xhtml), the push names them.
  const worded = phase.wording ? document.querySelector('[data-wording="' + phase.wording + '"]') : null;
  const words = worded ? { title: worded.dataset.title, instructions: worded.dataset.instructions, norm: worded.dataset.norm } : phase;
  if (title.textContent !== words.title) {
    title.textContent = words.title;
    const instructions = document.getElementById('instructions');
    if (instructions) {
      instructions.textContent = words.instructions || '';
    }
    const norm = document.getElementById('norm');
    if (norm) {
      norm.querySelector('[data-field="norm"]').textContent = words.norm || '';
      norm.hidden = !words.norm;
    }
    showOtherLanguages(worded);
    const announcement = document.getElementById('phaseAnnouncement');
    if (announcement) {
      announce(announcement, announcement.getAttribute('data-now') + ' ' + words.title);
    }
  }
  // A chat's questions released before this one are listed, collapsed, for reading and replies.
  const threads = document.getElementById('earlierQuestions');
  if (threads) {
    let anyEarlier = false;
    threads.querySelectorAll('[data-thread]').forEach((question) => {
      question.hidden = Number(question.dataset.thread) >= phase.index;
      anyEarlier = anyEarlier || !question.hidden;
    });
    threads.hidden = !anyEarlier;
  }
  // The list moves on with the phase: what is said in the new one is added as it comes, before the re-render brings
  // the rest (questions held for later, the recommendations to reflect on) and the new input area.
  const list = document.getElementById('contributionList');
  if (list && list.dataset.phase !== String(phase.index)) {
    list.textContent = '';
    list.dataset.phase = String(phase.index);
    list.dataset.latest = list.dataset.bound; // a new phase starts with its latest
    const earlier = document.getElementById('earlier');
    const earlierText = document.getElementById('earlierText');
    if (earlier && earlierText) {
      earlier.hidden = true;
      earlierText.dataset.count = '0';
    }
    document.querySelectorAll('#contributions .showing-all').forEach((part) => part.remove());
  }
  const counter = document.getElementById('phaseCounter');
  if (counter && counter.dataset.pattern) {
    counter.textContent = counter.dataset.pattern.replace('{0}', String(phase.index + 1)).replace('{1}', String(phase.count));
  }
  timer.dataset.remaining = String(phase.remaining);
  timer.dataset.paused = String(phase.paused);
  timer.dataset.movesOn = String(phase.movesOn);
  delete timer.dataset.movingAnnounced;
  delete timer.dataset.closingAnnounced;
  delete timer.dataset.deadline;
  delete timer.dataset.warned;
  delete timer.dataset.overAnnounced;
}

/**
 * A bilingual chat's question in its other languages, as the page holds them for the phase (the words' children), under
 * "In other languages"; hidden when the phase has none. Set as text, never as markup.
 */
function showOtherLanguages(worded) {
  const others = document.getElementById('otherLanguages');
  const box = document.getElementById('otherLanguagesText');
  if (!others || !box) {
    return;
  }
  const texts = worded ? Array.from(worded.querySelectorAll('.other-language')) : [];
  box.textContent = '';
  for (const text of texts) {
    const paragraph = document.createElement('p');
    if (text.dataset.lang) {
      paragraph.lang = text.dataset.lang; // none for the words as first written
    }
    const name = document.createElement('strong');
    name.textContent = text.dataset.name; // "Français:", as the page's language punctuates it
    const words = document.createElement('span');
    words.className = 'user-text';
    words.textContent = text.textContent;
    paragraph.append(name, ' ', words);
    box.append(paragraph);
  }
  others.hidden = texts.length === 0;
}

/**
 * Whether this page may step to the pushed phase from the push alone. The server says whether the phase shows nothing
 * yet (nothing said in it, nothing kept from earlier phases, no breakout in it or behind it, not paused); then most
 * pages need no re-render, which in a meeting of hundreds spares the server a request from every page at each step.
 * Pages with more to follow still re-render: a facilitator's (the console), a page in the lobby or paused, someone
 * answering a question, a page whose list shows a breakout, and a page with a re-render on its way or waiting
 * (`busy`), whose answer, rendered before the change, would bring the old phase back.
 */
export function mayStepLightly(phase, busy) {
  const list = document.getElementById('contributionList');
  return phase.light && !busy && !!list && !!document.getElementById('timer') && list.dataset.phase !== String(phase.index)
    && list.dataset.kind !== 'BREAKOUT' && !document.getElementById('consoleForm') && !document.getElementById('respondingTo')
    && !document.getElementById('paused');
}

/**
 * The step itself (the header was shown already): the box with the label for what the phase takes from this person, or
 * why it takes nothing from them; what was typed stays.
 */
export function stepLightly(phase) {
  document.getElementById('contributionList').dataset.kind = phase.kind;
  const why = document.getElementById('whyNotWriting');
  const silence = document.querySelector('[data-silence-phase="' + phase.index + '"]');
  if (why) {
    why.textContent = silence ? silence.textContent : '';
    why.hidden = !silence;
  }
  const box = document.getElementById('composerBox');
  if (!box) {
    return; // this person writes in none of the meeting's phases
  }
  box.hidden = !box.querySelector('[data-composer-phase="' + phase.index + '"]');
  label(phase.index);
  for (const types of document.querySelectorAll('[data-types-for]')) {
    types.hidden = phase.input !== types.dataset.typesFor;
  }
}
