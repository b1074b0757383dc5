package kinerja

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

var idPrinter = message.NewPrinter(language.Indonesian)

// FormatAngka writes v with n decimals the Indonesian way ("7.500.000",
// "84,69"), rounded half away from zero.
func FormatAngka(v float64, n int) string {
	return idPrinter.Sprintf("%.*f", n, Bulat(v, n))
}

// FormatPersen writes a percentage with two decimals: "84,69%"; "–" when
// undefined.
func FormatPersen(a Angka) string {
	if !a.OK {
		return "–"
	}
	return FormatAngka(a.V, 2) + "%"
}

// FormatRupiah writes an amount with thousands dots: "7.500.000"; "–" when
// undefined.
func FormatRupiah(r Rupiah) string {
	if !r.OK {
		return "–"
	}
	return idPrinter.Sprintf("%d", r.V)
}

// FormatBilangan writes a figure as typed: without decimals when it is
// whole, else with up to two ("12", "84,69", "7,5").
func FormatBilangan(v float64) string {
	r := Bulat(v, 2)
	s := FormatAngka(r, 2)
	if strings.Contains(s, ",") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ",")
	}
	return s
}

// FormatTanggal writes "30 Juni 2023".
func FormatTanggal(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), Bulan[t.Month()-1], t.Year())
}

// FormatHariTanggal writes "Jumat, 7 Juli 2023".
func FormatHariTanggal(t time.Time) string {
	return Hari[t.Weekday()] + ", " + FormatTanggal(t)
}
