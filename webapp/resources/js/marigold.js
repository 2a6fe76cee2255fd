/* Small progressive enhancements; every page works without them. */
document.addEventListener('DOMContentLoaded', function () {
  // Registration: fill in the browser's time zone so meeting times show in the person's own zone.
  document.querySelectorAll('input[data-time-zone]').forEach(function (input) {
    if (!input.value && window.Intl) {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    }
  });
  // Copy buttons next to one-time secrets (API tokens, invitation links).
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (source && navigator.clipboard) {
        navigator.clipboard.writeText(source.textContent.trim());
        button.textContent = button.getAttribute('data-copied') || 'Copied';
      }
    });
  });
});
