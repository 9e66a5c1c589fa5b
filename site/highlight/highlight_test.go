package highlight

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompact(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"white space", `<span class="kd">func</span><span class="w"> </span><span class="nf">main</span>`, `<span class="kd">func</span> <span class="nf">main</span>`},
		{"names in the text colour", `<span class="nx">fmt</span><span class="p">.</span>`, `fmt.`},
		{"escaped text stays escaped", `<span class="nx">a</span><span class="o">&lt;-</span>`, `a<span class="o">&lt;-</span>`},
		{"the pre stays", `<pre class="chroma"><code><span class="w">	</span></code></pre>`, `<pre class="chroma"><code>	</code></pre>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(Compact([]byte(tt.in))))
		})
	}
}

func TestCSS(t *testing.T) {
	css, err := CSS()
	require.NoError(t, err)
	s := string(css)
	assert.Contains(t, s, ".chroma .kd { color: #cf222e }", "light keywords")
	assert.Contains(t, s, ":root[data-theme=dark] .chroma .kd { color: #ff7b72 }", "dark keywords, chosen")
	assert.Contains(t, s, ":root:not([data-theme=light]) .chroma .kd { color: #ff7b72 }", "dark keywords, from the system")
	assert.Contains(t, s, ".chroma { color: #1f2328;", "the light text colour is explicit")
	assert.NotContains(t, s, ".chroma .w ", "white space has no rule")
	assert.NotContains(t, s, ".chroma .nx ", "names in the text colour have no rule")
	assert.NotContains(t, s, "lntable", "no line numbers")
	// Every class that the light style colours has a dark rule, so that no
	// light colour shows on a dark page.
	for _, l := range strings.Split(s, "\n") {
		if m := rule.FindStringSubmatch(l); m != nil && m[1] != "" {
			assert.Contains(t, s, ":root[data-theme=dark] .chroma ."+m[1]+" {", "class %s", m[1])
		}
	}
}

func TestFormatOptionsHaveNoInlineStyle(t *testing.T) {
	assert.NotEmpty(t, FormatOptions())
	assert.Equal(t, `<pre class="chroma"><code>`, preWrapper{}.Start(true, ` style="color: red"`))
}
