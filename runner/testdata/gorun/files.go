// Files, directories and temporary files; relative paths are the
// caller's working directory.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "sampledir")
	check(err)
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "dat1")
	check(os.WriteFile(p, []byte("hello\ngo\n"), 0644))
	f, err := os.Create(filepath.Join(dir, "dat2"))
	check(err)
	w := bufio.NewWriter(f)
	n, _ := w.WriteString("buffered\n")
	fmt.Printf("wrote %d bytes\n", n)
	w.Flush()
	f.Close()
	dat, err := os.ReadFile(p)
	check(err)
	fmt.Print(string(dat))
	check(os.MkdirAll(filepath.Join(dir, "sub", "deep"), 0755))
	entries, err := os.ReadDir(dir)
	check(err)
	for _, e := range entries {
		fmt.Println(" ", e.Name(), e.IsDir())
	}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		fmt.Println("visit:", rel, d.IsDir())
		return nil
	})
	tf, err := os.CreateTemp("", "sample")
	check(err)
	fmt.Println("temp in TempDir:", filepath.Dir(tf.Name()) == os.TempDir())
	os.Remove(tf.Name())
	fmt.Println(filepath.Join("dir1", "dir2", "filename"), filepath.Ext("config.json"))
	_, err = os.ReadFile("no-such-file-here.txt")
	fmt.Println(err)
	wd, _ := os.Getwd()
	_, err = os.Stat(filepath.Join(wd, "files.go"))
	fmt.Println("cwd has files.go:", err == nil)
	_, err = os.Stat("files.go")
	fmt.Println("relative files.go:", err == nil)
}
