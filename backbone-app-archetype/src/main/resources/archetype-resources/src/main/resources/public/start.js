// Starts the app once the page has loaded. A file rather than <body onload="main()">, so that a
// Content-Security-Policy without 'unsafe-inline' (no inline script, no event-handler attribute) allows it.
addEventListener("load", function () { main(); });
