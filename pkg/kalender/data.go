package kalender

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
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
	// Compiled here, not in the package's initialisation: a process parses
	// the table at most once (muatTabel), and most commands never do.
	var (
		reTahun     = regexp.MustCompile(`^\[(\d{4})\]$`)
		reHari      = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})\s+(L|CB)\s+(\S.*)$`)
		rePerubahan = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})\s+(\S.*)$`)
	)
	t := &tabel{hari: map[time.Time]Libur{}, keputusan: map[int]Keputusan{}}
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
		if m := reTahun.FindStringSubmatch(s); m != nil {
			y, _ := strconv.Atoi(m[1])
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
			m := rePerubahan.FindStringSubmatch(strings.TrimSpace(strings.TrimPrefix(s, "perubahan:")))
			if m == nil {
				return nil, salah("perubahan harus ditulis \"perubahan: YYYY-MM-DD uraian\"")
			}
			d, err := tanggal(m[1])
			if err != nil {
				return nil, salah("%v", err)
			}
			kp.Perubahan = append(kp.Perubahan, Perubahan{Tanggal: d, Uraian: m[2]})
		default:
			m := reHari.FindStringSubmatch(s)
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
