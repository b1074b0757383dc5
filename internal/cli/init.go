package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/internal/output"
	"github.com/lapkin/lapkin/pkg/report"
	"github.com/lapkin/lapkin/pkg/workbook"
)

// initNamaBawaan is the workbook init writes when no FILE is given.
const initNamaBawaan = "lapkin.xlsx"

type initOptions struct {
	// contoh: "" (a blank template), "rujukan" (the reference report),
	// "bertingkat" (a Kabid's program → kegiatan → sub kegiatan budget) or
	// "tahunan" (a kecamatan's whole year, for the annual report).
	contoh string
	force  bool
}

func init() {
	register(func(e *env) *cobra.Command {
		o := &initOptions{}
		cmd := &cobra.Command{
			Use:   "init [FILE]",
			Short: "buat buku kerja templat untuk diisi (bawaan lapkin.xlsx)",
			Long: `Membuat buku kerja Excel (.xlsx) yang siap diisi di Excel atau LibreOffice:
lembar Petunjuk yang menerangkan setiap lembar, kolom dan rumus, lalu lembar
Identitas, Tugas, Target, Realisasi, Anggaran, Strategi, Analisis, Tindak
Lanjut, Tanggapan, Narasi dan Libur dengan judul kolom, format angka, daftar
pilihan dan pesan bantuan.

Dengan --contoh buku kerja diisi data contoh (laporan Kasi Pemerintahan
Kecamatan Senduro, triwulan II 2023), lengkap dengan kesalahan laporan aslinya
yang ditemukan 'lapkin validate'. Dengan --contoh=bertingkat: laporan Kepala
Bidang (eselon III) dengan anggaran bertingkat program, kegiatan dan sub
kegiatan (nomenklatur Permendagri 90/2019). Dengan --contoh=tahunan: data
setahun penuh Camat Tempeh 2024 (keempat triwulan, realisasi dua tahun
sebelumnya, target akhir Renstra) untuk laporan tahunan (LKjIP).

Berkas yang sudah ada tidak ditimpa kecuali dengan --force. Berkas ditulis
utuh atau tidak sama sekali. Tautan simbolik diikuti: buku kerja ditulis ke
berkas tujuannya dan tautannya tetap. Pipa bernama (FIFO), perangkat dan
soket ditolak: buku kerja hanya dapat ditulis ke berkas biasa.`,
			Example: `  lapkin init
  lapkin init laporan-tw2.xlsx
  lapkin init contoh.xlsx --contoh
  lapkin init kabid.xlsx --contoh=bertingkat
  lapkin init tahunan.xlsx --contoh=tahunan`,
			Args: func(cmd *cobra.Command, args []string) error {
				if len(args) > 1 {
					return usageErr("init menerima paling banyak satu nama berkas (diberikan %d)\nContoh: lapkin init laporan.xlsx", len(args))
				}
				return nil
			},
			RunE: func(cmd *cobra.Command, args []string) error {
				path := initNamaBawaan
				if len(args) == 1 {
					path = args[0]
				}
				switch o.contoh {
				case "", "rujukan", "bertingkat", "tahunan":
				default:
					return usageErr("--contoh %q tidak dikenal: tulis --contoh (laporan rujukan), --contoh=bertingkat atau --contoh=tahunan", o.contoh)
				}
				return runInit(e, o, path)
			},
		}
		f := cmd.Flags()
		f.StringVar(&o.contoh, "contoh", "", "isi buku kerja dengan data contoh: rujukan (bawaan), bertingkat (program, kegiatan, sub kegiatan) atau tahunan (setahun penuh, untuk laporan tahunan)")
		f.Lookup("contoh").NoOptDefVal = "rujukan"
		cmd.RegisterFlagCompletionFunc("contoh", cobra.FixedCompletions([]string{
			"rujukan\tlaporan rujukan Kasi Pemerintahan, beserta kesalahannya",
			"bertingkat\tanggaran program, kegiatan, sub kegiatan",
			"tahunan\tsetahun penuh untuk laporan tahunan (LKjIP)",
		}, cobra.ShellCompDirectiveNoFileComp))
		f.BoolVar(&o.force, "force", false, "timpa berkas yang sudah ada")
		return cmd
	})
}

