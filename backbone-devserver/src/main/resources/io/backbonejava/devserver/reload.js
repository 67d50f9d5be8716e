// backbone-devserver: reloads the page when a new build is ready, and shows compile errors over it.
// Served as a file (not inline) so that a Content-Security-Policy without 'unsafe-inline' allows it.
(function () {
  var OVERLAY = '__devserver-overlay';

  function overlay(text) {
    var box = document.getElementById(OVERLAY);
    if (!box) {
      box = document.createElement('pre');
      box.id = OVERLAY;
      box.style.cssText = 'position:fixed;inset:0;margin:0;padding:24px;z-index:2147483647;overflow:auto;'
        + 'background:rgba(30,0,0,.94);color:#fff;font:14px/1.5 monospace;white-space:pre-wrap';
      (document.body || document.documentElement).appendChild(box);
    }
    box.textContent = 'Build failed: the page shows the last good build until this is fixed.\n\n' + text;
  }

  var events = new EventSource('/__devserver/events');
  events.addEventListener('reload', function () {
    location.reload();
  });
  events.addEventListener('compile-error', function (event) {
    if (document.body) {
      overlay(event.data);
    } else {
      document.addEventListener('DOMContentLoaded', function () { overlay(event.data); });
    }
  });
  events.addEventListener('building', function () {
    document.documentElement.setAttribute('data-devserver', 'building');
  });
})();
