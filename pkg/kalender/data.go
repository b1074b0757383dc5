package kalender

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed libur.txt
var dataLibur []byte

// Jenis is the kind of a non-working day.
type Jenis int

const (
	// LiburNasional is a national holiday ("L" in the table).
	LiburNasional Jenis = iota
	// CutiBersama is a cuti bersama day ("CB" in the table).
	CutiBersama
	// LiburTambahan is an extra day given by the caller (the Libur sheet).
	LiburTambahan
)

// String gives the Indonesian name of the kind, as shown to users.
func (j Jenis) String() string {
	switch j {
	case CutiBersama:
		return "cuti bersama"
	case LiburTambahan:
		return "libur tambahan"
	}
	return "libur nasional"
}

// Libur is one non-working day: its date (UTC midnight), its kind and its
// description ("Hari Raya Idul Fitri 1444 Hijriah").
type Libur struct {
	Tanggal    time.Time
	Jenis      Jenis
	Keterangan string
}

// Perubahan is an amendment or a further decree that changed a year's list,
// with the date it was signed.
type Perubahan struct {
	Tanggal time.Time
	Uraian  string
}

// Keputusan names the source of a year's table: the SKB 3 Menteri, and the
// amendments applied to it.
type Keputusan struct {
	Tahun     int
	Dasar     string
	Perubahan []Perubahan
}

// tabel is the parsed holiday table.
type tabel struct {
	hari      map[time.Time]Libur
	keputusan map[int]Keputusan
	tahun     []int // sorted
}

var muatTabel = sync.OnceValues(func() (*tabel, error) {
	return parse(dataLibur)
})

// builtinTable returns the embedded table. The table is checked by the
// package's tests, so a broken one is a build defect, not bad user input.
func builtinTable() *tabel {
	t, err := muatTabel()
	if err != nil {
		panic("kalender: tabel hari libur bawaan rusak: " + err.Error())
	}
	return t
}

