package render

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteTimeline(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   *Timeline
		want string
	}{
		{"none asked", nil, ""},
		{
			"drawn, collapsed, with its summary as the text",
			&Timeline{SVG: `<svg class="timeline"></svg>`, Summary: "2 goroutines over 1s; main waits 1s on a channel receive"},
			`<details class="timeline-box"><summary><span class="timeline-label">Timeline</span> <span class="timeline-summary">2 goroutines over 1s; main waits 1s on a channel receive</span></summary><div class="timeline-scroll"><svg class="timeline"></svg></div><p class="timeline-key">Each row is a goroutine; time runs left to right on the virtual clock. Hover a mark for details.</p></details>`,
		},
		{
			"not drawn: the reason, escaped",
			&Timeline{Reason: "it runs on the <real> clock"},
			`<p class="timeline-none">No timeline: it runs on the &lt;real&gt; clock.</p>`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			w := bufio.NewWriter(&b)
			writeTimeline(w, tc.in)
			require.NoError(t, w.Flush())
			assert.Equal(t, tc.want, b.String())
		})
	}
}
