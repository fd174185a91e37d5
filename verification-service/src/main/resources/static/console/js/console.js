// The console's only script (CSP script-src 'self': no inline scripts or handlers anywhere).
// 1. CSRF: the gateway sets a readable XSRF-TOKEN cookie and wants it back on every POST: as the header
//    X-XSRF-TOKEN on requests it forwards here (so every console action posts through htmx), as the form field
//    _csrf on its own forms (logout).
// 2. Keyboard: every action has a one-key shortcut, shown on screen, ignored while typing in a field. In an open
//    reject/revision panel the digits pick a preset (reason, document) and Enter sends: a decision is at most 3 keys.
// 3. Documents: images zoom and rotate in place (classes, no inline styles); nothing opens another tab.
(function () {
  'use strict';

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  function fillCsrfFields(root) {
    var token = csrfToken();
    (root || document).querySelectorAll('input[name="_csrf"]').forEach(function (field) {
      field.value = token;
    });
  }

  document.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers['X-XSRF-TOKEN'] = csrfToken();
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    fillCsrfFields(event.target);
  });
  // Also right before any plain form is sent, in case the cookie changed since the page loaded.
  document.addEventListener('submit', function (event) {
    fillCsrfFields(event.target);
  }, true);

  function openPanel(panel) {
    document.querySelectorAll('details[data-shortcut-panel]').forEach(function (other) {
      if (other !== panel) {
        other.open = false;
      }
    });
    panel.open = true;
    var first = panel.querySelector('select, input[type="checkbox"], input[type="radio"], textarea');
    if (first) {
      first.focus();
    }
  }

  var ZOOMS = ['zoom-1', 'zoom-2', 'zoom-3', 'zoom-4'];
  var TURNS = ['', 'rotate-90', 'rotate-180', 'rotate-270'];

  function step(image, classes, by) {
    var current = 0;
    classes.forEach(function (name, index) {
      if (name && image.classList.contains(name)) {
        current = index;
        image.classList.remove(name);
      }
    });
    var next = Math.min(Math.max(current + by, 0), classes.length - 1);
    if (classes === TURNS) {
      next = (current + by) % classes.length;
    }
    if (classes[next]) {
      image.classList.add(classes[next]);
    }
  }

  document.addEventListener('click', function (event) {
    var tool = event.target.closest && event.target.closest('[data-image-action]');
    if (!tool) {
      return;
    }
    var image = tool.closest('.viewer').querySelector('img.document-image');
    var action = tool.getAttribute('data-image-action');
    if (action === 'zoom-in') {
      step(image, ZOOMS, 1);
    } else if (action === 'zoom-out') {
      step(image, ZOOMS, -1);
    } else if (action === 'rotate') {
      step(image, TURNS, 1);
    }
  });

  function openPresetPanel() {
    return document.querySelector('details[data-shortcut-panel][open]');
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
      return;
    }
    var panel = openPresetPanel();
    if (panel && /^[1-9]$/.test(event.key || '') && !(event.target.closest && event.target.closest('textarea'))) {
      var preset = panel.querySelector('input[data-preset="' + event.key + '"]');
      if (preset) {
        event.preventDefault();
        preset.checked = preset.type === 'radio' ? true : !preset.checked;
        preset.focus();
      }
      return;
    }
    if (panel && event.key === 'Enter' && !(event.target.closest && event.target.closest('textarea, button'))) {
      event.preventDefault();
      var send = panel.querySelector('button[type="submit"]');
      if (send) {
        send.click();
      }
      return;
    }
    if (event.key === 'Escape') {
      document.querySelectorAll('details[data-shortcut-panel]').forEach(function (panel) {
        panel.open = false;
      });
      if (document.activeElement) {
        document.activeElement.blur();
      }
      return;
    }
    var target = event.target;
    if (target && target.closest && target.closest('input, textarea, select, [contenteditable]')) {
      return;
    }
    var key = (event.key || '').toLowerCase();
    if (key.length !== 1) {
      return;
    }
    var shortcutPanel = document.querySelector('details[data-shortcut-panel="' + key + '"]');
    if (shortcutPanel) {
      event.preventDefault();
      openPanel(shortcutPanel);
      return;
    }
    var button = document.querySelector('[data-shortcut="' + key + '"]');
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { fillCsrfFields(); });
  } else {
    fillCsrfFields();
  }
})();
