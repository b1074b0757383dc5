package kinerja

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseAngka(t *testing.T) {
	cases := []struct {
		in   string
		v    float64
		unit string
	}{
		{"7.500.000", 7500000, ""},
		{"Rp 7.500.000,00", 7500000, ""},
		{"Rp. 7.500.000,-", 7500000, ""},
		{"rp7.500.000", 7500000, ""},
		{"84,69", 84.69, ""},
		{"84,69%", 84.69, "%"},
		{"75,86 %", 75.86, "%"}, // as typed in the reference report
		{"7,5", 7.5, ""},        // a decimal comma is never a range
		{"6 Desa", 6, "Desa"},
		{"12 bulan", 12, "bulan"},
		{"0", 0, ""},
		{"-5", -5, ""},
		{"1.234,5", 1234.5, ""},
		{"  100 % ", 100, "%"},
		{"1234567", 1234567, ""},
		{"12\u00a0Desa", 12, "Desa"}, // non-breaking space from a copy-paste
	}
	for _, c := range cases {
		v, unit, err := ParseAngka(c.in)
		if err != nil || v != c.v || unit != c.unit {
			t.Errorf("ParseAngka(%q) = %v %q %v, want %v %q", c.in, v, unit, err, c.v, c.unit)
		}
	}
}

func TestParseAngkaErrors(t *testing.T) {
	for _, in := range []string{
		"7.5",      // "." not followed by three digits
		"84.69",    // English decimal point
		"1,234.56", // English thousands
		"7500.000", // first group longer than three digits
		"1.23.456", // group of two
		"abc",      // no number
		"",         // empty
		"12,",      // comma without decimals
		"1,5,5",    // two decimal commas
		"6 / 12",   // trailing text that is not a unit
		"Desa 6",   // unit first
	} {
		_, _, err := ParseAngka(in)
		if err == nil {
			t.Errorf("ParseAngka(%q): want an error", in)
			continue
		}
		if !errors.Is(err, ErrAngka) || !strings.Contains(err.Error(), "bukan angka") {
			t.Errorf("ParseAngka(%q): error %q should be an Indonesian ErrAngka", in, err)
		}
	}
}

func TestParseTarget(t *testing.T) {
	cases := []struct {
		in       string
		min, max float64
		unit     string
		isRange  bool
	}{
		{"80–90", 80, 90, "", true},
		{"80-90", 80, 90, "", true},
		{"80 - 90", 80, 90, "", true},
		{"80 – 90", 80, 90, "", true},
		{"80 s.d. 90", 80, 90, "", true},
		{"80 s.d 90", 80, 90, "", true},
		{"80 s/d 90", 80, 90, "", true},
		{"80% - 90%", 80, 90, "%", true},
		{"80 - 90 %", 80, 90, "%", true},
		{"7,5", 7.5, 0, "", false}, // never a range
		{"12 Desa", 12, 0, "Desa", false},
		{"-5", -5, 0, "", false}, // a sign, not a range
	}
	for _, c := range cases {
		v, r, unit, err := ParseTarget(c.in)
		if err != nil {
			t.Errorf("ParseTarget(%q): %v", c.in, err)
			continue
		}
		if (r != nil) != c.isRange || v != c.min || unit != c.unit || (r != nil && (r.Min != c.min || r.Max != c.max)) {
			t.Errorf("ParseTarget(%q) = %v %+v %q, want %v–%v %q range=%v", c.in, v, r, unit, c.min, c.max, c.unit, c.isRange)
		}
	}
	if _, _, _, err := ParseTarget("90 - 80"); err == nil {
		t.Error("ParseTarget(\"90 - 80\"): a reversed range must be an error")
	}
}

