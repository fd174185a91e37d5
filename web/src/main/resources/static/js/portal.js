/* Infoloker portal: progressive enhancement only. Every page works without this file. */
(function () {
  'use strict';
})();

/* Dokumen: uploads without leaving the page. Photos are made smaller first (a phone's 4000 px, 5 MB photo becomes
   at most 1600 px, JPEG 0.8: well under account-service's 2 MB, and quicker on a slow line); progress is shown; the
   answer updates the document's row. Without this script the forms post as they are and the page comes back. */
(function () {
  'use strict';

  var MAX_SIDE = 1600;
  var SHRINK_ABOVE_BYTES = 1024 * 1024;
  var QUALITY = 0.8;

  function cookie(name) {
    var parts = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if (parts[i].substring(0, eq) === name) {
        return decodeURIComponent(parts[i].substring(eq + 1));
      }
    }
    return '';
  }

  function loadImage(file) {
    return new Promise(function (resolve, reject) {
      var url = URL.createObjectURL(file);
      var image = new Image();
      image.onload = function () { URL.revokeObjectURL(url); resolve(image); };
      image.onerror = function () { URL.revokeObjectURL(url); reject(new Error('not an image')); };
      image.src = url;
    });
  }

  /** A JPEG/PNG photo larger than 1600 px or 1 MB as a smaller JPEG; anything else (PDF) as it is. */
  function shrink(file) {
    if (!/^image\/(jpeg|png)$/.test(file.type) || !window.Promise || !window.URL) {
      return Promise.resolve(file);
    }
    return loadImage(file).then(function (image) {
      var width = image.naturalWidth;
      var height = image.naturalHeight;
      var longSide = Math.max(width, height);
      if (longSide <= MAX_SIDE && file.size <= SHRINK_ABOVE_BYTES) {
        return file;
      }
      var scale = Math.min(1, MAX_SIDE / longSide);
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      var context = canvas.getContext('2d');
      context.fillStyle = '#fff'; // a transparent PNG would turn black as a JPEG
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          if (!blob || blob.size >= file.size) {
            resolve(file);
            return;
          }
          var name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
          resolve({ blob: blob, name: name });
        }, 'image/jpeg', QUALITY);
      });
    }).catch(function () { return file; });
  }

  function show(form, answer) {
    var type = form.getAttribute('data-type');
    var row = document.getElementById('doc-' + type);
    var error = document.getElementById('error-' + type);
    var state = document.getElementById('state-' + type);
    if (answer.uploaded) {
      row.setAttribute('data-uploaded', 'true');
      if (state && answer.state) {
        var badge = document.createElement('span');
        badge.className = 'badge ok';
        badge.textContent = answer.state;
        state.replaceChildren ? state.replaceChildren(badge) : (state.textContent = answer.state);
      }
      error.hidden = true;
      error.textContent = '';
      form.reset();
    } else {
      error.textContent = answer.message || form.getAttribute('data-failed');
      error.hidden = false;
    }
  }

  function send(form, file) {
    var type = form.getAttribute('data-type');
    var progress = document.getElementById('progress-' + type);
    var button = document.getElementById('upload-' + type);
    return shrink(file).then(function (prepared) {
      var data = new FormData(form);
      if (prepared && prepared.blob) {
        data.set('file', prepared.blob, prepared.name);
      }
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.setRequestHeader('Accept', 'application/json');
      request.setRequestHeader('X-XSRF-TOKEN', cookie('XSRF-TOKEN'));
      progress.value = 0;
      progress.hidden = false;
      button.disabled = true;
      request.upload.onprogress = function (event) {
        if (event.lengthComputable) {
          progress.value = Math.round(event.loaded * 100 / event.total);
        }
      };
      request.onload = function () {
        var answer;
        try {
          answer = JSON.parse(request.responseText);
        } catch (notJson) {
          answer = { uploaded: false };
        }
        finish();
        show(form, answer);
      };
      request.onerror = request.ontimeout = function () {
        finish();
        show(form, { uploaded: false });
      };
      function finish() {
        progress.hidden = true;
        button.disabled = false;
      }
      request.send(data);
    });
  }

  function enhance() {
    var forms = document.querySelectorAll('form.upload[data-type]');
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener('submit', function (event) {
        var input = form.querySelector('input[type=file]');
        if (!window.FormData || !window.XMLHttpRequest || !input.files || input.files.length === 0) {
          return; // the plain form post explains what is missing
        }
        event.preventDefault();
        send(form, input.files[0]);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
})();
