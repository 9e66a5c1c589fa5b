// Package build makes the website: it loads the book (internal/book) and
// the programs' transcripts (internal/transcript), renders the pages
// (site/render), indexes the text (site/search), and writes them with the
// static files (site/assets) into the output directory.
//
// Problems in the book are reported, not fatal: a chapter that cannot be
// read, a transcript that cannot be parsed (its program then shows no
// output), a link that leads nowhere. Each names its file:line:col. The
// site is written with whatever could be read, so that the serve command
// keeps showing the book while a chapter is being fixed.
package build
