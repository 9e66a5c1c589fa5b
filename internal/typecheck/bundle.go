package typecheck

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// A bundle carries the export data of several packages in one byte string,
// for the in-page runner, which has no go list: the site build writes one
// for the packages a page program may import (internal/play/pagepkgs) and
// the js/wasm build embeds it (exports_js.go). Its format, all lengths and
// counts unsigned varints:
//
//	"tcb1"                       magic and version
//	count                        number of packages
//	per package:
//	  len path                   import path
//	  ndeps (len dep)*           the packages it imports, directly or not
//	  len data                   its export data, gcexportdata.Write's
//	                             (self-contained: no other package's data
//	                             is needed to read it)
//
// A string is its length then its bytes.

// BundlePackage is one package of a bundle.
type BundlePackage struct {
	Path string
	Deps []string
	Data []byte
}

const bundleMagic = "tcb1"

// EncodeBundle writes pkgs as a bundle.
func EncodeBundle(pkgs []BundlePackage) []byte {
	b := []byte(bundleMagic)
	str := func(s []byte) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendUvarint(b, uint64(len(pkgs)))
	for _, p := range pkgs {
		str([]byte(p.Path))
		b = binary.AppendUvarint(b, uint64(len(p.Deps)))
		for _, d := range p.Deps {
			str([]byte(d))
		}
		str(p.Data)
	}
	return b
}

// DecodeBundle reads a bundle written by EncodeBundle.
func DecodeBundle(b []byte) ([]BundlePackage, error) {
	if len(b) < len(bundleMagic) || string(b[:len(bundleMagic)]) != bundleMagic {
		return nil, errors.New("export data bundle: bad magic")
	}
	b = b[len(bundleMagic):]
	bad := errors.New("export data bundle: truncated")
	num := func() (uint64, error) {
		n, k := binary.Uvarint(b)
		if k <= 0 {
			return 0, bad
		}
		b = b[k:]
		return n, nil
	}
	str := func() ([]byte, error) {
		n, err := num()
		if err != nil {
			return nil, err
		}
		if n > uint64(len(b)) {
			return nil, bad
		}
		s := b[:n:n]
		b = b[n:]
		return s, nil
	}
	count, err := num()
	if err != nil {
		return nil, err
	}
	if count > uint64(len(b)) {
		return nil, bad
	}
	pkgs := make([]BundlePackage, 0, count)
	for range count {
		var p BundlePackage
		path, err := str()
		if err != nil {
			return nil, err
		}
		p.Path = string(path)
		ndeps, err := num()
		if err != nil {
			return nil, err
		}
		if ndeps > uint64(len(b)) {
			return nil, bad
		}
		for range ndeps {
			d, err := str()
			if err != nil {
				return nil, err
			}
			p.Deps = append(p.Deps, string(d))
		}
		if p.Data, err = str(); err != nil {
			return nil, err
		}
		pkgs = append(pkgs, p)
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("export data bundle: %d bytes after the last package", len(b))
	}
	return pkgs, nil
}
