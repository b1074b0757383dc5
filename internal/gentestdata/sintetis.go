package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// writeSintetis writes n synthetic workbooks of size u into dir
// (sintetis-0001.xlsx …), each from its own seed.
func writeSintetis(dir string, u contoh.Ukuran, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := 1; i <= n; i++ {
		var b bytes.Buffer
		if err := workbook.Write(&b, contoh.Sintetis(u, uint64(i))); err != nil {
			return err
		}
		name := filepath.Join(dir, fmt.Sprintf("sintetis-%04d.xlsx", i))
		if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("wrote %d workbooks of %d indicators / %d kegiatan to %s\n", n, u.Indikator, u.Kegiatan, dir)
	return nil
}
