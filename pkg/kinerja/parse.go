package kinerja

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseTriwulan reads a quarter: 1–4, I–IV, "TW II", "TW 2", "Triwulan II",
// "Triwulan ke-2", "Q2" (any case).
func ParseTriwulan(s string) (int, error) {
	t := strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, p := range []string{"triwulanan", "triwulan", "tw", "q"} {
		if strings.HasPrefix(t, p) {
			t = strings.TrimSpace(t[len(p):])
			break
		}
	}
	t = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "ke-"), "ke "))
	switch t {
	case "1", "i":
		return 1, nil
	case "2", "ii":
		return 2, nil
	case "3", "iii":
		return 3, nil
	case "4", "iv":
		return 4, nil
	}
	return 0, fmt.Errorf("%q bukan triwulan: tulis 1–4, I–IV atau \"TW II\"", s)
}

// Romawi writes a quarter as a Roman numeral (I–IV).
func Romawi(q int) string {
	switch q {
	case 1:
		return "I"
	case 2:
		return "II"
	case 3:
		return "III"
	case 4:
		return "IV"
	}
	return strconv.Itoa(q)
}

// ParsePolaritas reads Positif (Naik, Maksimal) or Negatif (Turun, Minimal).
// Empty text gives Positif.
func ParsePolaritas(s string) (Polaritas, error) {
	switch normWord(s) {
	case "", "positif", "naik", "maksimal", "maksimum", "max", "+":
		return Positif, nil
	case "negatif", "turun", "minimal", "minimum", "min", "-":
		return Negatif, nil
	}
	return Positif, fmt.Errorf("%q bukan polaritas: tulis Positif atau Negatif", s)
}

// ParseSifat reads Kumulatif, Non Kumulatif (Akhir, Flat) or Rata-rata.
// Empty text gives the default: Non Kumulatif when the unit is %, else
// Kumulatif (docs/format.md#sheets).
func ParseSifat(s, satuan string) (Sifat, error) {
	switch strings.ReplaceAll(normWord(s), " ", "") {
	case "":
		if IsPersen(satuan) {
			return NonKumulatif, nil
		}
		return Kumulatif, nil
	case "kumulatif", "akumulatif":
		return Kumulatif, nil
	case "nonkumulatif", "akhir", "flat", "tidakkumulatif", "posisiakhir":
		return NonKumulatif, nil
	case "ratarata", "rata2", "rerata", "average":
		return RataRata, nil
	}
	return Kumulatif, fmt.Errorf("%q bukan sifat indikator: tulis Kumulatif, Non Kumulatif atau Rata-rata", s)
}

func normWord(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Map(func(r rune) rune { // "-" and "_" as spaces, without a Replacer per call
		if r == '-' || r == '_' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// Bulan holds the Indonesian month names, January first.
var Bulan = [12]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni",
	"Juli", "Agustus", "September", "Oktober", "November", "Desember"}

// Hari holds the Indonesian weekday names, Sunday first (time.Weekday order).
var Hari = [7]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}

var bulanAlias = map[string]time.Month{
	"jan": 1, "januari": 1, "january": 1,
	"feb": 2, "peb": 2, "februari": 2, "pebruari": 2, "february": 2,
	"mar": 3, "maret": 3, "march": 3,
	"apr": 4, "april": 4,
	"mei": 5, "may": 5,
	"jun": 6, "juni": 6, "june": 6,
	"jul": 7, "juli": 7, "july": 7,
	"agu": 8, "agt": 8, "ags": 8, "agus": 8, "agustus": 8, "aug": 8, "august": 8,
	"sep": 9, "sept": 9, "september": 9,
	"okt": 10, "oktober": 10, "oct": 10, "october": 10,
	"nov": 11, "nop": 11, "november": 11, "nopember": 11,
	"des": 12, "desember": 12, "dec": 12, "december": 12,
}

// BulanDariNama returns the month of an Indonesian (or English) month name
// or abbreviation.
func BulanDariNama(s string) (time.Month, bool) {
	m, ok := bulanAlias[strings.TrimSuffix(strings.ToLower(s), ".")]
	return m, ok
}

var (
	reTglAngka = lazyRE(`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$`)
	reTglISO   = lazyRE(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	reTglTeks  = lazyRE(`^(\d{1,2})[\s/.\-]+([A-Za-z]+)\.?[\s/.\-]+(\d{4})$`)
)

// ParseTanggal reads a date written as "30/06/2023", "30-06-2023",
// "2023-06-30", "30 Juni 2023", "30 Jun 2023", "30-Jun-2023" or "Jumat, 30
// Juni 2023".
func ParseTanggal(s string) (time.Time, error) {
	t := strings.Join(strings.Fields(strings.Map(normSpace, s)), " ")
	if i := strings.Index(t, ","); i >= 0 {
		// A leading weekday: "Jumat, 7 Juli 2023".
		day := strings.ToLower(strings.TrimSpace(t[:i]))
		for _, h := range Hari {
			if strings.ToLower(h) == day || day == "jum'at" {
				t = strings.TrimSpace(t[i+1:])
				break
			}
		}
	}
	var y, m, d int
	switch {
	case reTglAngka.MatchString(t):
		p := reTglAngka.FindStringSubmatch(t)
		d, m, y = atoi(p[1]), atoi(p[2]), atoi(p[3])
	case reTglISO.MatchString(t):
		p := reTglISO.FindStringSubmatch(t)
		y, m, d = atoi(p[1]), atoi(p[2]), atoi(p[3])
	case reTglTeks.MatchString(t):
		p := reTglTeks.FindStringSubmatch(t)
		mon, ok := BulanDariNama(p[2])
		if !ok {
			return time.Time{}, fmt.Errorf("%q: nama bulan %q tidak dikenal", s, p[2])
		}
		d, m, y = atoi(p[1]), int(mon), atoi(p[3])
	default:
		return time.Time{}, fmt.Errorf("%q bukan tanggal: tulis misalnya 30/06/2023 atau 30 Juni 2023", s)
	}
	tm := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if tm.Year() != y || int(tm.Month()) != m || tm.Day() != d {
		return time.Time{}, fmt.Errorf("%q bukan tanggal yang ada", s)
	}
	return tm, nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
