package serve

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
)

// ReloadPath is where the pages' reload.js listens.
const ReloadPath = "/_reload"

// event is a server-sent event.
type event struct{ name, data string }

// broker sends events to every open page.
type broker struct {
	mu      sync.Mutex
	clients map[chan event]bool
	done    chan struct{}
}

func newBroker() *broker {
	return &broker{clients: map[chan event]bool{}, done: make(chan struct{})}
}

// send sends an event to every page listening; a page that is behind misses
// it rather than holding the others up.
func (b *broker) send(name, data string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for c := range b.clients {
		select {
		case c <- event{name, data}:
		default:
		}
	}
}

// close ends every stream, so that the server can shut down.
func (b *broker) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	select {
	case <-b.done:
	default:
		close(b.done)
	}
}

func (b *broker) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	c := make(chan event, 4)
	b.mu.Lock()
	b.clients[c] = true
	b.mu.Unlock()
	defer func() {
		b.mu.Lock()
		delete(b.clients, c)
		b.mu.Unlock()
	}()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	fmt.Fprint(w, "retry: 1000\n\n")
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-b.done:
			return
		case ev := <-c:
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.name, strings.ReplaceAll(ev.data, "\n", " "))
			flusher.Flush()
		}
	}
}
