// Package workbook reads a lapkin workbook (.xlsx) into the model of
// pkg/kinerja, and writes workbooks described as []Sheet (the example
// workbooks, the `init` template).
//
// # Reading
//
// Read / ReadFrom apply the reading rules of docs/format.md. The XML is
// read by internal/xlsx, which checks the file first (size, OLE2
// signature: an old .xls or an encrypted package, zip structure, declared
// unzipped sizes) so that anything that is not a readable .xlsx ends as
// one LK001 finding with a nil Laporan, quickly and with bounded memory,
// and then streams each worksheet once into a grid of typed cells (type,
// style, formula, stored value) with its merged ranges. This package maps
// the grids to the model: sheet names and the sheets (read.go), the column
// catalogue (table.go, identitas.go), header rows and data rows
// (table_rows.go), cell values (value.go). A formula stored without its value
// is evaluated by internal/xlsx.Eval, a small and bounded subset of
// Excel's language (docs/format.md#formulas), never by excelize. The logo
// on Identitas is read from its drawing by internal/xlsx too; excelize is
// opened only for a picture placed in a cell (richdata, WPS cellimages),
// and only in a package of at most 32 MiB unzipped, so reading never
// makes excelize write temporary files.
//
// Decisions where the rules leave room:
//
//   - Header and label matching also treats "_" and "-" as spaces, ignores
//     spaces around "/" and a trailing ":" or ".", and accepts a trailing
//     parenthesised note ("Capaian (%)", "Pagu (Rp)"). A few extra
//     aliases are accepted (e.g. "Nomor", "Ket", "Serapan" for Anggaran's
//     Capaian, "SKPD", "Kabupaten/Kota"); the canonical names come first
//     in every message.
//   - "No" is an alias of Kode in Target, Realisasi, Strategi and
//     Analisis; a "Kode" (or "Kode Indikator") column wins over it. In
//     Tugas, Tindak Lanjut and Tanggapan "No" is a row number and does not
//     make a row non-empty.
//   - Realisasi needs Kode and at least one quarter column; Anggaran needs
//     Kegiatan, Pagu and either "Realisasi" or a "Realisasi TW" column;
//     Strategi needs Kode and Strategi; Libur needs Tanggal (its key).
//   - Without a complete header row in the first 10 rows, the row with the
//     most recognised headers is used, each missing column is LK003 at
//     that row's cell A (A1 when nothing is recognised), and the rows are
//     still read when the key column is there.
//   - A two-row header works when the upper cells are merged down over
//     the lower row (Kode over A1:A2, "Realisasi" over B1:E1 above TW I …).
//     A group header merged across columns names the columns below it
//     together with their own headers: "Target" over "Tahunan | TW I …"
//     gives Target Tahunan, Target TW I …; "Anggaran" over "Pagu |
//     Realisasi" and "Kinerja" over "T | R" (the reference report's
//     Tabel 2.3) give Pagu, Realisasi, Target Kinerja, Realisasi Kinerja.
//     When a complete header row has such groups and the row below is a
//     complete header too, with more columns recognised, the lower row is
//     the header row.
//   - Only the recognised columns count when deciding whether a row is
//     empty; values a row only inherits from a merged range do not count.
//     A row whose only content is formulas and whose key is empty (a
//     template's prepared rows) is skipped quietly, not LK025.
//   - A merged value is named at the range's top-left cell (where the user
//     fixes it), and reported once.
//   - A lone dash ("-", "–", "—") in a number column means "not entered".
//   - A date-formatted number in a number column is LK005 (Excel turns
//     "1/2" into a date); a number without a date format in a date field is
//     LK008 (the user sees a number).
//   - A number cell in a text column reads as its plain digits ("1",
//     "1.5"), so a Kode typed as a number matches the same Kode as text;
//     a percent- or date-formatted one reads as shown ("50%", "30 Juni
//     2023").
//   - Nilai.Teks of a number cell is the value written the Indonesian way
//     ("7.500.000" when the format has thousands, "84,69%" for a percent
//     cell).
//   - Bool cells read as the text TRUE/FALSE (chosen in Tanggapan's Pilih;
//     LK005 in a number column).
//   - Identitas: when column B holds only ":", the value is taken from C;
//     the first row of a field wins; a missing required field is LK004 at
//     column A of the first free row. Tahun accepts "2023" or "TA 2023";
//     Batas Pelaporan a whole number 1–30 ("5" or "5 hari kerja").
//   - Tanggapan's Pilih also accepts √, ☑, "y", "benar"; any other mark is
//     "not chosen".
//   - Anggaran rows labelled Jumlah / Total (in Kode or Kegiatan) are a
//     totals row and are skipped.
//   - A formula stored without a value that lapkin does not evaluate
//     (docs/format.md#formulas) is LK006 at its cell, asking to open and
//     save the workbook in Excel or LibreOffice; after 20 of them one
//     more LK006 counts the rest.
//   - A cell with more than 32,767 characters (Excel's limit) is LK005
//     at the cell, and its text is not used.
//   - Sheets whose names normalise to the same known name: the first one
//     (workbook order) is read.
//
// Limits: internal/xlsx's reading budget (docs/format.md#limits): file,
// unzipped and per-part sizes, zip entries, XML elements and depth, rows,
// cells, merged ranges, shared strings and text, each checked while the
// part is streamed; over one is LK001 naming it.
//
// # Writing
//
// Write writes []Sheet with internal/xlsxwrite (title rows, a bold
// header row, data rows with the cell types of write.go, merged ranges,
// column widths, a picture); the same sheets give the same bytes.
// WriteFile writes atomically (temporary file in the same folder, then
// rename). Template writes the `init` workbook: its catalogue of sheets
// and columns is template_catalog.go, the Petunjuk sheet's text
// template_petunjuk.go, the mechanics template.go.
package workbook
