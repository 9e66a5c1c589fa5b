package render

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/concbook/concurrency/internal/book"
)

// rendererPriority places this package's node renderers before goldmark's
// own (1000) and goldmark-highlighting's (200): the lower, the stronger.
const rendererPriority = 100

// siteExtension adds the site's node renderers to the book's goldmark
// configuration.
type siteExtension struct {
	cells *cellRenderer
	links *linkResolver
}

func (e siteExtension) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(
		util.Prioritized(e.cells, rendererPriority),
		util.Prioritized(headingRenderer{}, rendererPriority),
		util.Prioritized(&linkRenderer{links: e.links}, rendererPriority),
	))
}

// markdown is the book's goldmark configuration with the site's renderers.
func markdown(cells *cellRenderer, links *linkResolver) goldmark.Markdown {
	return book.Markdown(siteExtension{cells: cells, links: links})
}
