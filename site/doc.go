// Command site renders the book as a static website: chapters/ and
// expected/ become HTML pages under site/public, one a chapter, with every
// program shown as a notebook cell (its code, highlighted, then its output
// from its transcript), an index page, full-text search and dark mode, all
// served from the site itself: no CDN, no fonts or scripts from elsewhere.
//
// Usage, from the book's root:
//
//	go run ./site                    build into site/public (make site)
//	go run ./site -serve 127.0.0.1:8000
//	                                 build, serve on that address, rebuild
//	                                 and reload the open page on a change
//	                                 of a chapter, transcript, template or
//	                                 stylesheet (make serve)
//
// Flags:
//
//	-root dir    the book's root, with chapters/ and expected/ (default .)
//	-out dir     where the site goes (default site/public)
//	-serve addr  serve on addr, a loopback address only; the server stops
//	             on Ctrl-C, SIGTERM, or when the process that started it
//	             ends
//	-source url  where the repository shows a file: a chapter's path
//	             appended is its "Edit this page" link (default
//	             build.DefaultSourceURL, GitHub; "" for none)
//	-play, -timelines  build the in-page runner, draw the timelines
//	             (default true; false for a quicker build)
//	-v           list every link that leads to a planned section
//
// Problems in the book are printed as file:line:col: message. A chapter or
// transcript that cannot be read makes the exit status 1 (the site is still
// written, with what could be read); links to sections not written yet are
// counted and lead to the page of planned sections, which exists only
// then.
//
// Besides a page a chapter and the index, the site has print.html, the
// whole book on one page for printing and reading offline, and
// search-index.js; every page is reachable by links from index.html.
//
// The parts, each a package:
//
//	site/build      loads the book and transcripts, writes the site
//	site/render     pages: goldmark node renderers for cells, headings,
//	                links; templates
//	site/search     the search index, search-index.js
//	site/assets     stylesheet, scripts, icon (embedded)
//	site/serve      the local server: rebuild on change, live reload
//	site/highlight  chroma: options, the code colours' stylesheet, compact markup
//	site/check      a built site's links, anchors and safety (used by the tests)
package main
