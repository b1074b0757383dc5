package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// TestIkhtisarPenilaian: the Ikhtisar of the reference report (six
// Kumulatif indicators at 6 of 12 without a Target TW II, not judged; IK7
// at 84,69% below its target) counts all seven indicators as BAB III does,
// and names as lowest only the judged one below target — not the six at
// 50% against the annual target, which are not "below target" at all.
func TestIkhtisarPenilaian(t *testing.T) {
	l, _, err := workbook.Read("../../testdata/referensi.xlsx", workbook.Options{})
	if err != nil || l == nil {
		t.Fatalf("reading the reference workbook: %v", err)
	}
	h := kinerja.Hitung(l, 2, kinerja.PMK)
	tpl, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	out, err := tpl.exec(templateIkhtisar, buildData(l, h, l.Identitas.TanggalLaporan))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{
		"1 indikator belum mencapai target triwulan II",
		"6 indikator belum dapat dinilai",
		"Capaian terendah terdapat pada Prosentase kegiatan pengamanan diwilayah kecamatan yang dilaksanakan tepat waktu (84,69%).",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("Ikhtisar lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "(50,00%)") {
		t.Errorf("Ikhtisar names an indicator not judged among the lowest:\n%s", text)
	}
}

// TestIkhtisarBertingkat: in a program → kegiatan → sub kegiatan sheet the
// Ikhtisar counts the budget rows per level as Bab II and BAB III do ("2
// program, 5 kegiatan dan 12 sub kegiatan"), not "19 kegiatan".
func TestIkhtisarBertingkat(t *testing.T) {
	var b bytes.Buffer
	if err := workbook.Write(&b, contoh.Bertingkat()); err != nil {
		t.Fatal(err)
	}
	l, ts := workbook.ReadFrom(&b, "bertingkat.xlsx", workbook.Options{})
	if l == nil {
		t.Fatal(ts)
	}
	h := kinerja.Hitung(l, l.Identitas.Triwulan, kinerja.PMK)
	tpl, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	out, err := tpl.exec(templateIkhtisar, buildData(l, h, l.Identitas.TanggalLaporan))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(out), " ")
	if !strings.Contains(text, "untuk 2 program, 5 kegiatan dan 12 sub kegiatan, telah") {
		t.Errorf("Ikhtisar does not count the budget rows per level:\n%s", text)
	}
}
