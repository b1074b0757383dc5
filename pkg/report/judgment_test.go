package report

import (
	"strings"
	"testing"

	"github.com/lapkin/lapkin/pkg/workbook"
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

// TestReferensiPenilaian: the reference report (TW II) prints no "Sangat
// Rendah" for the six indicators at 6 of 12 without a Target TW II, says
// why under Tabel 2.2, prints the seed's Keterangan "Jan s/d Juni 2023",
// and its Penutup names the indicator below target (IK7, 84,69%).
func TestReferensiPenilaian(t *testing.T) {
	l, _, err := workbook.Read("../../testdata/referensi.xlsx", workbook.Options{})
	if err != nil || l == nil {
		t.Fatalf("reading the reference workbook: %v", err)
	}
	pdf, _ := render(t, l, Options{Draf: true})
	text := teks(t, pdf)
	if strings.Contains(text, "Sangat Rendah") {
		t.Error(`the report judges an indicator without a period target "Sangat Rendah"`)
	}
	// (The Keterangan cell wraps after "Juni".)
	mengandung(t, text, "Jan s/d Juni", "tercapai (≥ 100%) belum tercapai belum dinilai target 100%",
		"belum dinilai karena Target TW II (Rencana Aksi) belum ditetapkan",
		"Indikator yang belum mencapai target sampai dengan triwulan II: Prosentase kegiatan pengamanan diwilayah kecamatan yang dilaksanakan tepat waktu (capaian 84,69%")
	// BAB III names no indicator as "masih dalam proses" in TW IV, and
	// states the budget returned.
	l.Identitas.Triwulan = 4
	pdf, _ = render(t, l, Options{Draf: true})
	text = teks(t, pdf)
	mengandung(t, text, "Indikator yang tidak tercapai:", "tidak terserap dan dikembalikan ke Kas Daerah")
	if strings.Contains(text, "masih dalam proses") {
		t.Error("a TW IV report says a missed target is still in progress")
	}
}

// TestTabel23Keterangan: Tabel 2.3 of the reference carries the seed's
// Sasaran and Keterangan, and says why its efficiency figures come out as
// they do: IK1's E (0,00%) is summed from its kegiatan's own capaian
// kinerja (24%), not from the 50,00% in its row; four kegiatan have a
// capaian kinerja equal to their serapan.
func TestTabel23Keterangan(t *testing.T) {
	l, _, err := workbook.Read("../../testdata/referensi.xlsx", workbook.Options{})
	if err != nil || l == nil {
		t.Fatalf("reading the reference workbook: %v", err)
	}
	pdf, _ := render(t, l, Options{})
	text := teks(t, pdf)
	i := strings.Index(text, "Cost per Outcome Kasi")
	j := strings.Index(text, "Gambar 2.2 Serapan")
	if i < 0 || j < i {
		t.Fatal("Tabel 2.3 not found")
	}
	t23 := text[i:j]
	mengandung(t, t23, "Sasaran", "(1 Jan s/d Juni 2023)",
		"** Efisiensi indikator nomor 1, 5 dan 7 dihitung dari capaian kinerja masing-masing kegiatannya",
		"Pada 4 kegiatan capaian kinerja sama dengan serapan anggarannya")
}
