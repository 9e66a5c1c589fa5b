// Package demo has a test of each kind for testsummary's test.
package demo

import "testing"

func TestPass(t *testing.T) { t.Log("not shown: the test passed") }

func TestSkip(t *testing.T) { t.Skip("chromium is not installed") }

func TestFail(t *testing.T) {
	t.Run("ok", func(t *testing.T) { t.Log("not shown: the subtest passed") })
	t.Run("bad", func(t *testing.T) { t.Error("boom\nsecond line") })
}

func TestSubSkip(t *testing.T) {
	t.Run("one", func(t *testing.T) { t.Skipf("no %s", "node") })
}
