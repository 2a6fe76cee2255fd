/*
 * Who is here. People arrived and the push says who (in the order they came; several when they came close together)
 * and how many are here now: the page adds each name at the top of who is here (the latest forty are named, then
 * "and N more").
 */

/**
 * Adds the newcomers; false when the page must read who is here again (more came than this push names, an earlier push
 * never arrived) or has more to show of it (a facilitator's page: groups are formed from the people present).
 */
export function arrived(present) {
  const count = document.getElementById('presentCount');
  const names = document.getElementById('presentNames');
  const more = document.getElementById('presentMore');
  if (!count || !names || !more) {
    return false;
  }
  // The page's list was read with a count (data-count): arrivals it already shows (the person's own, read after their
  // arrival, or one a re-render brought) are not added twice, and an older push does not lower the count.
  const known = Number(count.dataset.count || 0);
  const fresh = Math.max(0, present.count - known);
  let arrivals = present.names;
  if (fresh > arrivals.length) {
    return false;
  }
  arrivals = arrivals.slice(arrivals.length - fresh); // in order of arrival: the newest are last
  count.dataset.count = String(Math.max(known, present.count));
  count.textContent = count.dataset.pattern.replace('{0}', count.dataset.count);
  arrivals.forEach((arrival) => {
    const name = document.createElement('li');
    name.textContent = arrival;
    names.insertBefore(name, names.firstChild);
    if (names.children.length > Number(count.dataset.names)) {
      names.lastElementChild.remove();
      const beyond = Number(more.dataset.count) + 1;
      more.dataset.count = String(beyond);
      more.textContent = more.dataset.pattern.replace('{0}', String(beyond));
      more.hidden = false;
    }
  });
  return !document.getElementById('consoleForm');
}
