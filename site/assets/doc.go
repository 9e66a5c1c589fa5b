// Package assets holds the website's static files, embedded: the stylesheet,
// the scripts and the icon, under files/. Bundle returns what a build writes:
// the files, with the stylesheet followed by the code colours that chroma
// writes for its classes (light, and dark for the dark theme), so that the
// site has one stylesheet and no inline style.
//
// Scripts, each in its own file because the pages' Content-Security-Policy
// allows no inline script:
//
//	theme.js    in the head: applies the remembered light or dark choice
//	site.js     copy buttons, dark mode toggle, contents drawer, arrow keys,
//	            the current section in the on-page navigation
//	search.js   the search box: loads search-index.js (site/search) on
//	            first use; finds the page of an anchor from the seed
//	play.js     Run, Stop, Edit and Reset on program cells: runs a program
//	            in the in-page runner's Web Worker (play/worker.js, created
//	            on the first Run) and shows its output and verdict; keeps
//	            edits in localStorage
//	editor.js   CodeMirror 6 with Go, loaded by play.js on the first Edit;
//	            a built bundle (licence: editor.js.LICENSE.txt), rebuilt
//	            from ../codemirror by `make codemirror`
//
// The serve command's live reload is not here: it is site/serve's, added
// to the pages it serves, never written into the site.
package assets
