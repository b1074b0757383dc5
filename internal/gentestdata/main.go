// Command gentestdata writes the example workbooks of testdata/ from their
// description in internal/contoh, and with -libreoffice also the copy re-saved by
// LibreOffice (testdata/libreoffice/). Run it with `go generate ./internal/contoh`.
//
// With -sintetis S|L|L10 -n N it writes N synthetic workbooks instead, for
// the performance measurements of the README:
//
//	go run ./internal/gentestdata -sintetis L -out /tmp/lapkin-L
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/lapkin/lapkin/internal/alat"
	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

func main() {
	out := flag.String("out", "testdata", "folder to write the workbooks to")
	lo := flag.Bool("libreoffice", false, "also re-save referensi.xlsx and bertingkat.xlsx with LibreOffice into OUT/libreoffice/")
	size := flag.String("sintetis", "", "instead: write synthetic workbooks of size S, L or L10 (L/10) into OUT")
	n := flag.Int("n", 1, "with -sintetis: how many workbooks")
	flag.Parse()
	if *size != "" {
		sizes := map[string]contoh.Ukuran{"S": contoh.UkuranS, "L": contoh.UkuranL,
			"L10": {Indikator: contoh.UkuranL.Indikator / 10, Kegiatan: contoh.UkuranL.Kegiatan / 10}}
		u, ok := sizes[*size]
		if !ok {
			fmt.Fprintln(os.Stderr, "gentestdata: -sintetis takes S, L or L10")
			os.Exit(2)
		}
		if err := writeSintetis(*out, u, *n); err != nil {
			fmt.Fprintln(os.Stderr, "gentestdata:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*out, *lo); err != nil {
		fmt.Fprintln(os.Stderr, "gentestdata:", err)
		os.Exit(1)
	}
}

func run(out string, libreoffice bool) error {
	books := map[string][]workbook.Sheet{
		"referensi.xlsx":  contoh.Referensi(),
		"contoh.xlsx":     contoh.Bersih(),
		"bertingkat.xlsx": contoh.Bertingkat(),
		"tahunan.xlsx":    contoh.Tahunan(),
	}
	for name, sheets := range books {
		var b bytes.Buffer
		if err := workbook.Write(&b, sheets); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(out, name), b.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Println("wrote", filepath.Join(out, name))
	}
	if !libreoffice {
		return nil
	}
	dir := filepath.Join(out, "libreoffice")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var inputs []string
	for _, name := range []string{"referensi.xlsx", "bertingkat.xlsx"} {
		inputs = append(inputs, filepath.Join(out, name))
	}
	paths, err := alat.Convert("soffice", "xlsx", dir, os.Stdout, inputs...)
	if err != nil {
		return err
	}
	for _, p := range paths {
		fmt.Println("wrote", p)
	}
	return nil
}
