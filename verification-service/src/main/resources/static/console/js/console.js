// The console's only script (CSP script-src 'self': no inline scripts or handlers anywhere).
// 1. CSRF: the gateway sets a readable XSRF-TOKEN cookie and wants it back on every POST: as the header
//    X-XSRF-TOKEN on requests it forwards here (so every console action posts through htmx), as the form field
//    _csrf on its own forms (logout).
// 2. Keyboard: every action has a one-key shortcut, shown on screen, ignored while typing in a field.
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
    var first = panel.querySelector('select, input[type="checkbox"], textarea');
    if (first) {
      first.focus();
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
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
    var panel = document.querySelector('details[data-shortcut-panel="' + key + '"]');
    if (panel) {
      event.preventDefault();
      openPanel(panel);
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
