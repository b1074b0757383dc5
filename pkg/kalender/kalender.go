// Package kalender knows Indonesian working days: Monday to Friday, minus
// the national holidays (libur nasional) and cuti bersama of a table shipped
// with lapkin, minus extra days the user lists (the workbook's Libur sheet).
// From that it computes the reporting deadline (docs/kalender.md): the N-th working
// day after a quarter's last day.
//
// The table lives in libur.txt (embedded with go:embed, parsed once), one
// section per year naming its SKB 3 Menteri and amendments; README.md
// describes the format. For a year that is not in the table only weekends
// and the extra days are non-working: Batas then reports that it did not
// know the holidays (diketahui == false) so that the caller can warn.
//
// The package is pure: no files, no clock. Dates are date-only values: every
// time.Time argument is reduced to its calendar date (year, month, day in
// its own location), and every date returned is midnight UTC.
package kalender

import (
	"bytes"
	"sort"
	"strconv"
	"time"
)

// Kalender is the holiday table plus a caller's extra non-working days. Its
// methods are safe for concurrent use once it is built (after the last
// TambahLibur).
type Kalender struct {
	tabel *tabel
	extra map[time.Time]string
}

// Baru returns a calendar using the embedded holiday table and the extra
// non-working days (the Libur sheet's dates; nil for none).
func Baru(extra []time.Time) *Kalender {
	k := &Kalender{tabel: builtinTable(), extra: map[time.Time]string{}}
	for _, t := range extra {
		k.TambahLibur(t, "")
	}
	return k
}

// TambahLibur adds an extra non-working day with its description (empty:
// "libur tambahan"). It returns k, for chaining.
func (k *Kalender) TambahLibur(t time.Time, keterangan string) *Kalender {
	if t.IsZero() {
		return k
	}
	d := Tanggal(t)
	if keterangan == "" {
		keterangan = "libur tambahan"
	}
	if lama, ada := k.extra[d]; !ada || lama == "libur tambahan" {
		k.extra[d] = keterangan
	}
	return k
}

// Tanggal reduces t to its calendar date, as midnight UTC.
func Tanggal(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Tahun returns the years the holiday table covers, ascending.
func (k *Kalender) Tahun() []int { return append([]int(nil), k.tabel.tahun...) }

// TahunBawaan returns the years the embedded holiday table covers,
// ascending: Baru(nil).Tahun() without reading the days (`lapkin version`
// prints them; a process that only does that need not parse the table).
func TahunBawaan() []int {
	var ys []int
	for line := range bytes.Lines(dataLibur) {
		if y, ok := yearHeading(string(bytes.TrimSpace(line))); ok {
			n, _ := strconv.Atoi(y)
			ys = append(ys, n)
		}
	}
	sort.Ints(ys)
	return ys
}

// Diketahui reports whether the table covers the year.
func (k *Kalender) Diketahui(tahun int) bool {
	_, ok := k.tabel.keputusan[tahun]
	return ok
}

// Sumber returns the decree (and amendments) behind a year's table.
func (k *Kalender) Sumber(tahun int) (Keputusan, bool) {
	kp, ok := k.tabel.keputusan[tahun]
	if !ok {
		return Keputusan{}, false
	}
	kp.Perubahan = append([]Perubahan(nil), kp.Perubahan...)
	return kp, true
}

// Cari returns the table's or the caller's entry for a day: a national
// holiday, a cuti bersama or an extra day. Weekends are not entries (a
// Saturday is simply not a working day). When a day is both in the table
// and an extra day, the table's entry is returned.
func (k *Kalender) Cari(t time.Time) (Libur, bool) {
	d := Tanggal(t)
	if l, ok := k.tabel.hari[d]; ok {
		return l, true
	}
	if s, ok := k.extra[d]; ok {
		return Libur{Tanggal: d, Jenis: LiburTambahan, Keterangan: s}, true
	}
	return Libur{}, false
}

// Libur returns the description of a holiday, cuti bersama or extra day
// ("Hari Raya Idul Fitri 1444 Hijriah"), and false for any other day,
// weekends included.
func (k *Kalender) Libur(t time.Time) (keterangan string, ok bool) {
	l, ok := k.Cari(t)
	return l.Keterangan, ok
}

// HariKerja reports whether t is a working day: Monday to Friday, not in
// the table, not an extra day.
func (k *Kalender) HariKerja(t time.Time) bool {
	d := Tanggal(t)
	if w := d.Weekday(); w == time.Saturday || w == time.Sunday {
		return false
	}
	_, libur := k.Cari(d)
	return !libur
}

// AkhirTriwulan returns the last day of a quarter (1–4) of a year: 31
// March, 30 June, 30 September or 31 December. It returns the zero time for
// a quarter outside 1–4.
func AkhirTriwulan(tahun, triwulan int) time.Time {
	if triwulan < 1 || triwulan > 4 {
		return time.Time{}
	}
	// Day 0 of the month after the quarter is the quarter's last day.
	return time.Date(tahun, time.Month(3*triwulan+1), 0, 0, 0, 0, 0, time.UTC)
}

// Rincian is a deadline with how it was found.
type Rincian struct {
	Tahun, Triwulan, HariKerja int
	// Akhir is the quarter's last day; Batas the deadline.
	Akhir, Batas time.Time
	// Diketahui is false when a day counted lies in a year the table does
	// not cover: for that year only weekends and extra days were skipped.
	Diketahui bool
	// TahunTakDikenal lists those years, ascending.
	TahunTakDikenal []int
	// Dilewati lists the weekdays skipped because they were holidays, cuti
	// bersama or extra days, in date order (weekends are not listed).
	Dilewati []Libur
}

// Batas returns the deadline: the n-th working day after the quarter's last
// day (docs/kalender.md#batas-triwulan). diketahui is false when the table has no entry for a year
// the computation touched; then only weekends and extra days were used for
// that year. A quarter outside 1–4 or n < 1 gives the zero time and false.
func (k *Kalender) Batas(tahun, triwulan, n int) (batas time.Time, diketahui bool) {
	r, ok := k.Hitung(tahun, triwulan, n)
	if !ok {
		return time.Time{}, false
	}
	return r.Batas, r.Diketahui
}

// Hitung is Batas with the details: the days skipped and the years not in
// the table. ok is false for a quarter outside 1–4 or n < 1.
func (k *Kalender) Hitung(tahun, triwulan, n int) (r Rincian, ok bool) {
	if triwulan < 1 || triwulan > 4 || n < 1 {
		return Rincian{}, false
	}
	r = Rincian{Tahun: tahun, Triwulan: triwulan, HariKerja: n,
		Akhir: AkhirTriwulan(tahun, triwulan), Diketahui: true}
	tak := map[int]bool{}
	d := r.Akhir
	for hitung := 0; hitung < n; {
		d = d.AddDate(0, 0, 1)
		if !k.Diketahui(d.Year()) && !tak[d.Year()] {
			tak[d.Year()] = true
			r.TahunTakDikenal = append(r.TahunTakDikenal, d.Year())
		}
		if k.HariKerja(d) {
			hitung++
			continue
		}
		if w := d.Weekday(); w != time.Saturday && w != time.Sunday {
			l, _ := k.Cari(d)
			r.Dilewati = append(r.Dilewati, l)
		}
	}
	r.Batas = d
	sort.Ints(r.TahunTakDikenal)
	r.Diketahui = len(r.TahunTakDikenal) == 0
	return r, true
}
