// Package serve is the local explorer behind 'recital serve': an
// http.Handler that answers JSON about a citation graph and serves a
// single-page application, every byte of it embedded, that draws a
// document's lineage and citers as an interactive graph.
//
// The handler is read-only: it answers GET (and HEAD) requests, plus one
// POST, /api/export, whose bounded form body names the documents of the
// view to export. Every response carries a Content-Security-Policy that
// allows scripts, styles and connections to the server's own origin only,
// with no inline script; the page builds its DOM with textContent, so a
// title or a quoted sentence is always text, never markup. Requests whose
// Host is not the address served (DNS rebinding) are refused.
//
// The JSON endpoints are described in docs/serve.md. Answers are
// deterministic: the same graph and request give the same bytes.
//
// The package does not load stores, listen on a socket or open a
// browser; cmd does (see ListenConfig for the timeouts it should use).
package serve
