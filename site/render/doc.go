// Package render turns the book model into the website's pages.
//
// A chapter's page is its goldmark tree (book.Chapter.Doc) rendered with the
// book's own goldmark configuration (book.Markdown) plus the node renderers
// of this package, registered with a priority above goldmark's defaults:
//
//   - cell.go: a ```go block is a notebook cell: the code, highlighted by
//     chroma through goldmark-highlighting, and after a program's last
//     segment its output (output.go) read from the program's transcript.
//   - heading.go: headings carry their id and an anchor link.
//   - link.go: links to a section of another chapter (#thread-management)
//     lead to that chapter's page; links to sections no chapter has yet lead
//     to the page of planned sections.
//
// The pages around the chapters (layout, index, planned sections, the
// whole book on one page) are html/template files under templates/,
// embedded, and contents.go holds the book's table of contents they share.
// print.go joins the chapters for print.html, keeping links and ids on the
// one page; describe.go makes each page's meta description. Nothing here touches the file
// system: Render returns the pages in memory and site/build writes them.
package render
