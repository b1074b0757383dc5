// Command gentestdata writes the example workbooks of testdata/ from their
// description in pkg/contoh, and with -libreoffice also the copy re-saved by
// LibreOffice (testdata/libreoffice/). Run it with `go generate ./pkg/contoh`.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/lapkin/lapkin/pkg/contoh"
	"github.com/lapkin/lapkin/pkg/workbook"
)

func main() {
	out := flag.String("out", "testdata", "folder to write the workbooks to")
	lo := flag.Bool("libreoffice", false, "also re-save referensi.xlsx with LibreOffice into OUT/libreoffice/")
	flag.Parse()
	if err := run(*out, *lo); err != nil {
		fmt.Fprintln(os.Stderr, "gentestdata:", err)
		os.Exit(1)
	}
}

func run(out string, libreoffice bool) error {
	books := map[string][]workbook.Lembar{
		"referensi.xlsx": contoh.Referensi(),
		"contoh.xlsx":    contoh.Bersih(),
	}
	for name, sheets := range books {
		var b bytes.Buffer
		if err := workbook.Tulis(&b, sheets); err != nil {
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
	profile, err := os.MkdirTemp("", "lapkin-lo-profile")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	cmd := exec.Command("soffice", "-env:UserInstallation=file://"+profile, "--headless",
		"--convert-to", "xlsx", "--outdir", dir, filepath.Join(out, "referensi.xlsx"))
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("soffice: %w", err)
	}
	fmt.Println("wrote", filepath.Join(dir, "referensi.xlsx"))
	return nil
}
