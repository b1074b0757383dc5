package contoh

// The example workbooks of testdata/ are written from this package's data;
// -libreoffice adds the copy re-saved by LibreOffice (needs soffice).
//go:generate go run ../../internal/gentestdata -out ../../testdata -libreoffice
