// log's flags: the file and line of each call, prefixes, a logger of
// one's own, slog's JSON.
package main

import (
	"bytes"
	"fmt"
	"log"
	"log/slog"
	"os"
)

func helper(l *log.Logger) {
	l.Println("from helper")
}

func main() {
	log.SetFlags(log.Lshortfile)
	log.Println("standard logger")
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)
	log.SetFlags(log.Llongfile)
	log.Printf("long %d", 1)
	mylog := log.New(os.Stdout, "my:", log.Lshortfile)
	mylog.Println("from mylog")
	mylog.SetPrefix("ohmy:")
	mylog.SetFlags(log.Lshortfile | log.Lmsgprefix)
	mylog.Println("from mylog")
	helper(mylog)
	var buf bytes.Buffer
	buflog := log.New(&buf, "buf:", log.Lshortfile)
	buflog.Println("hello")
	fmt.Print("from buflog:", buf.String())
	log.SetFlags(0)
	log.Output(1, "output")
	jsonHandler := slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{AddSource: false, ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	myslog := slog.New(jsonHandler)
	myslog.Info("hi there")
	myslog.Info("hello again", "key", "val", "age", 25)
}
