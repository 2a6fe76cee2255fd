/*
 * The box people write in. A chat answer stays with the question it was typed under: the box notes the phase the person
 * started typing in (composer:writtenIn, sent with the answer), so an answer to Q1 sent after Q2 came out is still A1,
 * and the box's label says which question it answers.
 */

/** Notes, as someone types in the box, the chat question their text answers (emptied with the box). */
export function noteWrittenIn(event) {
  const area = event.target;
  const written = document.getElementById('composer:writtenIn');
  const list = document.getElementById('contributionList');
  if (!area || area.id !== 'composer:body' || !written || !list) {
    return;
  }
  if (area.value.trim() === '') {
    written.value = '';
  } else if (written.value === '' && list.dataset.kind === 'PROMPT') {
    written.value = list.dataset.phase;
  }
}

/** Labels the box for the phase now, or for the chat question its text was typed under. */
export function label(phaseIndex) {
  const box = document.getElementById('composerBox');
  const bodyLabel = document.getElementById('composer:bodyLabel');
  const written = document.getElementById('composer:writtenIn');
  const area = document.getElementById('composer:body');
  if (!box || !bodyLabel || document.getElementById('respondingTo')) {
    return;
  }
  const under = written && written.value !== '' && area && area.value.trim() !== '' ? written.value : String(phaseIndex);
  const phaseLabel = box.querySelector('[data-composer-phase="' + under + '"]') || box.querySelector('[data-composer-phase="' + phaseIndex + '"]');
  if (phaseLabel) {
    bodyLabel.textContent = phaseLabel.textContent;
  }
}

/** What is typed in the page's boxes, by the box's id (a box the page noted something of, data-typed, too). */
export function typed() {
  const drafts = {};
  document.querySelectorAll('textarea[id], input[data-typed][id]').forEach((area) => {
    if (area.value.trim()) {
      drafts[area.id] = area.value;
    }
  });
  return drafts;
}

/** Puts back what was typed into the boxes that are empty now (a re-render or a reload brought them empty). */
export function putBack(drafts) {
  Object.keys(drafts || {}).forEach((id) => {
    const area = document.getElementById(id);
    if (area && !area.value) {
      area.value = drafts[id];
    }
  });
}
