/*
 * The push a meeting's open pages receive when it changes: the server's Push record (org.marigold.meeting.push.Push),
 * sent as JSON. Its fields are read here and only here; every other module takes what read() gives.
 */

/**
 * The push as this page uses it: `change` names the part that changed; `pace` (ms) how far apart pages spread the
 * requests that re-render it; `phase` the phase now (phase and clock changes of a running meeting), or null;
 * `present` who arrived and how many are here, or null; `added` what was said, in order; `votes` new counts of likes;
 * `version` the meeting's version after a facilitator's step of the run (0 for any other change): a page that shows it
 * already shows the step.
 */
export function read(data) {
  const push = typeof data === 'string' ? JSON.parse(data) : data || {};
  return {
    change: String(push.change || ''),
    pace: Number(push.pace) || 0,
    phase: push.phase ? readPhase(push.phase) : null,
    present: push.present ? { count: Number(push.present.count) || 0, names: [].concat(push.present.names || []) } : null,
    added: [].concat(push.added || []).map(readSaid),
    votes: [].concat(push.votes || []).map((votes) => ({ id: Number(votes.id), count: Number(votes.count), at: Number(votes.at) })),
    version: Number(push.version) || 0
  };
}

function readPhase(phase) {
  return {
    index: Number(phase.index),
    count: Number(phase.count),
    title: String(phase.title || ''),
    instructions: String(phase.instructions || ''),
    norm: String(phase.norm || ''), // how everyone takes part ('' for none)
    wording: String(phase.wording || ''), // a built-in phase: the page shows the words it holds in its own language
    remaining: Number(phase.remaining) || 0,
    paused: phase.paused === true,
    kind: String(phase.kind || ''),
    input: String(phase.input || ''), // the contribution the phase's box takes ('' for none)
    light: phase.light === true, // the phase shows nothing yet: a page may show it from the push alone
    movesOn: phase.movesOn === true // it moves on by itself once its time is up (timer.mjs counts down to it)
  };
}

function readSaid(said) {
  return {
    id: Number(said.id),
    phase: Number(said.phase),
    kind: String(said.kind || ''),
    parent: Number(said.parent) || 0,
    author: String(said.author || ''),
    body: String(said.body || ''),
    type: String(said.type || ''),
    prompt: Number(said.prompt) || 0 // a chat answer's question number, 0 otherwise
  };
}