func runInit(e *env, o *initOptions, path string) error {
	path, err := initCheckName(path)
	if err != nil {
		return err
	}
	// A symbolic link is followed: the workbook goes to its target.
	t, err := output.Resolve(path)
	if err != nil {
		return usageErr("buku kerja tidak dapat ditulis ke %s: %v", path, err)
	}
	if t.Through {
		return usageErr("%s bukan berkas biasa (pipa, perangkat atau soket); buku kerja .xlsx hanya dapat ditulis ke berkas biasa, "+
			"mis. lapkin init laporan.xlsx", path)
	}
	if err := initCheckTarget(path, t.Path, o.force); err != nil {
		return err
	}
	opsi := workbook.TemplateOptions{}
	for _, b := range report.DaftarBagian {
		opsi.BagianNarasi = append(opsi.BagianNarasi, b.Nama)
	}
	switch o.contoh {
	case "bertingkat":
		opsi.Isi = contoh.Bertingkat()
		opsi.Catatan = "Buku kerja ini berisi CONTOH: laporan Kepala Bidang Pelayanan dan Sumber Daya Kesehatan, triwulan II 2025, " +
			"dengan anggaran bertingkat program, kegiatan dan sub kegiatan. Ganti dengan data Anda sendiri, " +
			"atau buat buku kerja kosong dengan lapkin init."
	case "tahunan":
		opsi.Isi = contoh.TahunanTemplat()
		opsi.Catatan = "Buku kerja ini berisi CONTOH: data setahun penuh Camat Tempeh, Kabupaten Lumajang, tahun 2024 " +
			"(keempat triwulan, realisasi 2022 dan 2023, target akhir Renstra 2021–2026) untuk laporan tahunan: " +
			"lapkin generate --jenis tahunan. Ganti dengan data Anda sendiri, atau buat buku kerja kosong dengan lapkin init."
	case "rujukan":
		opsi.Isi = contoh.DenganKolomTahunan(contoh.Referensi())
		opsi.Catatan = "Buku kerja ini berisi CONTOH: data laporan Kasi Pemerintahan Kecamatan Senduro, triwulan II 2023, " +
			"beserta kesalahan laporan aslinya (jalankan lapkin validate untuk melihatnya). Kolom laporan tahunan di lembar Target " +
			"(Realisasi Tahun Lalu, Realisasi N-2, Target Tahun Lalu, Target Akhir Renstra) berisi angka ilustrasi. Ganti dengan data Anda sendiri, " +
			"atau buat buku kerja kosong dengan lapkin init."
	}
	var buf bytes.Buffer
	if err := workbook.Template(&buf, opsi); err != nil {
		return usageErr("buku kerja tidak dapat disusun: %v", err)
	}
	write := output.WriteNew
	if o.force {
		write = output.WriteAtomic
	}
	if err := write(e.context(), t.Path, buf.Bytes()); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return initExists(path)
		}
		return usageErr("buku kerja tidak dapat ditulis ke %s: %v", path, err)
	}

	q := shellQuote(path)
	baru := [2]string{"lapkin init", "buat buku kerja kosong untuk data Anda"}
	switch o.contoh {
	case "bertingkat":
		initContohDitulis(e, path, "Isinya laporan Kabid Pelayanan dan SDK (TW II 2025) dengan 2 program, 5 kegiatan dan 12 sub kegiatan.\n",
			[2]string{"lapkin summary " + q, "lihat angka per program, kegiatan dan sub kegiatan"},
			[2]string{"lapkin generate " + q, "buat laporan PDF"}, baru)
		return nil
	case "tahunan":
		initContohDitulis(e, path, "Isinya data setahun penuh Camat Tempeh 2024: keempat triwulan, realisasi 2022 dan 2023,\n"+
			"target akhir Renstra 2021–2026, anggaran 3 program.\n",
			[2]string{"lapkin generate --jenis tahunan " + q, "buat laporan tahunan (LKjIP) PDF"},
			[2]string{"lapkin validate --jenis tahunan " + q, "periksa isinya untuk laporan tahunan"}, baru)
		return nil
	case "": // the empty template: its steps follow
	default:
		initContohDitulis(e, path, "Isinya data laporan rujukan (Kasi Pemerintahan, Kecamatan Senduro, TW II 2023)\n"+
			"beserta kesalahan laporan aslinya.\n",
			[2]string{"lapkin validate " + q, "lihat temuan pada data contoh"},
			[2]string{"lapkin generate --draf " + q, "buat laporan PDF bertanda DRAF"}, baru)
		return nil
	}
	fmt.Fprintf(e.stdout, "Buku kerja templat ditulis: %s\n\n", path)
	fmt.Fprintf(e.stdout, "Langkah berikutnya:\n")
	fmt.Fprintf(e.stdout, "  1. Buka %s di Excel atau LibreOffice, baca lembar Petunjuk, lalu isi\n", q)
	fmt.Fprintf(e.stdout, "     sel berwarna kuning: Identitas, Target dan Realisasi (wajib),\n")
	fmt.Fprintf(e.stdout, "     Anggaran dan lembar lain bila ada datanya. Simpan sebagai .xlsx.\n")
	fmt.Fprintf(e.stdout, "  2. Periksa isinya:   lapkin validate %s\n", q)
	fmt.Fprintf(e.stdout, "  3. Buat laporannya:  lapkin generate %s\n", q)
	return nil
}

