// Package search builds the website's search index at render time: one
// entry a section of the book (its address, title, chapter and plain text),
// written as search-index.js (script.go: the JSON assigned to
// window.searchIndex) for the page's own script (site/assets/files/
// search.js) to search without a server, from file:// too. The text comes from the same
// goldmark tree the pages are rendered from: prose first, then the
// section's code, so that a hit's snippet is prose where the prose has the
// term.
package search
