package engine

import (
	"bytes"
	"encoding/binary"
	"time"
)

// Under faketime the runtime frames every write to file descriptors 1 and 2:
//
//	0x00 0x00 'P' 'B'   magic
//	8 bytes             virtual time, Unix nanoseconds, big endian
//	4 bytes             length N of the data, big endian
//	N bytes             the data
//
// A write of a process that is not built with faketime (a child the program
// starts, writing to the inherited pipe) has no frame: its bytes are kept as
// they are, stamped with the time of the last frame seen.

var frameMagic = []byte{0, 0, 'P', 'B'}

const frameHeaderLen = 16

// fakeEpoch is where the faketime clock starts: 2009-11-10 23:00:00 UTC.
var fakeEpoch = time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC).UnixNano()

// Write is one write of the program to its standard output or error.
type Write struct {
	// At is when the write happened, since the program started: virtual time
	// on the virtual clock, wall time on the real one.
	At   time.Duration
	Data []byte
}

// frameDecoder turns the framed byte stream of a faketime process into
// Writes. Feed it the stream in chunks of any size.
type frameDecoder struct {
	buf  []byte
	last time.Duration
}

// feed decodes what it can of buf plus p and keeps the incomplete rest.
func (d *frameDecoder) feed(p []byte) []Write {
	d.buf = append(d.buf, p...)
	var out []Write
	for len(d.buf) > 0 {
		if !bytes.HasPrefix(d.buf, frameMagic) {
			// Raw bytes up to the next possible frame.
			n := bytes.Index(d.buf, frameMagic)
			if n < 0 {
				// Keep a tail that may be the start of a magic.
				n = len(d.buf) - partialMagic(d.buf)
			}
			if n == 0 {
				break
			}
			out = append(out, Write{At: d.last, Data: clone(d.buf[:n])})
			d.buf = d.buf[n:]
			continue
		}
		if len(d.buf) < frameHeaderLen {
			break
		}
		n := int(binary.BigEndian.Uint32(d.buf[12:16]))
		if len(d.buf) < frameHeaderLen+n {
			break
		}
		t := int64(binary.BigEndian.Uint64(d.buf[4:12]))
		d.last = time.Duration(t - fakeEpoch)
		if n > 0 {
			out = append(out, Write{At: d.last, Data: clone(d.buf[frameHeaderLen : frameHeaderLen+n])})
		}
		d.buf = d.buf[frameHeaderLen+n:]
	}
	return out
}

// flush returns what is left at the end of the stream as raw bytes.
func (d *frameDecoder) flush() []Write {
	if len(d.buf) == 0 {
		return nil
	}
	w := Write{At: d.last, Data: clone(d.buf)}
	d.buf = nil
	return []Write{w}
}

// partialMagic reports how many bytes at the end of b are a proper prefix of
// frameMagic.
func partialMagic(b []byte) int {
	for n := len(frameMagic) - 1; n > 0; n-- {
		if len(b) >= n && bytes.Equal(b[len(b)-n:], frameMagic[:n]) {
			return n
		}
	}
	return 0
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }
