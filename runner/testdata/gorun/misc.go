// String formatting, text/template, regexp, JSON, time formatting,
// random numbers, number parsing, URL parsing, SHA256, base64.
package main

import (
	"bytes"
	"crypto/sha256"
	b64 "encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"time"
)

type response2 struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits"`
}

type point struct{ x, y int }

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("pointer ok: %v\n", strings.HasPrefix(fmt.Sprintf("%p", &p), "0x"))
	fmt.Printf("|%6.2f|%-6.2f|%6s|%-6s|%x|%q|\n", 1.2, 3.45, "foo", "b", "hex this", `"string"`)
	fmt.Fprintf(os.Stderr, "io: an %s\n", "error")

	t1 := template.Must(template.New("t1").Parse("Value: {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, []string{"Go", "Rust"})
	t3 := template.Must(template.New("t3").Parse("{{if . -}} yes {{else -}} no {{end}}\n"))
	t3.Execute(os.Stdout, "not empty")
	t4 := template.Must(template.New("t4").Parse("Range: {{range .}}{{.}} {{end}}\n"))
	t4.Execute(os.Stdout, []string{"Go", "Rust", "C++"})
	t2 := template.Must(template.New("t2").Parse("Name: {{.Name}}\n"))
	t2.Execute(os.Stdout, struct{ Name string }{"Jane Doe"})
	t2.Execute(os.Stdout, map[string]string{"Name": "Mickey Mouse"})

	r := regexp.MustCompile("p([a-z]+)ch")
	fmt.Println(r.MatchString("peach"), r.FindStringSubmatchIndex("peach punch"), r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.ReplaceAllFunc([]byte("a peach"), bytes.ToUpper))

	res, _ := json.Marshal(&response2{Page: 1, Fruits: []string{"apple", "peach"}})
	fmt.Println(string(res))
	var dat map[string]any
	json.Unmarshal([]byte(`{"num":6.13,"strs":["a","b"]}`), &dat)
	fmt.Println(dat, dat["num"].(float64))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]int{"apple": 5, "lettuce": 7})

	tm := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	fmt.Println(tm.Format(time.RFC3339), tm.Format("3:04PM"), tm.Format(time.RFC3339Nano))
	t2p, e := time.Parse("3 04 PM", "8 41 PM")
	fmt.Println(t2p, e)
	_, e = time.Parse(time.RFC3339, "8:41PM")
	fmt.Println(e)
	fmt.Println(tm.Weekday(), tm.YearDay(), tm.Add(-time.Hour*24).Before(tm))

	fmt.Println(rand.IntN(100) < 100)
	r2 := rand.New(rand.NewPCG(42, 1024))
	fmt.Println(r2.IntN(100), r2.IntN(100))

	f, _ := strconv.ParseFloat("1.234", 64)
	i, _ := strconv.ParseInt("0x1c8", 0, 64)
	u, _ := strconv.ParseUint("789", 0, 64)
	k, _ := strconv.Atoi("135")
	_, err := strconv.Atoi("wat")
	fmt.Println(f, i, u, k, err)

	s := "postgres://user:pass@host.com:5432/path?k=v#f"
	pu, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	host, port, _ := net.SplitHostPort(pu.Host)
	fmt.Println(pu.Scheme, pu.User.Username(), host, port, pu.Path, pu.Fragment, pu.RawQuery)
	m, _ := url.ParseQuery(pu.RawQuery)
	fmt.Println(m, m["k"][0])

	h := sha256.New()
	h.Write([]byte("sha256 this string"))
	fmt.Printf("%x\n", h.Sum(nil))
	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(sEnc, uEnc, string(sDec))
}
