// Package play says which programs of the book the reader's page can run
// (Runnable), for the site build and the page. The in-page runner is the
// book's runner compiled to WebAssembly (internal/playbuild): it runs a
// program on the virtual clock with the packages of pagepkgs, in a browser
// that has no processes, files, network or signals.
package play
