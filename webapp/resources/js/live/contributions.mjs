/*
 * The list of what is said. Something new said arrives with its push: the page adds it from the template it holds for
 * that kind (meeting/live.xhtml, rendered with this person's buttons and words), so nobody's page asks the server to
 * render the whole list again. The buttons on the list's rows send their action through one remote command.
 */
import { counted } from './counts.mjs';

/**
 * Adds what was said to the list (or to its question's open thread). True when done or not this page's to show; false
 * when the page cannot (no template for that kind, or the list's bound needs a count the page does not show yet): the
 * list re-renders then. `announceChanges` speaks the list's announcement.
 */
export function append(said, announceChanges) {
  const list = document.getElementById('contributionList');
  const templates = document.getElementById('contributionTemplates');
  if (!list || !templates) {
    return false;
  }
  // An answer to an earlier chat question goes to its thread when the person has it open.
  const thread = list.dataset.phase !== String(said.phase) ? document.getElementById('thread-' + said.phase) : null;
  if (list.dataset.phase !== String(said.phase) && !thread) {
    // Said in a phase the list does not show: the page has moved on (what was said close together comes up to half a
    // second later), or it is about to, and the phase's re-render, which the phase's push asks for, reads what it shows.
    return true;
  }
  if (document.getElementById('contribution-' + said.id)) {
    return true; // already there: the person's own, rendered by their send
  }
  let template;
  let place = thread || list;
  if (said.parent) {
    const parent = document.getElementById('contribution-' + said.parent);
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
  const latest = Number(list.dataset.latest || 0);
  const ofPhase = list.querySelectorAll(':scope > li.contribution[data-phase="' + said.phase + '"]');
  const earlier = document.getElementById('earlierText');
  const dropOldest = !said.parent && !thread && latest > 0 && ofPhase.length >= latest;
  if (dropOldest && !earlier) {
    return false;
  }
  place.appendChild(fromTemplate(template, said));
  if (dropOldest) {
    ofPhase[0].remove();
    const count = Number(earlier.dataset.count) + 1;
    earlier.dataset.count = String(count);
    earlier.textContent = earlier.dataset.pattern.replace('{0}', String(count));
    earlier.parentNode.hidden = false;
  }
  const announcement = document.getElementById('contributionAnnouncement');
  if (announcement && template.dataset.announcePattern) {
    announcement.setAttribute('data-announce', template.dataset.announcePattern.replace('{0}', said.body));
    announceChanges();
  }
  return true;
}

/** A row made from a template: its placeholders replaced, its fields filled in as text (never as markup). */
export function fromTemplate(template, said) {
  const row = template.content.firstElementChild.cloneNode(true);
  row.dataset.pushed = 'true'; // made here, not rendered by the server (until the list's next re-render)
  if (row.classList.contains('contribution')) {
    row.dataset.phase = String(said.phase);
  }
  [row, ...row.querySelectorAll('[id], [data-id]')].forEach((element) => {
    if (element.id) {
      element.id = element.id.replace('__id__', said.id);
    }
    if (element.dataset.id) {
      element.dataset.id = element.dataset.id.replace('__id__', said.id);
    }
  });
  row.querySelectorAll('[data-field="author"]').forEach((field) => { field.textContent = said.author; });
  row.querySelectorAll('[data-field="body"]').forEach((field) => { field.textContent = said.body; });
  const label = row.querySelector('[data-field="label"]');
  if (label && said.prompt > 0) {
    label.textContent = label.dataset.pattern.replace('{0}', String(said.prompt));
  } else if (label) {
    label.remove();
  }
  const type = row.querySelector('[data-field="type"]');
  const typeName = document.querySelector('#contributionTemplates [data-type="' + said.type + '"]');
  if (type && typeName) {
    type.textContent = typeName.textContent;
    type.dataset.type = said.type; // warm and cool look apart
  } else if (type) {
    type.remove();
  }
  return row;
}

/**
 * A row's button pressed (plain HTML naming its action and contribution, tags/act.xhtml): sent through the page's one
 * remote command for them (`send`, marigoldAct in meeting/live.xhtml), with the question chosen to merge into. A button
 * pressed twice before the answer comes is sent once.
 */
export function act(event, send) {
  const button = event.target.closest ? event.target.closest('button[data-act]') : null;
  if (!button || button.disabled || typeof send !== 'function') {
    return;
  }
  const sent = [{ name: 'act', value: button.dataset.act }, { name: 'id', value: button.dataset.id }];
  if (button.dataset.act === 'merge') {
    const into = document.getElementById('into-' + button.dataset.id);
    sent.push({ name: 'into', value: into ? into.value : '' });
  }
  if (button.dataset.to) {
    sent.push({ name: 'to', value: button.dataset.to }); // retag: the kind of question it becomes
  }
  button.disabled = true;
  send(sent);
}

/**
 * The answer came (or the request failed): buttons the update did not replace can be pressed again. A like is answered
 * with no re-render, only with the contribution's count (when it was read) and whether the button is pressed now, which
 * are put on the button, the count as a push's would be.
 */
export function acted(args) {
  if (args && args.votedId) {
    const button = document.getElementById('vote-' + args.votedId);
    if (button) {
      button.setAttribute('aria-pressed', String(args.pressed === true));
      if (!button.classList.contains('ui-button-flat')) {
        button.classList.toggle('ui-button-outlined', args.pressed !== true); // the look contribution-row.xhtml gives it
      }
    }
    counted({ id: Number(args.votedId), count: args.votes, at: Number(args.votedAt) });
  }
  document.querySelectorAll('button[data-act]:disabled').forEach((button) => { button.disabled = false; });
}