// initContohDitulis tells where an example workbook was written, what it
// holds (isi, whole lines) and the commands to try on it.
func initContohDitulis(e *env, path, isi string, coba ...[2]string) {
	fmt.Fprintf(e.stdout, "Buku kerja contoh ditulis: %s\n", path)
	fmt.Fprintf(e.stdout, "%s\n", isi)
	fmt.Fprintf(e.stdout, "Coba:\n")
	initList(e, coba)
}

// initList prints commands with their explanations aligned.
func initList(e *env, rows [][2]string) {
	w := 0
	for _, r := range rows {
		w = max(w, utf8.RuneCountInString(r[0]))
	}
	for _, r := range rows {
		fmt.Fprintf(e.stdout, "  %s%s   %s\n", r[0], strings.Repeat(" ", w-utf8.RuneCountInString(r[0])), r[1])
	}
}

func initExists(path string) error {
	return usageErr("berkas %s sudah ada dan tidak ditimpa; pakai --force untuk menimpanya, atau pilih nama lain (mis. lapkin init laporan-baru.xlsx)", path)
}

// initCheckName checks the output name: it must end in .xlsx (added
// when there is no extension at all), since Excel opens a workbook by
// its extension.
func initCheckName(path string) (string, error) {
	if strings.TrimSpace(path) == "" {
		return "", usageErr("nama berkas kosong; contoh: lapkin init laporan.xlsx")
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return "", usageErr("%s adalah folder; beri nama berkas, mis. %s", path, filepath.Join(path, initNamaBawaan))
	}
	ext := filepath.Ext(path)
	switch {
	case strings.EqualFold(ext, ".xlsx"):
		return path, nil
	case ext == "" && !strings.HasSuffix(path, string(filepath.Separator)) && !strings.HasSuffix(path, "/"):
		return path + ".xlsx", nil
	}
	return "", usageErr("nama berkas %s harus berakhiran .xlsx (buku kerja Excel), mis. lapkin init laporan.xlsx", path)
}

// initCheckTarget refuses an existing file (without force), a folder,
// and a folder that does not exist, before anything is written. path is
// the name given, jalur the file it leads to (output.Resolve).
func initCheckTarget(path, jalur string, force bool) error {
	st, err := os.Stat(jalur)
	switch {
	case err == nil && st.IsDir():
		return usageErr("%s adalah folder; beri nama berkas, mis. %s", path, filepath.Join(path, initNamaBawaan))
	case err == nil && !force:
		return initExists(path)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return usageErr("buku kerja tidak dapat ditulis ke %s: %s", path, output.Message(err))
	}
	dir := filepath.Dir(jalur)
	if st, err := os.Stat(dir); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return usageErr("folder %s tidak ada; buat foldernya dulu atau pilih folder lain", dir)
		}
		return usageErr("buku kerja tidak dapat ditulis ke %s: %s", path, output.Message(err))
	} else if !st.IsDir() {
		return usageErr("%s adalah berkas, bukan folder; pilih folder lain untuk buku kerjanya", dir)
	}
	return nil
}
