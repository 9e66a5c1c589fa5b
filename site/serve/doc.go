// Package serve is the local server of the serve command: it builds the
// site, serves it on a loopback address, watches the chapters, transcripts,
// templates and static files, rebuilds on a change and tells the open pages
// to reload.
//
//	serve.go    the server: loopback only, files not cached
//	watch.go    fsnotify on the source directories, changes coalesced
//	reload.go   the /_reload event stream (server-sent events) that the
//	            pages' reload.js listens to
//	inject.go   reload.js, added to the pages as they are served: the site
//	            on disk stays byte for byte what `make site` writes
//	parent.go   stopping when the process that started the server ends
//
// While serving, the templates and static files are read from the source
// tree rather than from the binary, so that an edit to a stylesheet shows
// without restarting.
package serve
