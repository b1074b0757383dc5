package kinerja

import (
	"strings"
)

// BagianNarasi is a part of the report whose generated text the Narasi
// sheet can replace: its canonical name and the other names accepted in the
// sheet's Bagian column.
type BagianNarasi struct {
	Nama  string
	Alias []string
}

// DaftarBagian lists the parts, in the order they appear in the report.
var DaftarBagian = []BagianNarasi{
	{Nama: "Pendahuluan", Alias: []string{"Bab I", "Latar Belakang", "Dasar Pelaporan"}},
	{Nama: "Tugas", Alias: []string{"Tugas dan Fungsi", "Tugas Pokok dan Fungsi", "Tupoksi", "Uraian Tugas"}},
	{Nama: "Perjanjian Kinerja", Alias: []string{"PK"}},
	{Nama: "Capaian Kinerja", Alias: []string{"Capaian"}},
	{Nama: "Anggaran", Alias: []string{"Cost per Outcome", "Realisasi Anggaran", "Efisiensi"}},
	{Nama: "Evaluasi", Alias: []string{"Evaluasi dan Analisis Kinerja", "Evaluasi dan Analisis", "Strategi"}},
	{Nama: "Tindak Lanjut", Alias: []string{"Rencana Tindak Lanjut", "RTL"}},
	{Nama: "Penutup", Alias: []string{"Bab III", "Kesimpulan", "Simpulan"}},
	// Parts only the annual report (LKjIP) has.
	{Nama: "Kata Pengantar", Alias: []string{"Pengantar"}},
	{Nama: "Ikhtisar Eksekutif", Alias: []string{"Ringkasan Eksekutif", "Ikhtisar"}},
	{Nama: "Isu Strategis", Alias: []string{"Isu-isu Strategis", "Isu Isu Strategis", "Permasalahan Utama"}},
	{Nama: "Perencanaan Kinerja", Alias: []string{"Bab II Perencanaan Kinerja", "Rencana Strategis", "Renstra"}},
}

var reNomorBagian = lazyRE(`^(bab\s+[ivx]+\.?\s+|[0-9]+(\.[0-9]+)*\.?\s+)`)

// normBagian normalises a part name for matching: like headers (case and
// white space), also ignoring "_", "-", "." and a leading section number
// ("2.1. Perjanjian Kinerja", "BAB III Penutup").
func normBagian(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if m := reNomorBagian.FindString(s); m != "" && len(m) < len(s) {
		s = s[len(m):]
	}
	return strings.NewReplacer(" ", "", "_", "", "-", "", ".", "").Replace(s)
}

// FindBagian returns the canonical name of a Narasi part name and whether
// it is known.
func FindBagian(nama string) (string, bool) {
	n := normBagian(nama)
	if n == "" {
		return "", false
	}
	for _, b := range DaftarBagian {
		if normBagian(b.Nama) == n {
			return b.Nama, true
		}
		for _, a := range b.Alias {
			if normBagian(a) == n {
				return b.Nama, true
			}
		}
	}
	return "", false
}

// NamaBagian returns the canonical part names, for messages and lists.
func NamaBagian() []string {
	out := make([]string, len(DaftarBagian))
	for i, b := range DaftarBagian {
		out[i] = b.Nama
	}
	return out
}
