/*
 * The phase's countdown (WEB-INF/includes/phase-timer.xhtml). It counts down here from the seconds the server rendered,
 * or the last phase or clock push carried (phase.mjs puts them on the timer), so each screen stays on the server's clock
 * without per-second pushes. A phase that moves on by itself (WEB-INF/includes/moving-on.xhtml) then counts down the
 * seconds until it does, which the server waits before moving it on; a breakout phase first warns its groups that
 * they close soon.
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
    if (timer.id === 'timer' && closingSoon(timer, left, announce)) {
      timer.dataset.warned = 'true'; // the groups' warning says it
    }
    if (left <= 60 && left > 0 && !timer.dataset.warned) {
      timer.dataset.warned = 'true';
      announce(timer.dataset.warning);
    }
    if (timer.id === 'timer' && movingOn(timer, left, announce)) {
      return;
    }
    if (left <= 0 && !timer.dataset.overAnnounced) {
      timer.dataset.overAnnounced = 'true';
      announce(timer.dataset.over);
    }
  });
}

/** Shows "the groups close in 0:45" in the last warned seconds of breakouts that move on; says whether it does. */
function closingSoon(timer, left, announce) {
  const banner = document.getElementById('closingSoon');
  if (!banner) {
    return false;
  }
  const closing = timer.dataset.movesOn === 'true' && timer.dataset.paused !== 'true' && left > 0
    && left <= Number(banner.dataset.warnAt);
  banner.hidden = !closing;
  if (!closing) {
    return false;
  }
  const text = banner.dataset.pattern.replace('{0}', format(left));
  const shown = document.getElementById('closingSoonText');
  if (shown && shown.textContent !== text) {
    shown.textContent = text;
  }
  if (!timer.dataset.closingAnnounced) {
    timer.dataset.closingAnnounced = 'true';
    announce(text);
  }
  return true;
}

/** Shows "moving on in 10 s" once the time of a phase that moves on by itself is up; says whether it does. */
function movingOn(timer, left, announce) {
  const banner = document.getElementById('movingOn');
  if (!banner) {
    return false;
  }
  const moving = timer.dataset.movesOn === 'true' && timer.dataset.paused !== 'true' && left <= 0;
  banner.hidden = !moving;
  if (!moving) {
    return false;
  }
  const wait = Math.max(0, Number(banner.dataset.grace) + left);
  const text = wait > 0 ? banner.dataset.pattern.replace('{0}', String(wait)) : banner.dataset.now;
  const shown = document.getElementById('movingOnText');
  if (shown && shown.textContent !== text) {
    shown.textContent = text;
  }
  if (!timer.dataset.movingAnnounced) {
    timer.dataset.movingAnnounced = 'true'; // said once, in place of "time is up"; the count is on the screen
    announce(text);
  }
  return true;
}
