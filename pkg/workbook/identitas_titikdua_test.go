package workbook

import "testing"

// A value copied from a form in a word processor ("Nama : MOCH JEMMY")
// keeps its colon in the value cell: the colon belongs to the label and is
// not printed above the signature or on the cover.
func TestIdentitasTitikDua(t *testing.T) {
	id := identitasMinimal()
	for i, row := range id.Baris {
		switch row[0] {
		case "Nama Pejabat":
			id.Baris[i] = []any{"Nama Pejabat :", ": Budi Santoso, S.Sos"}
		case "Unit Kerja":
			id.Baris[i] = []any{"Unit Kerja", " :Kecamatan Senduro"}
		}
	}
	lap, ts := readT(t, ganti(bukuMinimal(), id))
	bersihT(t, ts)
	if got := lap.Identitas.Nama; got != "Budi Santoso, S.Sos" {
		t.Errorf("Nama Pejabat %q, want %q", got, "Budi Santoso, S.Sos")
	}
	if got := lap.Identitas.Unit; got != "Kecamatan Senduro" {
		t.Errorf("Unit Kerja %q, want %q", got, "Kecamatan Senduro")
	}
}
