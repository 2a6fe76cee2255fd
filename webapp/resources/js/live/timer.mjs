/*
 * The phase's countdown (WEB-INF/includes/phase-timer.xhtml). It counts down here from the seconds the server rendered,
 * or the last phase or clock push carried (phase.mjs puts them on the timer), so each screen stays on the server's clock
 * without per-second pushes.
 */

/** 3:05 for 185 seconds (and for -185). */
export function format(seconds) {
  const s = Math.abs(seconds);
  return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}

/** Shows each timer's time left (or over) at `now`; says once when a minute is left and once when time is up. */
export function tick(now, announce) {
  document.querySelectorAll('[data-remaining]').forEach((timer) => {
    if (!timer.dataset.deadline) {
      timer.dataset.deadline = String(now + Number(timer.dataset.remaining) * 1000);
    }
    const left = timer.dataset.paused === 'true'
      ? Number(timer.dataset.remaining)
      : Math.round((Number(timer.dataset.deadline) - now) / 1000);
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
