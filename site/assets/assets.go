package assets

import (
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"slices"

	"github.com/concbook/concurrency/site/highlight"
)

//go:embed files
var embedded embed.FS

// Files are the embedded static files.
var Files fs.FS = mustSub(embedded, "files")

// timelineCSS is the timelines' stylesheet, appended to style.css.
const timelineCSS = "timeline.css"

// Bundle returns the site's static files by path: the files of fsys (nil:
// the embedded ones), with style.css followed by the code colours and
// timeline.css.
func Bundle(fsys fs.FS) (map[string][]byte, error) {
	if fsys == nil {
		fsys = Files
	}
	out := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		out[p] = data
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("assets: %w", err)
	}
	css, ok := out["style.css"]
	if !ok {
		return nil, fmt.Errorf("assets: no style.css in %v", fsys)
	}
	colours, err := highlight.CSS()
	if err != nil {
		return nil, err
	}
	out["style.css"] = append(append(css[:len(css):len(css)], '\n'), colours...)
	// The timelines' rules follow (see timeline.css); one stylesheet.
	if tl, ok := out[timelineCSS]; ok {
		out["style.css"] = append(append(out["style.css"], '\n'), tl...)
		delete(out, timelineCSS)
	}
	return out, nil
}

// Sorted returns the bundle's paths in order.
func Sorted(b map[string][]byte) []string { return slices.Sorted(maps.Keys(b)) }

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err)
	}
	return sub
}