// parse reads the table format described in libur.txt and README.md,
// rejecting anything doubtful (a date outside its year's section, a
// duplicate, a year without its decree) with the line number.
func parse(data []byte) (*tabel, error) {
	// A line holds at most one day: sized by the lines, the map never grows.
	t := &tabel{hari: make(map[time.Time]Libur, bytes.Count(data, []byte{'\n'})+1), keputusan: map[int]Keputusan{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	tahun := 0
	baris := 0
	salah := func(format string, args ...any) error {
		return fmt.Errorf("libur.txt baris %d: %s", baris, fmt.Sprintf(format, args...))
	}
	for sc.Scan() {
		baris++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if ys, ok := yearHeading(s); ok {
			y, _ := strconv.Atoi(ys)
			if _, ada := t.keputusan[y]; ada {
				return nil, salah("tahun %d muncul dua kali", y)
			}
			tahun = y
			t.keputusan[y] = Keputusan{Tahun: y}
			t.tahun = append(t.tahun, y)
			continue
		}
		if tahun == 0 {
			return nil, salah("baris sebelum judul tahun pertama ([2023]): %q", s)
		}
		kp := t.keputusan[tahun]
		switch {
		case strings.HasPrefix(s, "keputusan:"):
			if kp.Dasar != "" {
				return nil, salah("tahun %d sudah memiliki keputusan", tahun)
			}
			kp.Dasar = strings.TrimSpace(strings.TrimPrefix(s, "keputusan:"))
			if kp.Dasar == "" {
				return nil, salah("keputusan kosong")
			}
		case strings.HasPrefix(s, "perubahan:"):
			m := amendmentLine(strings.TrimSpace(strings.TrimPrefix(s, "perubahan:")))
			if m == nil {
				return nil, salah("perubahan harus ditulis \"perubahan: YYYY-MM-DD uraian\"")
			}
			d, err := tanggal(m[1])
			if err != nil {
				return nil, salah("%v", err)
			}
			kp.Perubahan = append(kp.Perubahan, Perubahan{Tanggal: d, Uraian: m[2]})
		default:
			m := dayLine(s)
			if m == nil {
				return nil, salah("tidak dikenali: %q (tulis \"YYYY-MM-DD L|CB keterangan\")", s)
			}
			d, err := tanggal(m[1])
			if err != nil {
				return nil, salah("%v", err)
			}
			if d.Year() != tahun {
				return nil, salah("tanggal %s berada di luar bagian [%d]", m[1], tahun)
			}
			if _, ada := t.hari[d]; ada {
				return nil, salah("tanggal %s muncul dua kali", m[1])
			}
			j := LiburNasional
			if m[2] == "CB" {
				j = CutiBersama
			}
			t.hari[d] = Libur{Tanggal: d, Jenis: j, Keterangan: strings.TrimSpace(m[3])}
		}
		t.keputusan[tahun] = kp
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, y := range t.tahun {
		if t.keputusan[y].Dasar == "" {
			return nil, fmt.Errorf("libur.txt: tahun %d tidak menyebut keputusannya (keputusan: ...)", y)
		}
	}
	sort.Ints(t.tahun)
	return t, nil
}

func tanggal(s string) (time.Time, error) {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q bukan tanggal YYYY-MM-DD yang ada", s)
	}
	return d, nil
}

// The table's three kinds of line are matched by hand rather than with
// regular expressions, which cost more to compile than the table costs to
// read; each matcher returns what the expression in its comment would
// (TestLineMatchersAsRegexp compares them on many lines, random ones too).

// yearHeading matches `^\[(\d{4})\]$` and returns the year's digits.
func yearHeading(s string) (string, bool) {
	if len(s) != 6 || s[0] != '[' || s[5] != ']' || !digits(s[1:5]) {
		return "", false
	}
	return s[1:5], true
}

// dayLine matches `^(\d{4}-\d{2}-\d{2})\s+(L|CB)\s+(\S.*)$` and returns
// what FindStringSubmatch would: the whole line, the date, the kind and the
// description; nil when it does not match.
func dayLine(s string) []string {
	date, rest, ok := dateThenSpace(s)
	if !ok {
		return nil
	}
	var kind string
	switch {
	case strings.HasPrefix(rest, "L"):
		kind = "L"
	case strings.HasPrefix(rest, "CB"):
		kind = "CB"
	default:
		return nil
	}
	after := rest[len(kind):]
	desc := trimRESpace(after)
	if len(desc) == len(after) || !restOfLine(desc) {
		return nil
	}
	return []string{s, date, kind, desc}
}

// amendmentLine matches `^(\d{4}-\d{2}-\d{2})\s+(\S.*)$` and returns the
// whole line, the date and the text; nil when it does not match.
func amendmentLine(s string) []string {
	date, rest, ok := dateThenSpace(s)
	if !ok || !restOfLine(rest) {
		return nil
	}
	return []string{s, date, rest}
}

// dateThenSpace matches `^\d{4}-\d{2}-\d{2}\s+` at the start of s and
// returns the date and what follows the white space.
func dateThenSpace(s string) (date, rest string, ok bool) {
	if len(s) < 11 || !digits(s[0:4]) || s[4] != '-' || !digits(s[5:7]) || s[7] != '-' || !digits(s[8:10]) {
		return "", "", false
	}
	rest = trimRESpace(s[10:])
	if len(rest) == len(s)-10 {
		return "", "", false
	}
	return s[:10], rest, true
}

// restOfLine reports whether s matches `^\S.*$` once the white space
// before it is gone: not empty and no line break (`.` stops at one).
func restOfLine(s string) bool {
	return s != "" && !strings.Contains(s, "\n")
}

// trimRESpace drops the leading white space of a regular expression's
// `\s`: space, tab, line feed, form feed and carriage return.
func trimRESpace(s string) string {
	for s != "" {
		switch s[0] {
		case ' ', '\t', '\n', '\f', '\r':
			s = s[1:]
			continue
		}
		break
	}
	return s
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
