//go:build js

package typecheck

// exportBundle is the export data bundle of the page's packages. The site
// build replaces this file through go build -overlay with one that holds
// the bundle (internal/playbuild); built without it, Check reports that the
// data is missing.
const exportBundle = ""
