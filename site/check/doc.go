// Package check checks a built site the way a reader's browser would meet
// it, without a browser:
//
//   - links.go: every internal link and every anchor resolves (a page, and
//     an element with the fragment's id on it), and no page has an id twice;
//   - reach.go: every page can be reached by links from the index (no
//     orphan page);
//   - safety.go: every page has the Content-Security-Policy, runs no inline
//     script, has no inline style or event handler, and loads nothing from
//     elsewhere.
//
// The site's own HTML is regular (every attribute double-quoted, every "<"
// in text escaped), so a tag scanner reads it exactly; it is not a parser
// of HTML in general.
package check
