package report

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// render renders l for its own quarter with method pmk and returns the PDF.
func render(t *testing.T, l *kinerja.Laporan, opt Options) ([]byte, *Info) {
	t.Helper()
	h := kinerja.Hitung(l, l.Identitas.Triwulan, kinerja.PMK)
	var buf bytes.Buffer
	info, err := Render(&buf, l, h, opt)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	if out := os.Getenv("LAPKIN_REPORT_OUT"); out != "" {
		os.WriteFile(filepath.Join(out, t.Name()+".pdf"), buf.Bytes(), 0o644)
	}
	return buf.Bytes(), info
}

func TestRenderContoh(t *testing.T) {
	pdf, info := render(t, contohLaporan(), Options{})
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("not a PDF")
	}
	t.Logf("%d pages, %d bytes, catatan %v", info.Halaman, len(pdf), info.Catatan)
}
