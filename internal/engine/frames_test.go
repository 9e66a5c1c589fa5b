package engine

import (
	"encoding/binary"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func frame(at time.Duration, data string) []byte {
	b := append([]byte(nil), frameMagic...)
	b = binary.BigEndian.AppendUint64(b, uint64(fakeEpoch+int64(at)))
	b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
	return append(b, data...)
}

func TestFrameDecoder(t *testing.T) {
	stream := append(frame(0, "hello\n"), frame(2*time.Second, "after\n")...)
	stream = append(stream, "raw child output\n"...)
	stream = append(stream, frame(3*time.Second, "last\n")...)
	want := []Write{
		{At: 0, Data: []byte("hello\n")},
		{At: 2 * time.Second, Data: []byte("after\n")},
		{At: 2 * time.Second, Data: []byte("raw child output\n")},
		{At: 3 * time.Second, Data: []byte("last\n")},
	}
	// Fed at once, and byte by byte: the same writes.
	for _, chunk := range []int{len(stream), 1, 3, 17} {
		var d frameDecoder
		var got []Write
		for i := 0; i < len(stream); i += chunk {
			got = append(got, d.feed(stream[i:min(i+chunk, len(stream))])...)
		}
		got = append(got, d.flush()...)
		assert.Equal(t, want, mergeAdjacent(got), "chunk %d", chunk)
	}
}

// mergeAdjacent joins consecutive raw pieces of one write, which a decoder
// fed byte by byte emits separately.
func mergeAdjacent(ws []Write) []Write {
	var out []Write
	for _, w := range ws {
		if n := len(out); n > 0 && out[n-1].At == w.At && out[n-1].Data[len(out[n-1].Data)-1] != '\n' {
			out[n-1].Data = append(out[n-1].Data, w.Data...)
			continue
		}
		out = append(out, w)
	}
	return out
}
