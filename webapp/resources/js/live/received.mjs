/*
 * What a push does to a meeting's page, decided here once: a step of the run the page shows already (the facilitator's
 * page that made it, from its own answer) needs nothing; the pushed phase is shown at once; a step to a phase that
 * shows nothing yet needs nothing more; what was said and liked is added from the push; arrivals are added from it;
 * anything else (or what could not be added) re-renders the part that changed, unless by then the page shows it.
 */
import { read } from './push.mjs';
import * as phase from './phase.mjs';
import { append } from './contributions.mjs';
import { arrived } from './presence.mjs';
import { counted } from './counts.mjs';
import * as rerender from './rerender.mjs';

/**
 * Takes in a push (as the websocket hands it); `voice` speaks to screen readers (phase(element, text), changes()).
 * Returns what the page did: 'shown', 'stepped', 'added', 'arrived' or 're-render'.
 */
export function received(data, voice) {
  const push = read(data);
  if (shows(push.version)) {
    return 'shown';
  }
  if (push.phase) {
    // Whether the page may step from the push is read from the page as it was, before the header shows the new phase.
    const lightly = push.change === 'phase' && phase.mayStepLightly(push.phase, rerender.busy());
    phase.show(push.phase, voice.phase);
    if (lightly) {
      phase.stepLightly(push.phase);
      return 'stepped';
    }
  }
  if (push.added.length || push.votes.length) {
    // In order: each thing said is added, then each count put on its button; if one cannot be, the list re-renders.
    const done = push.added.map((said) => append(said, voice.changes)).concat(push.votes.map(counted));
    if (done.every(Boolean)) {
      return 'added';
    }
  }
  if (push.present && arrived(push.present)) {
    return 'arrived';
  }
  // The page's own answer to the step may still be on its way: it is looked at again when the re-render would go.
  rerender.soon(push.change, push.pace, () => !shows(push.version));
  return 're-render';
}

/** Whether the page shows the meeting at this version, or a later one (meeting/live.xhtml renders it on the stage). */
export function shows(version) {
  const stage = document.getElementById('stage');
  return version > 0 && !!stage && Number(stage.dataset.version) >= version;
}
