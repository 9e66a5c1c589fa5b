// Package highlight is the site's use of chroma: the formatter options for
// goldmark-highlighting (classes, never inline styles), the stylesheet of
// those classes for the light and the dark theme, and Compact, which keeps
// the markup of highlighted code small: a chapter's code is most of its
// page's bytes.
package highlight
