package workbook

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// Test helpers: small workbooks described as Sheet, written with Write
// and read back with ReadFrom.

func tgl(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func identitasMinimal() Sheet {
	return Sheet{Nama: "Identitas", Baris: [][]any{
		{"Tahun Anggaran", 2023},
		{"Triwulan", "II"},
		{"Pemerintah Daerah", "Kabupaten Lumajang"},
		{"Unit Kerja", "Kecamatan Senduro"},
		{"Jabatan", "Kepala Seksi Pemerintahan"},
		{"Jabatan Singkat", "Kasi Pemerintahan"},
		{"Nama Pejabat", "Budi Santoso, S.Sos"},
		{"NIP", TeksAngka("197501012006041001")},
		{"Jabatan Atasan", "Camat Senduro"},
		{"Nama Atasan", "Drs. Agus Wibowo"},
		{"NIP Atasan", TeksAngka("196805121994031007")},
		{"Tempat", "Senduro"},
		{"Tanggal Laporan", Tanggal(tgl(2023, 7, 3))},
	}}
}

func targetMinimal() Sheet {
	return Sheet{Nama: "Target",
		Header: []string{"Kode", "Sasaran", "Indikator", "Satuan", "Target", "Target TW II"},
		Baris: [][]any{
			{"IK1", "Terlaksananya fasilitasi", "Persentase fasilitasi yang ditindaklanjuti", "%", 100, 50},
			{"IK2", "Meningkatnya ketertiban", "Jumlah desa tertib", "Desa", 12, 6},
		}}
}

func realisasiMinimal() Sheet {
	return Sheet{Nama: "Realisasi",
		Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV"},
		Baris: [][]any{
			{"IK1", 20, 24},
			{"IK2", 3, 3},
		}}
}

func anggaranMinimal() Sheet {
	return Sheet{Nama: "Anggaran",
		Header: []string{"Kode", "Kegiatan", "Indikator", "Pagu", "Realisasi"},
		Baris: [][]any{
			{"1.01", "Penyelenggaraan urusan pemerintahan umum", "IK1", Rupiah(7500000), Rupiah(1800000)},
		}}
}

func bukuMinimal(extra ...Sheet) []Sheet {
	ls := []Sheet{identitasMinimal(), targetMinimal(), realisasiMinimal(), anggaranMinimal()}
	return append(ls, extra...)
}

// ganti returns ls with the sheet named like l replaced (or added).
func ganti(ls []Sheet, l Sheet) []Sheet {
	out := append([]Sheet(nil), ls...)
	for i := range out {
		if out[i].Nama == l.Nama {
			out[i] = l
			return out
		}
	}
	return append(out, l)
}

func tanpa(ls []Sheet, nama string) []Sheet {
	var out []Sheet
	for _, l := range ls {
		if l.Nama != nama {
			out = append(out, l)
		}
	}
	return out
}

func writeT(t testing.TB, ls []Sheet) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, ls); err != nil {
		t.Fatalf("Tulis: %v", err)
	}
	return buf.Bytes()
}

func readT(t testing.TB, ls []Sheet) (*kinerja.Laporan, kinerja.DaftarTemuan) {
	t.Helper()
	lap, ts := ReadFrom(bytes.NewReader(writeT(t, ls)), "uji.xlsx", Options{})
	if lap == nil {
		t.Fatalf("BacaDari gave no Laporan: %v", ts)
	}
	return lap, ts
}

// cari returns the findings of a rule.
func cari(ts kinerja.DaftarTemuan, rule string) kinerja.DaftarTemuan {
	var out kinerja.DaftarTemuan
	for _, x := range ts {
		if x.Rule == rule {
			out = append(out, x)
		}
	}
	return out
}

// harus asserts exactly one finding of rule at sheet!cell and returns it.
func harus(t testing.TB, ts kinerja.DaftarTemuan, rule, sheet, cell string) kinerja.Temuan {
	t.Helper()
	var hit kinerja.DaftarTemuan
	for _, x := range cari(ts, rule) {
		if x.Sheet == sheet && x.Cell == cell {
			hit = append(hit, x)
		}
	}
	if len(hit) != 1 {
		t.Fatalf("want one %s at %s!%s, got %d; all findings:\n%s", rule, sheet, cell, len(hit), daftarTemuan(ts))
	}
	if strings.TrimSpace(hit[0].Message) == "" {
		t.Fatalf("%s at %s!%s has no message", rule, sheet, cell)
	}
	return hit[0]
}

func daftarTemuan(ts kinerja.DaftarTemuan) string {
	var b strings.Builder
	for _, x := range ts {
		b.WriteString("  " + x.Rule + " " + x.Severity.String() + " " + x.Ref().String() + " [" + x.Key + "] " + x.Message + "\n")
	}
	return b.String()
}

// bersihT asserts there is no finding at all.
func bersihT(t testing.TB, ts kinerja.DaftarTemuan) {
	t.Helper()
	if len(ts) > 0 {
		t.Fatalf("want no findings, got:\n%s", daftarTemuan(ts))
	}
}

func nilaiT(t testing.TB, what string, n kinerja.Nilai, ada bool, v float64, satuan, cell string) {
	t.Helper()
	if n.Ada != ada || n.Angka != v || n.Satuan != satuan || (cell != "" && n.Ref.Cell != cell) {
		t.Errorf("%s: got {Ada:%v Angka:%v Satuan:%q Cell:%s Teks:%q}, want {Ada:%v Angka:%v Satuan:%q Cell:%s}",
			what, n.Ada, n.Angka, n.Satuan, n.Ref.Cell, n.Teks, ada, v, satuan, cell)
	}
}

// oleSignature starts an OLE2 compound file (an old .xls, an encrypted
// .xlsx).
var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}
