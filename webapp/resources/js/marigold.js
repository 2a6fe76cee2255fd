/* Small progressive enhancements for Marigold's pages; a meeting's live pages add their own modules (js/live/). */
var marigold = window.marigold || {};

/*
 * The live meeting's modules (js/live/live.mjs) are loaded by its pages as ES modules, after this script, while Faces'
 * websocket and the page's remote commands are wired at once to these names (meeting/live.xhtml, meeting/group.xhtml):
 * a call that comes before the modules are ready waits for them, in order.
 */
marigold.live = (function () {
  var page = null;
  var waiting = [];
  function forward(name) {
    return function () {
      if (page) {
        return page[name].apply(null, arguments);
      }
      waiting.push([name, arguments]);
    };
  }
  return {
    connected: forward('connected'),
    received: forward('received'),
    lost: forward('lost'),
    gone: forward('gone'),
    arriving: forward('arriving'),
    rerendered: forward('rerendered'),
    acted: forward('acted'),
    /** Whether the page has no re-render waiting or on its way (false until the modules are ready). */
    settled: function () {
      return page !== null && page.settled();
    },
    ready: function (live) {
      page = live;
      waiting.splice(0).forEach(function (call) { live[call[0]].apply(null, call[1]); });
    }
  };
})();

/**
 * Says something to screen readers through the page's one live region (layout.xhtml), which AJAX updates never
 * replace, so it is heard; nobody's focus moves.
 */
marigold.announce = function (text) {
  var region = document.getElementById('announcer');
  if (region && text) {
    region.textContent = '';
    setTimeout(function () { region.textContent = text; }, 50);
  }
};

/**
 * Elements with data-announce carry what changed (the phase now, the newest question, a broadcast). When an update
 * brings a different text than the last one heard for that element, it is announced; on first load nothing is.
 */
marigold.announced = {};
marigold.announceChanges = function () {
  document.querySelectorAll('[data-announce]').forEach(function (element) {
    var text = element.getAttribute('data-announce');
    var before = marigold.announced[element.id];
    marigold.announced[element.id] = text;
    if (before !== undefined && text && text !== before) {
      marigold.announce(text);
    }
  });
};
/* Focuses this element, if nothing else has the focus, as soon as it can take it (a disabled button when enabled). */
marigold.focusAgain = function (element) {
  var lost = function () {
    return !document.activeElement || document.activeElement === document.body;
  };
  if (!element || typeof element.focus !== 'function' || !lost()) {
    return;
  }
  if (!element.disabled) {
    element.focus({ preventScroll: true });
    return;
  }
  var watch = new MutationObserver(function () {
    if (!element.disabled) {
      watch.disconnect();
      if (lost()) {
        element.focus({ preventScroll: true });
      }
    }
  });
  watch.observe(element, { attributes: true, attributeFilter: ['disabled'] });
};
document.addEventListener('DOMContentLoaded', function () {
  marigold.announceChanges();
  if (!window.jQuery) {
    return;
  }
  // An update that re-renders the element someone was on (the button they pressed) would drop their focus to the
  // top of the page; it goes back to the element's new copy instead, so a keyboard user carries on where they were.
  // The same for a button PrimeFaces disables while its request runs (Find), which loses the focus as it is disabled:
  // so the focus is noted at the request's start, before the button is disabled, and given back once it is enabled.
  var focusedId = null;
  window.jQuery(document).on('pfAjaxStart', function () {
    var active = document.activeElement;
    focusedId = active && active !== document.body && active.id ? active.id : null;
  });
  window.jQuery(document).on('pfAjaxComplete', function () {
    marigold.announceChanges();
    if (focusedId) {
      marigold.focusAgain(document.getElementById(focusedId));
    }
    focusedId = null;
  });
});

document.addEventListener('DOMContentLoaded', function () {
  // Registration: fill in the browser's time zone so meeting times show in the person's own zone.
  document.querySelectorAll('input[data-time-zone]').forEach(function (input) {
    if (!input.value && window.Intl) {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    }
  });
  // Print buttons (the record): inline handlers are not allowed by the page's Content-Security-Policy.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  // Copy buttons next to one-time secrets (API tokens, invitation links) and public links; heard on the document, so a
  // button an update brought (the link of a list just published) copies too.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy]');
    var source = button && document.getElementById(button.getAttribute('data-copy'));
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.textContent.trim());
      button.textContent = button.getAttribute('data-copied') || 'Copied';
    }
  });
});

/*
 * PrimeFaces' select menus and date pickers, as assistive technology meets them (WCAG 4.1.2, 2.5.3). A menu's list of
 * options, drawn when it first opens, gets the field's label as its name, and the menu and its filter box point at that
 * list (the filter pointed at a table that is never drawn); the list itself scrolls (marigold.css), so axe and screen
 * readers see it as the menu's popup, reached from the menu by the arrow keys. A date picker's button reads what it is
 * called ("Choose Date") rather than "ui-button".
 */
(function () {
  var widgets = window.PrimeFaces && window.PrimeFaces.widget;
  if (!widgets) {
    return;
  }
  var menu = widgets.SelectOneMenu;
  if (menu) {
    var render = menu.prototype.renderPanelContentFromHiddenSelect;
    menu.prototype.renderPanelContentFromHiddenSelect = function () {
      var result = render.apply(this, arguments);
      var list = this.panel.find('[role="listbox"]');
      var combobox = this.jq.find('[role="combobox"]');
      if (list.length && combobox.length) {
        var label = document.querySelector('label[for="' + combobox.attr('id') + '"]');
        if (label && label.id) {
          list.attr('aria-labelledby', label.id);
          combobox.attr('aria-labelledby', label.id + ' ' + combobox.attr('id'));
        }
        combobox.attr('aria-controls', list.attr('id'));
        this.panel.find('.ui-selectonemenu-filter').attr('aria-controls', list.attr('id'));
      }
      return result;
    };
    // PrimeFaces keeps the option chosen by keyboard in view by scrolling the box around the list; the list scrolls.
    var scrollInView = window.PrimeFaces.scrollInView;
    window.PrimeFaces.scrollInView = function (container, item) {
      var list = window.jQuery(container).children('.ui-selectonemenu-items');
      return scrollInView.call(this, list.length ? list : container, item);
    };
  }
  var picker = widgets.DatePicker;
  if (picker) {
    var init = picker.prototype.init;
    picker.prototype.init = function () {
      var result = init.apply(this, arguments);
      if (this.triggerButton && this.triggerButton.length) {
        this.triggerButton.find('.ui-button-text').text(this.triggerButton.attr('aria-label') || '');
      }
      return result;
    };
  }
})();
