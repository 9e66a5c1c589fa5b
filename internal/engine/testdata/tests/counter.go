package main

import (
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func TestCounter(t *testing.T) {
	var c Counter
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(c.Inc)
	}
	wg.Wait()
	t.Logf("n = %d", c.n)
}

func TestSleeps(t *testing.T) {
	time.Sleep(2 * time.Second)
}

func TestBubble(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		time.Sleep(time.Hour)
		synctest.Wait()
		t.Log(time.Since(start))
	})
}

func TestFails(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		t.Errorf("want %d, got %d", 1, 2)
		t.Fatal("stop")
		t.Log("not reached")
	})
}