func TestParseTriwulan(t *testing.T) {
	for in, want := range map[string]int{
		"1": 1, "II": 2, "ii": 2, "TW II": 2, "tw 3": 3, "Triwulan IV": 4, "TRIWULAN I": 1,
		"Triwulan ke-2": 2, "Q3": 3, "triwulanan III": 3,
	} {
		if got, err := ParseTriwulan(in); err != nil || got != want {
			t.Errorf("ParseTriwulan(%q) = %d %v, want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"5", "0", "V", "", "TW"} {
		if _, err := ParseTriwulan(in); err == nil {
			t.Errorf("ParseTriwulan(%q): want an error", in)
		}
	}
}

func TestParseTanggal(t *testing.T) {
	want := time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, in := range []string{"30/06/2023", "30-06-2023", "2023-06-30", "30 Juni 2023", "30 Jun 2023", "30 juni 2023", "Jumat, 30 Juni 2023",
		"30-Jun-2023", "30/Jun/2023", "30 Jun. 2023"} {
		if got, err := ParseTanggal(in); err != nil || !got.Equal(want) {
			t.Errorf("ParseTanggal(%q) = %v %v", in, got, err)
		}
	}
	if got, err := ParseTanggal("17 Agt 2023"); err != nil || got.Month() != 8 {
		t.Errorf("Agt: %v %v", got, err)
	}
	for _, in := range []string{"31/06/2023", "30 Juno 2023", "kemarin", "2023/13/01"} {
		if _, err := ParseTanggal(in); err == nil {
			t.Errorf("ParseTanggal(%q): want an error", in)
		}
	}
}

func TestParsePolaritasSifat(t *testing.T) {
	for in, want := range map[string]Polaritas{"": Positif, "Positif": Positif, "naik": Positif, "Maksimal": Positif,
		"NEGATIF": Negatif, "Turun": Negatif, "minimal": Negatif} {
		if got, err := ParsePolaritas(in); err != nil || got != want {
			t.Errorf("ParsePolaritas(%q) = %v %v", in, got, err)
		}
	}
	if _, err := ParsePolaritas("Netral"); err == nil {
		t.Error("ParsePolaritas(Netral): want an error")
	}
	cases := []struct {
		in, satuan string
		want       Sifat
	}{
		{"", "%", NonKumulatif}, // default for %
		{"", "Desa", Kumulatif}, // default otherwise
		{"Non Kumulatif", "Desa", NonKumulatif},
		{"non-kumulatif", "", NonKumulatif},
		{"Akhir", "", NonKumulatif},
		{"Flat", "", NonKumulatif},
		{"Rata-rata", "", RataRata},
		{"kumulatif", "%", Kumulatif},
	}
	for _, c := range cases {
		if got, err := ParseSifat(c.in, c.satuan); err != nil || got != c.want {
			t.Errorf("ParseSifat(%q, %q) = %v %v, want %v", c.in, c.satuan, got, err, c.want)
		}
	}
	if _, err := ParseSifat("Kadang", ""); err == nil {
		t.Error("ParseSifat(Kadang): want an error")
	}
}

func TestSamaSatuan(t *testing.T) {
	if !SamaSatuan("%", "persen") || !SamaSatuan("Desa", "desa") || !SamaSatuan("Dok.", "dok") {
		t.Error("units that are the same compare unequal")
	}
	if SamaSatuan("Desa", "Bulan") || SamaSatuan("%", "Desa") {
		t.Error("different units compare equal")
	}
}

// FuzzParseAngka: the parser never panics, never returns NaN or ±Inf, and
// anything it accepts is stable (the unit is valid UTF-8 text).
func FuzzParseAngka(f *testing.F) {
	for _, s := range []string{"7.500.000", "Rp 7.500.000,00", "84,69%", "6 Desa", "7,5", "80 - 90",
		"80 s.d. 90", "-5", "7.5", "", "Rp", "1.", ",5", "9999999999999999999999999", "1e308", "80–90%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, unit, err := ParseAngka(s)
		if err == nil {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("ParseAngka(%q) = %v", s, v)
			}
			if !utf8.ValidString(unit) && utf8.ValidString(s) {
				t.Fatalf("ParseAngka(%q) unit %q not valid UTF-8", s, unit)
			}
		} else if !errors.Is(err, ErrAngka) {
			t.Fatalf("ParseAngka(%q) error %v is not ErrAngka", s, err)
		}
		lo, r, _, err := ParseTarget(s)
		if err == nil && r != nil && (r.Min != lo || r.Max < r.Min) {
			t.Fatalf("ParseTarget(%q) range %+v lower %v", s, r, lo)
		}
	})
}
