package workbook

import (
	"strings"
	"testing"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// setIdentitas replaces (or adds) an Identitas row's value; nil removes
// the row.
func setIdentitas(l Sheet, label string, v any) Sheet {
	var rows [][]any
	found := false
	for _, r := range l.Baris {
		if r[0] == label {
			found = true
			if v == nil {
				continue
			}
			r = []any{label, v}
		}
		rows = append(rows, r)
	}
	if !found && v != nil {
		rows = append(rows, []any{label, v})
	}
	l.Baris = rows
	return l
}

func TestIdentitasTambahan(t *testing.T) {
	id := identitasMinimal()
	id = setIdentitas(id, "Pangkat/Golongan", "Penata Tk. I (III/d)")
	id = setIdentitas(id, "Pangkat Atasan", "Pembina (IV/a)")
	id = setIdentitas(id, "Metode Efisiensi", "Rasio")
	lap, ts := readT(t, ganti(bukuMinimal(), id))
	if len(ts) != 0 {
		t.Fatalf("findings: %v", ts)
	}
	got := lap.Identitas
	if got.Pangkat != "Penata Tk. I (III/d)" || got.PangkatAtasan != "Pembina (IV/a)" || got.MetodeEfisiensi != "Rasio" {
		t.Errorf("identitas: %+v", got)
	}

	// Another method is LK008 at its cell.
	id = setIdentitas(id, "Metode Efisiensi", "Efektif")
	_, ts = readT(t, ganti(bukuMinimal(), id))
	if f := cari(ts, "LK008"); len(f) != 1 || !strings.Contains(f[0].Message, "PMK atau Rasio") || f[0].Cell != "B16" {
		t.Errorf("LK008 for Metode Efisiensi: %v", ts)
	}
}

func TestInstansiIndukTanpaPemda(t *testing.T) {
	id := setIdentitas(identitasMinimal(), "Pemerintah Daerah", nil)
	_, ts := readT(t, ganti(bukuMinimal(), id))
	if f := cari(ts, "LK004"); len(f) != 1 || !strings.Contains(f[0].Message, "Pemerintah Daerah") {
		t.Fatalf("without Pemda and Instansi Induk: want LK004, got %v", ts)
	}
	id = setIdentitas(id, "Instansi Induk", "Kementerian Agama")
	lap, ts := readT(t, ganti(bukuMinimal(), id))
	if len(ts) != 0 || lap.Identitas.InstansiInduk != "Kementerian Agama" {
		t.Errorf("with Instansi Induk: %v %+v", ts, lap.Identitas)
	}
	// "Instansi" alone stays Unit Kerja.
	if i, ok := findLabel("Instansi"); !ok || isianIdentitas[i].field != kinerja.FieldUnit {
		t.Error("Instansi must stay an alias of Unit Kerja")
	}
}

func TestAtasanDipilihTanpaNIP(t *testing.T) {
	for _, c := range []struct {
		jabatan string
		nip     any
		lk004   bool
	}{
		{"Bupati Polewali Mandar", "", false},
		{"Wali Kota Malang", "-", false},
		{"Plt. Bupati Lumajang", "", false},
		{"Wakil Gubernur Jawa Timur", "-", false},
		{"Pj. Bupati Lumajang", "", true}, // a civil servant: has an NIP
		{"Camat Senduro", "", true},
	} {
		id := setIdentitas(identitasMinimal(), "Jabatan Atasan", c.jabatan)
		id = setIdentitas(id, "NIP Atasan", c.nip)
		lap, ts := readT(t, ganti(bukuMinimal(), id))
		ts = append(ts, kinerja.PeriksaNIP(lap.Identitas)...)
		if got := len(cari(ts, "LK004")) > 0; got != c.lk004 {
			t.Errorf("%s, NIP %q: LK004 %v, want %v: %v", c.jabatan, c.nip, got, c.lk004, ts)
		}
		if !c.lk004 && len(cari(ts, "LK022")) > 0 {
			t.Errorf("%s: LK022 for an elected superior without NIP: %v", c.jabatan, ts)
		}
	}
	// An NIP that is given is still checked.
	id := setIdentitas(identitasMinimal(), "Jabatan Atasan", "Bupati Lumajang")
	id = setIdentitas(id, "NIP Atasan", TeksAngka("123"))
	lap, _ := readT(t, ganti(bukuMinimal(), id))
	if len(cari(kinerja.PeriksaNIP(lap.Identitas), "LK022")) != 1 {
		t.Error("a wrong NIP of an elected superior is still LK022")
	}
}

// TestSatuTemuanPerSel: a realisation cell holding "empat" or #DIV/0! gets
// the reader's LK005 / LK006 only, not also LK012 "kosong".
func TestSatuTemuanPerSel(t *testing.T) {
	r := realisasiMinimal()
	r.Baris[0] = []any{"IK1", 20, "empat"}
	r.Baris[1] = []any{"IK2", 3, Rumus{F: "1/0"}}
	l, ts := readT(t, ganti(bukuMinimal(), r))
	ts = append(ts, kinerja.Periksa(l, nil, kinerja.PeriksaOpsi{Triwulan: 2})...)
	per := map[string][]string{}
	for _, x := range ts {
		per[x.Cell] = append(per[x.Cell], x.Rule)
	}
	if got := per["C2"]; len(got) != 1 || got[0] != "LK005" {
		t.Errorf("Realisasi!C2 (\"empat\"): %v, want only LK005", got)
	}
	if got := per["C3"]; len(got) != 1 || got[0] != "LK006" {
		t.Errorf("Realisasi!C3 (#DIV/0!): %v, want only LK006", got)
	}
}

// TestLembarHilangDisebut: a renamed Realisasi sheet is LK002 naming the
// sheets the workbook has, with no LK012 per indicator after it.
func TestLembarHilangDisebut(t *testing.T) {
	r := realisasiMinimal()
	r.Nama = "Realisasi TW3"
	l, ts := readT(t, append(tanpa(bukuMinimal(), "Realisasi"), r))
	ts = append(ts, kinerja.Periksa(l, nil, kinerja.PeriksaOpsi{Triwulan: 2})...)
	f := cari(ts, "LK002")
	if len(f) != 1 || !strings.Contains(f[0].Message, `"Realisasi TW3"`) {
		t.Errorf("LK002: %v", ts)
	}
	if n := len(cari(ts, "LK012")); n != 0 {
		t.Errorf("%d LK012 after a missing Realisasi sheet: %v", n, ts)
	}
}

// TestLabelSingkatan: an abbreviated label or header is reported at its own
// cell with "maksud Anda …?", not at a free row or at A1.
func TestLabelSingkatan(t *testing.T) {
	tg := targetMinimal()
	tg.Header = []string{"Kode", "Sasaran", "Indikator", "Sat.", "Target", "Target TW II"}
	id := setIdentitas(identitasMinimal(), "Tahun Anggaran", nil)
	id.Baris = append([][]any{{"Thn Anggaran", 2023}}, id.Baris...)
	_, ts := readT(t, ganti(ganti(bukuMinimal(), tg), id))
	if f := cari(ts, "LK004"); len(f) != 1 || f[0].Cell != "A1" || !strings.Contains(f[0].Message, `maksud Anda "Tahun Anggaran"?`) {
		t.Errorf("LK004: %v", ts)
	}
	if f := cari(ts, "LK003"); len(f) != 1 || f[0].Cell != "D1" || !strings.Contains(f[0].Message, `maksud Anda "Satuan"?`) {
		t.Errorf("LK003: %v", ts)
	}
	for _, c := range []struct {
		typed, name string
		want        bool
	}{
		{"Thn Anggaran", "Tahun Anggaran", true}, {"Sat.", "Satuan", true}, {"Tgt", "Target", true},
		{"Satuan", "Satuan", false}, {"Nama", "Nama Atasan", false}, {"Kd", "Target", false},
	} {
		if got := singkatan(c.typed, c.name); got != c.want {
			t.Errorf("singkatan(%q, %q) = %v", c.typed, c.name, got)
		}
	}
}
