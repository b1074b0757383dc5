package report

import (
	"strings"
	"testing"
)

// TestTandaTanganPangkat: the signature block prints the ranks under the
// names; an elected superior gets no NIP line; an Instansi Induk replaces
// "Pemerintah Kabupaten …" on the cover.
func TestTandaTanganPangkat(t *testing.T) {
	l := contohLaporan()
	l.Identitas.Pangkat = "Penata Tk. I (III/d)"
	l.Identitas.PangkatAtasan = "Pembina (IV/a)"
	pdf, _ := render(t, l, Options{})
	mengandung(t, teks(t, pdf), "Penata Tk. I (III/d)", "Pembina (IV/a)",
		"NIP. 19671114 199003 1 004", "NIP. 19651230 198703 1 012")

	l.Identitas.JabatanAtasan = "Bupati Lumajang"
	l.Identitas.NIPAtasan = "-"
	l.Identitas.InstansiInduk = "Kementerian Agama"
	l.Identitas.Pemda = ""
	pdf, _ = render(t, l, Options{})
	text := teks(t, pdf)
	mengandung(t, text, "Bupati Lumajang,", "KEMENTERIAN AGAMA", "NIP. 19651230 198703 1 012")
	if strings.Contains(text, "NIP. –") || strings.Contains(text, "NIP. -") {
		t.Error("an elected superior without NIP gets an NIP line")
	}
	if strings.Contains(text, "PEMERINTAH KABUPATEN") {
		t.Error("the cover of a unit with an Instansi Induk names a Pemerintah")
	}
}
