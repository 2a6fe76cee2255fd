/*
 * Counts of likes and +1s pushed to the page. A like (or one taken back) carries the contribution's count as it is now
 * and when it was read, which the page puts on that contribution's button with no re-render; in a chat of hundreds likes
 * come by the dozen a minute. The latest count pushed for each contribution is kept (two pushes can cross on their way)
 * until the list is read again later than that: a re-render on its way when the like came, read before it, would
 * otherwise show the count from before (showAll puts the kept ones back after each re-render). Who pressed is not said.
 */
const known = new Map();

/** A count pushed (or answered to the presser): kept unless a later one is known. False: the list must re-render. */
export function counted(votes) {
  const before = known.get(votes.id);
  if (!before || before.at <= Number(votes.at)) {
    known.set(votes.id, { count: votes.count, at: Number(votes.at) });
  }
  return show(votes.id);
}

/** Puts the kept count on the contribution's button; false only when the button has no place for a count. */
export function show(id) {
  const count = known.get(id);
  if (!count) {
    return true;
  }
  const list = document.getElementById('contributionList');
  if (list && count.at <= Number(list.dataset.readAt || 0)) {
    known.delete(id); // the list was read after it: it shows this count or a later one
    return true;
  }
  const button = document.getElementById('vote-' + id);
  if (!button) {
    return true; // not on this page's list: one of the earlier ones hidden, or another phase's
  }
  const field = button.querySelector('[data-field="votes"]');
  if (!field) {
    return false;
  }
  field.textContent = String(count.count);
  return true;
}

/** After a re-render: the counts pushed since the list was read go back on their buttons. */
export function showAll() {
  Array.from(known.keys()).forEach(show);
}

/** Forgets every kept count (tests). */
export function forget() {
  known.clear();
}
