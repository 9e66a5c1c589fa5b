package typecheck

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBundleRoundTrip(t *testing.T) {
	pkgs := []BundlePackage{
		{Path: "fmt", Deps: []string{"errors", "io"}, Data: []byte("i\x00\x01data")},
		{Path: "iter", Data: []byte{}},
	}
	got, err := DecodeBundle(EncodeBundle(pkgs))
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "fmt", got[0].Path)
	assert.Equal(t, []string{"errors", "io"}, got[0].Deps)
	assert.Equal(t, []byte("i\x00\x01data"), got[0].Data)
	assert.Equal(t, "iter", got[1].Path)
	assert.Empty(t, got[1].Deps)
}

func TestBundleBroken(t *testing.T) {
	good := EncodeBundle([]BundlePackage{{Path: "fmt", Deps: []string{"io"}, Data: []byte("xyz")}})
	for name, b := range map[string][]byte{
		"empty":     nil,
		"magic":     []byte("nope"),
		"truncated": good[:len(good)-1],
		"trailing":  append(append([]byte{}, good...), 0),
		"huge":      append([]byte(bundleMagic), 0xff, 0xff, 0xff, 0xff, 0x0f),
	} {
		_, err := DecodeBundle(b)
		assert.Error(t, err, name)
	}
}

// FuzzDecodeBundle checks that no input panics the decoder.
func FuzzDecodeBundle(f *testing.F) {
	f.Add(EncodeBundle([]BundlePackage{{Path: "fmt", Deps: []string{"io"}, Data: []byte("xyz")}}))
	f.Add([]byte(bundleMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		pkgs, err := DecodeBundle(b)
		if err == nil {
			again, err := DecodeBundle(EncodeBundle(pkgs))
			require.NoError(t, err)
			assert.Equal(t, pkgs, again)
		}
	})
}

// TestBundleImports builds a bundle of real packages and reads fmt back.
func TestBundleImports(t *testing.T) {
	c := New("../..")
	b, err := c.Bundle([]string{"fmt", "golang.org/x/sync/errgroup"})
	require.NoError(t, err)
	pkgs, err := DecodeBundle(b)
	require.NoError(t, err)
	require.Len(t, pkgs, 2)
	assert.Contains(t, pkgs[0].Deps, "io")
	assert.Equal(t, byte('i'), pkgs[0].Data[0])
}
