// Starts the app once the page has loaded. A file of its own rather than <body onload="main()">: the demo
// server's Content-Security-Policy runs no inline script and no event-handler attribute.
addEventListener("load", function () { main(); });
