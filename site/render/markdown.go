package render

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
	"slices"

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

// Extensions are the Markdown extensions the site parses and renders the
// book with, beyond the book's own (book.Markdown): GitHub-flavoured
// Markdown. The site loads the book with them: book.Load(root,
// render.Extensions...).
var Extensions = []goldmark.Extender{extension.GFM}

// markdown is the book's goldmark configuration with the site's extensions
// and renderers.
func markdown(cells *cellRenderer, links *linkResolver) goldmark.Markdown {
	return book.Markdown(append(slices.Clone(Extensions), siteExtension{cells: cells, links: links})...)
}
