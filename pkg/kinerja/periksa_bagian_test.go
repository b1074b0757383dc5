package kinerja

import "testing"

func TestPeriksaBagian(t *testing.T) {
	l := &Laporan{Narasi: []Narasi{
		{Bagian: Sel{Teks: "Pendahuluan", Ref: Ref{SheetNarasi, "A2"}}, Teks: Sel{Teks: "…"}},
		{Bagian: Sel{Teks: "2.5. Rencana Tindak Lanjut", Ref: Ref{SheetNarasi, "A3"}}, Teks: Sel{Teks: "…"}},
		{Bagian: Sel{Teks: "Pendahuluann", Ref: Ref{SheetNarasi, "A4"}}, Teks: Sel{Teks: "…"}},
	}}
	ts := Periksa(l, nil, PeriksaOpsi{})
	var got []Temuan
	for _, f := range ts {
		if f.Rule == "LK008" {
			got = append(got, f)
		}
	}
	// Only the misspelt part, at its own cell; aliases and section numbers
	// are accepted.
	if len(got) != 1 || got[0].Cell != "A4" || got[0].Severity != Error {
		t.Fatalf("LK008 findings %+v, want one error at Narasi!A4", got)
	}
}

func TestFindBagian(t *testing.T) {
	for in, want := range map[string]string{
		"pendahuluan": "Pendahuluan", "BAB III Penutup": "Penutup", "2.5. Rencana Tindak Lanjut": "Tindak Lanjut",
		"cost-per_outcome": "Anggaran", "  Capaian   Kinerja ": "Capaian Kinerja",
	} {
		if got, ok := FindBagian(in); !ok || got != want {
			t.Errorf("FindBagian(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	if _, ok := FindBagian("Lampiran"); ok {
		t.Error("FindBagian(Lampiran): not a part of the report")
	}
}

func TestNamaAsli(t *testing.T) {
	ts := DaftarTemuan{
		{Rule: "LK010", Sheet: SheetTarget, Cell: "A5", Message: `Kode "IK1" sudah dipakai di Target!A2`},
		{Rule: "LK002", Sheet: SheetAnggaran, Message: "Lembar Anggaran tidak ada"},
	}
	ts.NamaAsli(map[string]string{SheetTarget: "Perjanjian Kinerja", SheetIdentitas: "Identitas"})
	if ts[0].Sheet != "Perjanjian Kinerja" || ts[0].Message != `Kode "IK1" sudah dipakai di Perjanjian Kinerja!A2` {
		t.Errorf("renamed finding %+v", ts[0])
	}
	// A sheet the workbook does not have keeps its canonical name.
	if ts[1].Sheet != SheetAnggaran {
		t.Errorf("missing sheet renamed: %+v", ts[1])
	}
}
