package kinerja

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression of the checks compiled on its first
// use instead of in the package's initialisation, which every lapkin
// process runs before main, whatever the command: the checks' expressions
// took ~1 ms and ~2,000 allocations of each start. generate compiles
// those every report needs while the workbook is read (Prepare). Its
// methods are those of *regexp.Regexp that the checks use.
type lazyRegexp struct {
	src   string
	build func() string // makes src, when the source itself takes work (lazyREFunc)
	once  sync.Once
	re    *regexp.Regexp
}

// lazyRE returns the expression src, compiled on first use (a bad src
// panics then, as regexp.MustCompile does; TestLazyRegexps compiles them
// all).
func lazyRE(src string) *lazyRegexp { return &lazyRegexp{src: src} }

// lazyREFunc is lazyRE for an expression whose source is made by build
// (from a table), also on first use.
func lazyREFunc(build func() string) *lazyRegexp { return &lazyRegexp{build: build} }

// source returns the source text of the expression.
func (l *lazyRegexp) source() string {
	if l.build != nil {
		return l.build()
	}
	return l.src
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.source()) })
	return l.re
}

// String returns the source text of the expression.
func (l *lazyRegexp) String() string { return l.source() }

func (l *lazyRegexp) MatchString(s string) bool  { return l.get().MatchString(s) }
func (l *lazyRegexp) FindString(s string) string { return l.get().FindString(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	return l.get().FindStringSubmatch(s)
}
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *lazyRegexp) FindAllString(s string, n int) []string {
	return l.get().FindAllString(s, n)
}
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}

// lazyRegexps are the checks' expressions, for Prepare.
var lazyRegexps = []*lazyRegexp{reKutip, reJudulAturan, reNamaDiri, reNomorBagian,
	reTW, reTahun, reRentang, reAkhirAngka, reJenis, reNIPIlmiah,
	reTglAngka, reTglISO, reTglTeks, rePernyataan, reKalimat, reMarkerAkhir}

// warmRegexps are the expressions the checks run on every report — on
// each narrative text (periods, unit kinds, capaian statements) and on
// the NIPs. The others run only where a filter finds a possible match (a
// quote mark, "tentang", a month name, a name's introducer, a date, a
// list marker) and are compiled at that first use: most reports need few
// of them (S none, contoh two of eleven).
var warmRegexps = []*lazyRegexp{reTW, reTahun, rePernyataan, reJenis, reNIPIlmiah}

// Prepare compiles the regular expressions every report's checks run
// (warmRegexps), and reads the spelling word list, now rather than at
// their first use: generate calls it in the background while it reads
// the first workbook, so that checking it does not wait for them. Safe to
// call from several goroutines, and more than once.
func Prepare() {
	for _, l := range warmRegexps {
		l.get()
	}
	DaftarEjaan()
}
