// Starts the app once the page has loaded: the demo server's Content-Security-Policy runs no inline script.
addEventListener("load", function () { main(); });
