package workbook

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/lapkin/lapkin/pkg/kinerja"
)

// OpsiTemplate says what Template writes.
type OpsiTemplate struct {
	// Isi fills the template with data (the example data of internal/contoh):
	// each sheet's rows go under the template's columns by header, as the
	// reader would map them; columns the template lacks are added at the
	// right. Nil gives the blank template.
	Isi []Lembar
	// BagianNarasi lists the parts of the report the Narasi sheet may
	// replace (report.DaftarBagian): the list of its Bagian column.
	BagianNarasi []string
	// Catatan is an extra line under the Petunjuk title ("this workbook
	// holds example data …").
	Catatan string
}

// Template writes the workbook that `lapkin init` gives an official to
// fill in Excel or LibreOffice: a Petunjuk sheet explaining everything,
// then every sheet lapkin reads with its canonical headers (SPEC §2.2),
// input cells coloured and formatted, drop-down lists, input messages and
// error alerts in Indonesian, frozen headers. The same options always give
// the same bytes.
//
// Layout of a table sheet: row 1 title, row 2 a one-line instruction,
// row 3 the header, data from row 4 (TemplateBarisData). Rows 1–2 are
// ignored by the reader (the header is the first row holding the required
// headers). Columns headed "… (otomatis)" show the indicator of the Kode
// chosen on the row (a VLOOKUP into Target): they match no header lapkin
// reads, so the reader ignores them.
func Template(w io.Writer, o OpsiTemplate) error {
	t, err := buatTemplat(o)
	if err != nil {
		return err
	}
	defer t.bk.File.Close()
	return t.bk.Simpan(w)
}

// Layout rows of a table sheet.
const (
	barisJudulTemplat   = 1
	barisCatatanTemplat = 2
	// TemplateBarisHeader is the header row of every table sheet of the
	// template (and of Identitas, whose header names no field).
	TemplateBarisHeader = 3
	// TemplateBarisData is the first data row.
	TemplateBarisData = 4
)

// Excel's limits on data validation texts (UTF-16 units): longer texts
// make Excel report the file as damaged.
const (
	maksJudulPesan = 32
	maksPesanInput = 255
	maksPesanGalat = 225
)

// jenisKolom says how a column is formatted and validated.
type jenisKolom int

const (
	jTeks        jenisKolom = iota // short text
	jTeksPanjang                   // long text, wrapped
	jAngka                         // a figure: number, percent, "6 Desa", range (General)
	jRupiah                        // "#,##0"
	jPersen                        // "0.00%"
	jTanggal                       // fmtTanggalTemplat
	jKodeTarget                    // Target's Kode: text, unique
	jKode                          // a Target Kode chosen from a list
	jKodeBebas                     // a code typed freely (text format)
	jNomor                         // a row number
	jDaftar                        // a fixed list (daftar)
	jSaran                         // a list of suggestions, other values allowed
	jOtomatis                      // a formula showing data of Target
)

// kolomTemplat is one column of a template table sheet.
type kolomTemplat struct {
	judul string
	id    string // the reader's column id (spesifikasi); "" for jOtomatis
	wajib bool   // header shown as required
	lebar float64
	jenis jenisKolom
	// daftar: the values of a jDaftar or jSaran list.
	daftar []string
	// galat: error alert of a jDaftar list ("" = a default text).
	galat string
	// peringatan: a jDaftar list only warns on other values (the reader
	// accepts aliases).
	peringatan bool
	petunjuk   string // on the Petunjuk sheet
	pesan      string // input message ("" = petunjuk when short enough)
	// grup names the columns of one quarter group ("TW I – TW IV"): the
	// Petunjuk sheet explains them in one row.
	grup string
	// kolomKode / kolomCari: for jOtomatis, the column (1-based) of this
	// sheet holding the Kode, and the Target column to show.
	kolomKode, kolomCari int
}

// lembarTemplat is one table sheet of the template.
type lembarTemplat struct {
	nama       string
	spec       *spesifikasi
	wajib      bool
	judul      string
	catatan    string
	tujuan     string // on the Petunjuk sheet
	kolom      []kolomTemplat
	baris      int // prepared rows in the blank template
	beku       int // frozen columns
	awal       [][]any
	lanskap    bool
	tambahan   []string // data columns the template lacks (filled from Isi)
	barisIsi   int      // rows of Isi data
	totalBaris int      // prepared rows, with data
}

var twRomawi = []string{"I", "II", "III", "IV"}

// Column texts shared by several sheets.
const (
	pKodePilih  = "Kode indikator dari lembar Target: pilih dari daftar (isi lembar Target lebih dulu)."
	pOtomatis   = "Terisi sendiri dari lembar Target menurut Kode di baris ini; tidak perlu diketik dan tidak dibaca lapkin."
	pKeterangan = "Catatan bebas; boleh kosong."
)

// kolomOtomatis shows column cari (3 = Indikator, 4 = Satuan) of the
// Target row whose Kode is in column kode of this sheet.
func kolomOtomatis(judul string, kode, cari int, lebar float64) kolomTemplat {
	return kolomTemplat{judul: judul, jenis: jOtomatis, lebar: lebar, kolomKode: kode, kolomCari: cari, petunjuk: pOtomatis}
}

// lembarTemplatSemua describes the table sheets, in workbook order.
func lembarTemplatSemua(bagianNarasi []string) []*lembarTemplat {
	var targetTW, realisasiTW, anggaranTW []kolomTemplat
	for q := 1; q <= 4; q++ {
		r := twRomawi[q-1]
		targetTW = append(targetTW, kolomTemplat{judul: "Target TW " + r, id: fmt.Sprintf("target%d", q), lebar: 11.5, jenis: jAngka,
			grup:     "Target TW I – Target TW IV",
			petunjuk: "Target yang harus dicapai sampai akhir triwulan itu (Kumulatif: jumlah sampai akhir triwulan itu; lainnya: tingkat pada akhir triwulan itu). Kosong: target tahunan yang dipakai.",
			pesan:    "Target sampai akhir TW " + r + ". Kosong = target tahunan."})
		realisasiTW = append(realisasiTW, kolomTemplat{judul: "TW " + r, id: fmt.Sprintf("tw%d", q), wajib: true, lebar: 10, jenis: jAngka,
			grup:     "TW I – TW IV",
			petunjuk: "Realisasi tiap triwulan: untuk indikator Kumulatif, realisasi di dalam triwulan itu saja; untuk Non Kumulatif dan Rata-rata, tingkat pada akhir triwulan itu. Angka (6), persen (84,69%) atau angka dengan satuan (6 Desa). Kosong = belum diisi; 0 = nol. Isi paling sedikit triwulan yang dilaporkan.",
			pesan:    "Realisasi TW " + r + ". Kumulatif: realisasi dalam triwulan ini saja; Non Kumulatif/Rata-rata: tingkat pada akhir triwulan. Contoh: 6, 84,69% atau 6 Desa. Kosong = belum diisi; 0 = nol."})
		anggaranTW = append(anggaranTW, kolomTemplat{judul: "Realisasi TW " + r, id: fmt.Sprintf("rtw%d", q), lebar: 14, jenis: jRupiah,
			grup:     "Realisasi TW I – Realisasi TW IV",
			petunjuk: "Rupiah yang dibelanjakan di dalam triwulan itu saja (tanpa Rp). Isi kolom per triwulan ini, atau kolom Realisasi (s.d. triwulan yang dilaporkan), salah satu.",
			pesan:    "Rupiah yang dibelanjakan di dalam TW " + r + " saja, tanpa Rp (mis. 1800000)."})
	}
	satuanSaran := []string{"%", "Desa", "Kelurahan", "Dokumen", "Laporan", "Kegiatan", "Kali", "Bulan", "Orang", "Unit", "Lembaga", "Paket"}
	target := &lembarTemplat{
		nama: kinerja.SheetTarget, spec: &specTarget, wajib: true, baris: 50, beku: 1, lanskap: true,
		judul:   "Target — Perjanjian Kinerja",
		catatan: "Satu baris per indikator, mulai baris 4. Judul biru tua wajib diisi; biru muda boleh kosong. Lihat lembar Petunjuk.",
		tujuan:  "Perjanjian Kinerja: satu baris per indikator, baik indikator sasaran maupun indikator kegiatan (Tabel 2.1).",
		kolom: append(append([]kolomTemplat{
			{judul: "Kode", id: "kode", wajib: true, lebar: 9, jenis: jKodeTarget,
				petunjuk: "Kode unik indikator, mis. IK1, IK2, … Kode ini dipilih di lembar Realisasi, Anggaran, Strategi dan Analisis.",
				pesan:    "Kode unik indikator, mis. IK1. Dipakai di lembar Realisasi, Anggaran, Strategi dan Analisis."},
			{judul: "Sasaran", id: "sasaran", lebar: 38, jenis: jTeksPanjang,
				petunjuk: "Sasaran yang didukung indikator. Beberapa indikator dengan sasaran yang sama boleh memakai sel gabungan (merge).",
				pesan:    "Sasaran kegiatan/strategis. Boleh digabung (merge) untuk beberapa indikator."},
			{judul: "Indikator", id: "indikator", wajib: true, lebar: 45, jenis: jTeksPanjang,
				petunjuk: "Nama indikator kinerja, sesuai Perjanjian Kinerja yang ditandatangani."},
			{judul: "Satuan", id: "satuan", wajib: true, lebar: 11, jenis: jSaran, daftar: satuanSaran,
				petunjuk: "Satuan target dan realisasi: %, Desa, Dokumen, Kali, Bulan, Orang, … (pilih dari daftar atau ketik sendiri). Indikator bernama Persentase/Prosentase sebaiknya bersatuan %.",
				pesan:    "Satuan target dan realisasi: pilih dari daftar atau ketik sendiri (mis. %, Desa, Dokumen)."},
			{judul: "Target", id: "target", wajib: true, lebar: 12, jenis: jAngka,
				petunjuk: "Target tahunan: angka (12), persen (100%) atau rentang (80-90, 80 s.d. 90). Angka boleh diikuti satuan (12 Desa). Desimal dengan koma: 7,5.",
				pesan:    "Target tahunan: angka (12), persen (100%) atau rentang (80-90). Desimal dengan koma: 7,5."},
		}, targetTW...),
			kolomTemplat{judul: "Polaritas", id: "polaritas", lebar: 11, jenis: jDaftar, daftar: []string{"Positif", "Negatif"},
				galat:    "Pilih Positif (makin tinggi makin baik) atau Negatif (makin rendah makin baik).",
				petunjuk: "Positif: makin tinggi makin baik (bawaan bila kosong). Negatif: makin rendah makin baik, mis. angka kematian atau jumlah pelanggaran.",
				pesan:    "Positif = makin tinggi makin baik (bawaan). Negatif = makin rendah makin baik."},
			kolomTemplat{judul: "Sifat", id: "sifat", lebar: 15, jenis: jDaftar, daftar: []string{"Kumulatif", "Non Kumulatif", "Rata-rata"},
				galat:    "Pilih Kumulatif, Non Kumulatif atau Rata-rata.",
				petunjuk: "Kumulatif: realisasi triwulan dijumlahkan. Non Kumulatif: yang dipakai nilai pada akhir triwulan. Rata-rata: rata-rata triwulan yang terisi. Kosong: Non Kumulatif bila Satuan %, selain itu Kumulatif.",
				pesan:    "Kumulatif: realisasi triwulan dijumlahkan. Non Kumulatif: nilai akhir triwulan. Rata-rata. Kosong: Non Kumulatif bila Satuan %, selain itu Kumulatif."},
		),
	}
	realisasi := &lembarTemplat{
		nama: kinerja.SheetRealisasi, spec: &specRealisasi, wajib: true, baris: 50, beku: 3, lanskap: true,
		judul:   "Realisasi — capaian kinerja per triwulan",
		catatan: "Satu baris per indikator: pilih Kode, lalu isi realisasi tiap triwulan. Kolom abu-abu terisi sendiri.",
		tujuan:  "Realisasi tiap indikator per triwulan (Tabel 2.2).",
		kolom: append(append([]kolomTemplat{
			{judul: "Kode", id: "kode", wajib: true, lebar: 9, jenis: jKode, petunjuk: pKodePilih},
			kolomOtomatis("Nama Indikator (otomatis)", 1, 3, 42),
			kolomOtomatis("Satuan (otomatis)", 1, 4, 11),
		}, realisasiTW...),
			kolomTemplat{judul: "Capaian", id: "capaian", lebar: 11, jenis: jPersen,
				petunjuk: "Boleh kosong. Capaian menurut hitungan Anda (persen); bila diisi, lapkin membandingkannya dengan capaian yang dihitungnya dan melaporkan selisih lebih dari 0,5 poin.",
				pesan:    "Boleh kosong. Bila diisi (mis. 84,69%), lapkin membandingkannya dengan capaian hitungannya."},
			kolomTemplat{judul: "Keterangan", id: "keterangan", lebar: 24, jenis: jTeks, petunjuk: pKeterangan},
		),
	}
	anggaran := &lembarTemplat{
		nama: kinerja.SheetAnggaran, spec: &specAnggaran, baris: 60, beku: 2, lanskap: true,
		judul:   "Anggaran — pagu dan realisasi per kegiatan",
		catatan: "Satu baris per kegiatan/sub kegiatan. Rupiah tanpa Rp. Isi Realisasi TW I–IV atau kolom Realisasi (s.d. triwulan ini).",
		tujuan:  "Pagu dan realisasi anggaran per kegiatan: Tabel 2.3 (biaya per capaian), serapan dan efisiensi. Tanpa kegiatan di lembar ini, Tabel 2.3 tidak dibuat.",
		kolom: append(append([]kolomTemplat{
			{judul: "Kode", id: "kode", lebar: 18, jenis: jKodeBebas,
				petunjuk: "Kode rekening/sub kegiatan; boleh kosong, bila diisi harus unik.",
				pesan:    "Kode rekening; boleh kosong, bila diisi harus unik."},
			{judul: "Kegiatan", id: "kegiatan", wajib: true, lebar: 42, jenis: jTeksPanjang,
				petunjuk: "Nama program/kegiatan/sub kegiatan. Baris berjudul Jumlah atau Total dilewati."},
			{judul: "Indikator", id: "indikator", lebar: 10, jenis: jKode,
				petunjuk: "Kode indikator (lembar Target) yang didukung kegiatan ini: pagu dan realisasi indikator adalah jumlah kegiatannya. Kosong: kegiatan hanya dihitung di baris total.",
				pesan:    "Kode indikator (lembar Target) yang didukung kegiatan ini; pilih dari daftar. Boleh kosong."},
			kolomOtomatis("Nama Indikator (otomatis)", 3, 3, 30),
			{judul: "Pagu", id: "pagu", wajib: true, lebar: 15, jenis: jRupiah,
				petunjuk: "Pagu anggaran kegiatan dalam rupiah, tanpa Rp (7500000 atau 7.500.000).",
				pesan:    "Pagu anggaran dalam rupiah, tanpa Rp (mis. 7500000)."},
		}, anggaranTW...),
			kolomTemplat{judul: "Realisasi", id: "realisasi", lebar: 15, jenis: jRupiah,
				petunjuk: "Realisasi anggaran sampai dengan triwulan yang dilaporkan (rupiah). Dipakai bila kolom Realisasi TW I–IV kosong semua.",
				pesan:    "Realisasi anggaran s.d. triwulan yang dilaporkan, tanpa Rp. Dipakai bila Realisasi TW I–IV kosong."},
			kolomTemplat{judul: "Target Kinerja", id: "targetk", lebar: 10, jenis: jAngka,
				petunjuk: "Target keluaran kegiatan (bawaan 100). Boleh kosong.",
				pesan:    "Target keluaran kegiatan; kosong = 100."},
			kolomTemplat{judul: "Realisasi Kinerja", id: "realisasik", lebar: 10, jenis: jAngka,
				petunjuk: "Realisasi keluaran kegiatan sampai saat ini. Kosong: capaian indikator yang ditautkan yang dipakai.",
				pesan:    "Realisasi keluaran kegiatan s.d. saat ini. Kosong = capaian indikatornya yang dipakai."},
			kolomTemplat{judul: "Satuan Kinerja", id: "satuank", lebar: 10, jenis: jSaran, daftar: satuanSaran,
				petunjuk: "Satuan target dan realisasi kinerja kegiatan (bawaan %).",
				pesan:    "Satuan kinerja kegiatan; kosong = %."},
			kolomTemplat{judul: "Capaian", id: "capaian", lebar: 10, jenis: jPersen,
				petunjuk: "Boleh kosong. Serapan anggaran menurut hitungan Anda; bila diisi, lapkin membandingkannya dengan serapan yang dihitungnya.",
				pesan:    "Boleh kosong. Serapan anggaran menurut Anda (mis. 24%); lapkin membandingkannya dengan hitungannya."},
			kolomTemplat{judul: "Efisiensi", id: "efisiensi", lebar: 10, jenis: jPersen,
				petunjuk: "Boleh kosong. Efisiensi menurut hitungan Anda; bila diisi, lapkin membandingkannya dengan efisiensi yang dihitungnya (metode PMK, atau rasio dengan --efisiensi rasio).",
				pesan:    "Boleh kosong. Efisiensi menurut Anda; lapkin membandingkannya dengan hitungannya."},
			kolomTemplat{judul: "Keterangan", id: "keterangan", lebar: 20, jenis: jTeks, petunjuk: pKeterangan},
		),
	}
	narasiBagian := "Bagian laporan yang teksnya diganti"
	if len(bagianNarasi) > 0 {
		narasiBagian += ": " + strings.Join(bagianNarasi, ", ")
	}
	narasiBagian += ". Beberapa baris dengan Bagian yang sama menjadi beberapa paragraf."
	return []*lembarTemplat{
		{
			nama: kinerja.SheetTugas, spec: &specTugas, baris: 40,
			judul:   "Tugas — uraian tugas jabatan",
			catatan: "Satu tugas per baris, mulai baris 4, sesuai peraturan tentang tugas dan fungsi jabatan.",
			tujuan:  "Uraian tugas jabatan, ditampilkan di BAB I.",
			kolom: []kolomTemplat{
				{judul: "No", id: "no", lebar: 6, jenis: jNomor, petunjuk: "Nomor urut; boleh kosong."},
				{judul: "Uraian Tugas", id: "uraian", wajib: true, lebar: 100, jenis: jTeksPanjang,
					petunjuk: "Satu tugas per baris, sesuai peraturan yang disebut di Identitas (Dasar Hukum Tugas)."},
			},
		},
		target,
		realisasi,
		anggaran,
		{
			nama: kinerja.SheetStrategi, spec: &specStrategi, baris: 100, beku: 2,
			judul:   "Strategi — strategi untuk mencapai target",
			catatan: "Satu strategi per baris; pilih Kode indikatornya. Beberapa baris boleh memakai Kode yang sama.",
			tujuan:  "Strategi yang digunakan untuk mencapai target tiap indikator (Tabel 2.4).",
			kolom: []kolomTemplat{
				{judul: "Kode", id: "kode", wajib: true, lebar: 9, jenis: jKode, petunjuk: pKodePilih},
				kolomOtomatis("Nama Indikator (otomatis)", 1, 3, 40),
				{judul: "Strategi", id: "strategi", wajib: true, lebar: 60, jenis: jTeksPanjang, petunjuk: "Uraian strategi."},
				{judul: "Periode", id: "periode", lebar: 24, jenis: jTeks,
					petunjuk: "Waktu pelaksanaan, mis. Januari s.d. Juni 2023.", pesan: "Waktu pelaksanaan, mis. Januari s.d. Juni 2023."},
			},
		},
		{
			nama: kinerja.SheetAnalisis, spec: &specAnalisis, baris: 50, beku: 2,
			judul:   "Analisis — uraian capaian per indikator",
			catatan: "Satu paragraf per baris; pilih Kode indikatornya. Paragraf tampil di bawah indikator itu pada bagian 2.2.",
			tujuan:  "Paragraf analisis capaian tiap indikator (penyebab, kendala, upaya), ditambahkan di bawah paragraf yang dibuat lapkin pada bagian 2.2.",
			kolom: []kolomTemplat{
				{judul: "Kode", id: "kode", wajib: true, lebar: 9, jenis: jKode, petunjuk: pKodePilih},
				kolomOtomatis("Nama Indikator (otomatis)", 1, 3, 40),
				{judul: "Uraian", id: "uraian", wajib: true, lebar: 90, jenis: jTeksPanjang,
					petunjuk: "Satu paragraf analisis. Sebut triwulan dan tahun yang dilaporkan saja (lapkin memperingatkan bila menyebut triwulan atau tahun lain)."},
			},
		},
		{
			nama: kinerja.SheetTindakLanjut, spec: &specTindakLanjut, baris: 40,
			judul:   "Tindak Lanjut — rencana tindak lanjut",
			catatan: "Satu rencana per baris, mulai baris 4.",
			tujuan:  "Rencana tindak lanjut (bagian 2.5).",
			kolom: []kolomTemplat{
				{judul: "No", id: "no", lebar: 6, jenis: jNomor, petunjuk: "Nomor urut; boleh kosong."},
				{judul: "Uraian", id: "uraian", wajib: true, lebar: 90, jenis: jTeksPanjang, petunjuk: "Satu rencana tindak lanjut."},
			},
		},
		{
			nama: kinerja.SheetTanggapan, spec: &specTanggapan, baris: 10,
			judul:   "Tanggapan — pilihan tanggapan atasan langsung",
			catatan: "Daftar pilihan tanggapan atasan (bagian 2.6). Beri tanda x di kolom Pilih, atau kosongkan agar atasan mencentang di kertas.",
			tujuan:  "Pilihan tanggapan atasan langsung, tercetak dengan kotak centang (bagian 2.6). Daftar bawaan sudah terisi; boleh diubah.",
			awal:    tanggapanAwal(),
			kolom: []kolomTemplat{
				{judul: "Tanggapan", id: "tanggapan", wajib: true, lebar: 55, jenis: jTeks, petunjuk: "Teks pilihan tanggapan."},
				{judul: "Pilih", id: "pilih", lebar: 8, jenis: jDaftar, daftar: []string{"x"},
					galat:    "Ketik x untuk memilih tanggapan ini, atau kosongkan.",
					petunjuk: "Tanda x pada tanggapan yang dipilih (juga diterima: ✓, v, ya); kosong = tidak dipilih.",
					pesan:    "Ketik x bila tanggapan ini dipilih; kosongkan bila tidak."},
			},
		},
		{
			nama: kinerja.SheetNarasi, spec: &specNarasi, baris: 20,
			judul:   "Narasi — teks pengganti bagian laporan",
			catatan: "Isi hanya bila ingin mengganti teks yang dibuat lapkin untuk suatu bagian laporan.",
			tujuan:  "Paragraf Anda sendiri yang menggantikan teks buatan lapkin untuk satu bagian laporan.",
			kolom: []kolomTemplat{
				{judul: "Bagian", id: "bagian", wajib: true, lebar: 22, jenis: jDaftar, daftar: bagianNarasi, peringatan: true,
					galat:    "Bagian ini tidak dikenal lapkin. Pilih salah satu bagian dari daftar.",
					petunjuk: narasiBagian,
					pesan:    "Bagian laporan yang teksnya diganti; pilih dari daftar."},
				{judul: "Teks", id: "teks", wajib: true, lebar: 100, jenis: jTeksPanjang, petunjuk: "Satu paragraf pengganti."},
			},
		},
		{
			nama: kinerja.SheetLibur, spec: &specLibur, baris: 20,
			judul:   "Libur — hari libur tambahan",
			catatan: "Hari tidak bekerja selain Sabtu, Minggu, libur nasional dan cuti bersama (mis. libur daerah).",
			tujuan:  "Hari libur tambahan untuk menghitung batas pelaporan (mis. libur daerah). Libur nasional dan cuti bersama sudah diketahui lapkin.",
			kolom: []kolomTemplat{
				{judul: "Tanggal", id: "tanggal", wajib: true, lebar: 14, jenis: jTanggal,
					petunjuk: "Tanggal libur, mis. 03/10/2024.", pesan: "Tanggal libur, mis. 03/10/2024 (tanggal/bulan/tahun)."},
				{judul: "Keterangan", id: "keterangan", lebar: 40, jenis: jTeks, petunjuk: "Nama hari libur; boleh kosong."},
			},
		},
	}
}

func tanggapanAwal() [][]any {
	rows := make([][]any, len(kinerja.DefaultTanggapan))
	for i, t := range kinerja.DefaultTanggapan {
		rows[i] = []any{t, nil}
	}
	return rows
}

// isianTemplat is one row of the Identitas sheet.
type isianTemplat struct {
	label string // as the reader knows it (isianIdentitas)
	wajib bool
	jenis jenisIsian
	hint  string // column C
	pesan string // input message
}

var identitasTemplat = []isianTemplat{
	{"Tahun Anggaran", true, isianTahun, "Wajib. Tahun 4 angka, contoh: 2023", "Tahun anggaran, 4 angka (mis. 2023)."},
	{"Triwulan", true, isianTriwulan, "Wajib. Triwulan yang dilaporkan: pilih I, II, III atau IV", "Triwulan yang dilaporkan: pilih I, II, III atau IV."},
	{"Pemerintah Daerah", true, isianTeks, "Wajib. contoh: Kabupaten Lumajang", "Mis. Kabupaten Lumajang."},
	{"Unit Kerja", true, isianTeks, "Wajib. contoh: Kecamatan Senduro", "Perangkat daerah/unit kerja, mis. Kecamatan Senduro."},
	{"Jabatan", true, isianTeks, "Wajib. Jabatan yang melapor, contoh: Kepala Seksi Pemerintahan", "Jabatan pejabat yang melapor, mis. Kepala Seksi Pemerintahan."},
	{"Jabatan Singkat", false, isianTeks, "Boleh kosong. Dipakai di nama berkas PDF, contoh: Kasi Pemerintahan", "Boleh kosong; dipakai di nama berkas PDF (mis. Kasi Pemerintahan)."},
	{"Eselon", false, isianTeks, "Boleh kosong. contoh: IV", "Boleh kosong, mis. IV atau III.b."},
	{"Nama Pejabat", true, isianTeks, "Wajib. Nama lengkap dengan gelar, contoh: MOCH JEMMY, S.Pd", "Nama lengkap pejabat yang melapor, dengan gelar."},
	{"NIP", true, isianNIP, "Wajib. 18 angka (spasi boleh), contoh: 19651230 198703 1 012", "NIP 18 angka; spasi boleh (mis. 19651230 198703 1 012). Sel ini berformat teks agar tidak ada angka yang hilang."},
	{"Jabatan Atasan", true, isianTeks, "Wajib. Atasan langsung, contoh: Camat Senduro", "Jabatan atasan langsung, mis. Camat Senduro."},
	{"Nama Atasan", true, isianTeks, "Wajib. Nama lengkap atasan dengan gelar, contoh: Drs. PUJIANTO", "Nama lengkap atasan langsung, dengan gelar."},
	{"NIP Atasan", true, isianNIPAtasan, "Wajib. 18 angka (spasi boleh), contoh: 19671114 199003 1 004", "NIP atasan 18 angka; spasi boleh. Sel ini berformat teks agar tidak ada angka yang hilang."},
	{"Tempat", true, isianTeks, "Wajib. Tempat penandatanganan, contoh: Senduro", "Tempat penandatanganan laporan, mis. Senduro."},
	{"Tanggal Laporan", false, isianTanggal, "Boleh kosong (bawaan: --tanggal atau hari ini). contoh: 03/07/2023", "Tanggal laporan, mis. 03/07/2023 (tanggal/bulan/tahun). Kosong = hari ini."},
	{"Dasar Hukum Pelaporan", false, isianTeks, "Boleh kosong. contoh: Peraturan Bupati Lumajang Nomor 6 Tahun 2018 Pasal 4", "Peraturan yang mewajibkan laporan ini; boleh kosong."},
	{"Batas Pelaporan (Hari Kerja)", false, isianHariKerja, "Boleh kosong (bawaan 5). Hari kerja setelah akhir triwulan", "Batas pelaporan: jumlah hari kerja setelah akhir triwulan (kosong = 5)."},
	{"Dasar Hukum Tugas", false, isianTeks, "Boleh kosong. contoh: Peraturan Bupati Lumajang Nomor 96 Tahun 2019 Pasal 8", "Peraturan tentang tugas dan fungsi jabatan; boleh kosong."},
}

// xmlRumus escapes a validation formula set directly in Formula1.
var xmlRumus = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// fmtTanggalTemplat is the number format of date cells (as Tulis writes
// Tanggal values).
const fmtTanggalTemplat = "dd/mm/yyyy"

// Colours of the template.
const (
	warnaWajib    = "1F4E78" // header of a required column
	warnaOpsional = "BDD7EE" // header of an optional column
	warnaIsian    = "FFF2CC" // input cells
	warnaOtomatis = "EDEDED" // formula cells
	warnaLabel    = "DDEBF7" // Identitas labels, Petunjuk headings
	warnaGaris    = "BFBFBF"
	warnaJudul    = "1F4E78"
	warnaCatatan  = "595959"
)

// peranGaya is what a cell is for.
type peranGaya int

const (
	gIsian     peranGaya = iota
	gIsianKiri           // an input cell aligned left whatever it holds (Identitas)
	gOtomatis
	gHeaderWajib
	gHeaderOpsional
	gHeaderOtomatis
	gJudul
	gCatatan
	gLabelWajib
	gLabelOpsional
	gPetunjukC
	gBagian // a Petunjuk heading
	gTeks   // Petunjuk body text
	gTeksTebal
)

// Number formats of template cells.
const (
	fUmum = iota
	fRupiah
	fPersen
	fTanggal
	fTeks
)

type kunciGaya struct {
	peran peranGaya
	fmt   int
	wrap  bool
}

// templat is a template being built.
type templat struct {
	bk    *Buku
	f     *excelize.File
	gaya  map[kunciGaya]int
	opsi  OpsiTemplate
	isi   map[string]*Lembar // by NormLembar
	sheet []*lembarTemplat
	// kodeTarget: Target rows of the data, for the cached values of the
	// automatic columns (Kode as typed → Target row values by column).
	kodeTarget  map[string][]any
	barisTarget int // prepared Target rows (the Kode list)
}

func buatTemplat(o OpsiTemplate) (*templat, error) {
	f := excelize.NewFile()
	t := &templat{
		bk:   &Buku{File: f, tambal: map[string]map[string]string{}},
		f:    f,
		gaya: map[kunciGaya]int{},
		opsi: o,
		isi:  map[string]*Lembar{},
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	for i := range o.Isi {
		l := &o.Isi[i]
		k := NormLembar(l.Nama)
		if _, dup := t.isi[k]; dup {
			return nil, fmt.Errorf("data contoh: lembar %s ganda", l.Nama)
		}
		if _, persis, _ := kanonikDari(l.Nama); !persis {
			return nil, fmt.Errorf("data contoh: lembar %s tidak dikenal templat", l.Nama)
		}
		t.isi[k] = l
	}
	_ = f.SetDocProps(&excelize.DocProperties{Creator: "lapkin", LastModifiedBy: "lapkin",
		Title: "Buku kerja Laporan Kinerja Triwulanan", Description: "Dibuat dengan lapkin init"})
	t.sheet = lembarTemplatSemua(o.BagianNarasi)
	if err := t.siapkanUkuran(); err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", "Petunjuk"); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(kinerja.SheetIdentitas); err != nil {
		return nil, err
	}
	for _, ls := range t.sheet {
		if _, err := f.NewSheet(ls.nama); err != nil {
			return nil, err
		}
	}
	if err := t.tulisIdentitas(); err != nil {
		return nil, fmt.Errorf("lembar Identitas: %w", err)
	}
	for _, ls := range t.sheet {
		if err := t.tulisTabel(ls); err != nil {
			return nil, fmt.Errorf("lembar %s: %w", ls.nama, err)
		}
	}
	if err := t.tulisPetunjuk(); err != nil {
		return nil, fmt.Errorf("lembar Petunjuk: %w", err)
	}
	f.SetActiveSheet(0)
	ok = true
	return t, nil
}

// siapkanUkuran maps the data's columns onto each sheet and fixes how many
// rows each sheet prepares, before anything refers to them (the Kode list
// refers to Target's rows).
func (t *templat) siapkanUkuran() error {
	for _, ls := range t.sheet {
		ls.totalBaris = ls.baris
		l := t.isi[NormLembar(ls.nama)]
		if l == nil {
			if len(ls.awal) > ls.totalBaris {
				ls.totalBaris = len(ls.awal) + 10
			}
			continue
		}
		ls.barisIsi = len(l.Baris)
		if ls.barisIsi+10 > ls.totalBaris {
			ls.totalBaris = ls.barisIsi + 10
		}
		if _, err := ls.petaIsi(l); err != nil {
			return err
		}
	}
	for _, ls := range t.sheet {
		if ls.nama == kinerja.SheetTarget {
			t.barisTarget = ls.totalBaris
		}
	}
	return nil
}

// petaIsi maps each column of a data sheet to a template column (0-based
// index; columns the template lacks are appended to ls.tambahan and get
// indexes after the template's).
func (ls *lembarTemplat) petaIsi(l *Lembar) ([]int, error) {
	if len(l.Header) == 0 {
		return nil, fmt.Errorf("data contoh: lembar %s tanpa baris judul kolom", l.Nama)
	}
	peta := make([]int, len(l.Header))
	pakai := map[int]bool{}
	ls.tambahan = ls.tambahan[:0]
	for i, h := range l.Header {
		n := normJudul(h)
		best, bestRank := -1, -1
		for j := range ls.spec.kolom {
			if rk := ls.spec.kolom[j].rank(n); rk >= 0 && (best < 0 || rk < bestRank) {
				best, bestRank = j, rk
			}
		}
		peta[i] = -1
		if best >= 0 {
			id := ls.spec.kolom[best].id
			for c, k := range ls.kolom {
				if k.id == id {
					if pakai[c] {
						return nil, fmt.Errorf("data contoh: lembar %s: dua kolom untuk %q", l.Nama, k.judul)
					}
					peta[i], pakai[c] = c, true
				}
			}
		}
		if peta[i] < 0 {
			peta[i] = len(ls.kolom) + len(ls.tambahan)
			ls.tambahan = append(ls.tambahan, h)
		}
	}
	return peta, nil
}

// style returns the style of a role and number format, created once per
// workbook.
func (t *templat) style(p peranGaya, nf int, wrap bool) (int, error) {
	k := kunciGaya{p, nf, wrap}
	if id, ok := t.gaya[k]; ok {
		return id, nil
	}
	garis := []excelize.Border{
		{Type: "left", Color: warnaGaris, Style: 1}, {Type: "right", Color: warnaGaris, Style: 1},
		{Type: "top", Color: warnaGaris, Style: 1}, {Type: "bottom", Color: warnaGaris, Style: 1},
	}
	isi := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	st := &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: wrap}}
	switch p {
	case gIsian:
		st.Fill, st.Border = isi(warnaIsian), garis
	case gIsianKiri:
		st.Fill, st.Border = isi(warnaIsian), garis
		st.Alignment.Horizontal = "left"
	case gOtomatis:
		st.Fill, st.Border = isi(warnaOtomatis), garis
		st.Font = &excelize.Font{Italic: true, Color: "404040"}
	case gHeaderWajib:
		st.Fill, st.Border = isi(warnaWajib), garis
		st.Font = &excelize.Font{Bold: true, Color: "FFFFFF"}
		st.Alignment = &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	case gHeaderOpsional:
		st.Fill, st.Border = isi(warnaOpsional), garis
		st.Font = &excelize.Font{Bold: true, Color: "1F1F1F"}
		st.Alignment = &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	case gHeaderOtomatis:
		st.Fill, st.Border = isi(warnaOtomatis), garis
		st.Font = &excelize.Font{Bold: true, Italic: true, Color: "404040"}
		st.Alignment = &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	case gJudul:
		st.Font = &excelize.Font{Bold: true, Size: 14, Color: warnaJudul}
		st.Alignment = nil
	case gCatatan:
		st.Font = &excelize.Font{Italic: true, Color: warnaCatatan}
		st.Alignment = nil
	case gLabelWajib, gLabelOpsional:
		st.Fill, st.Border = isi(warnaLabel), garis
		st.Font = &excelize.Font{Bold: p == gLabelWajib}
	case gPetunjukC:
		st.Font = &excelize.Font{Italic: true, Color: warnaCatatan}
	case gBagian:
		st.Fill = isi(warnaLabel)
		st.Font = &excelize.Font{Bold: true, Size: 12, Color: warnaJudul}
		st.Alignment = &excelize.Alignment{Vertical: "center"}
	case gTeks:
	case gTeksTebal:
		st.Font = &excelize.Font{Bold: true}
	}
	switch nf {
	case fRupiah:
		st.NumFmt = 3
	case fPersen:
		st.NumFmt = 10
	case fTanggal:
		tf := fmtTanggalTemplat
		st.CustomNumFmt = &tf
	case fTeks:
		st.NumFmt = 49
	}
	id, err := t.f.NewStyle(st)
	if err != nil {
		return 0, err
	}
	t.gaya[k] = id
	return id, nil
}

// formatJenis is the number format and wrapping of a column kind.
func formatJenis(j jenisKolom) (nf int, wrap bool) {
	switch j {
	case jTeksPanjang:
		return fUmum, true
	case jRupiah:
		return fRupiah, false
	case jPersen:
		return fPersen, false
	case jTanggal:
		return fTanggal, false
	case jKodeTarget, jKode, jKodeBebas:
		return fTeks, false
	case jOtomatis:
		return fUmum, true
	}
	return fUmum, false
}

// formatNilai is the number format a typed value needs, or -1 to keep the
// column's.
func formatNilai(v any) int {
	switch v.(type) {
	case Persen:
		return fPersen
	case Rupiah:
		return fRupiah
	case Tanggal, time.Time:
		return fTanggal
	case TeksAngka:
		return fTeks
	}
	return -1
}

// tulisNilai writes one data value into a template cell styled for its
// column (peran, nf, wrap); a value of another type than the column's
// format gets its own format with the same look.
func (t *templat) tulisNilai(sh, ref string, v any, p peranGaya, nf int, wrap bool) error {
	if x := formatNilai(v); x >= 0 && x != nf {
		nf = x
		st, err := t.style(p, nf, wrap)
		if err != nil {
			return err
		}
		if err := t.f.SetCellStyle(sh, ref, ref, st); err != nil {
			return err
		}
	}
	switch x := v.(type) {
	case Rumus, Galat:
		// Formula and error cells keep the writer's own handling; their
		// style is the one the column has.
		st, err := t.style(p, nf, wrap)
		if err != nil {
			return err
		}
		if g, ok := x.(Galat); ok {
			return t.bk.khusus(sh, ref, st, "e", "", string(g))
		}
		if err := t.bk.rumus(sh, ref, x.(Rumus)); err != nil {
			return err
		}
		t.gantiGayaTambal(sh, ref, st)
		return nil
	}
	return nilaiPolos(t.f, sh, ref, v)
}

// gantiGayaTambal gives a recorded special cell the column's style.
func (t *templat) gantiGayaTambal(sh, ref string, st int) {
	m := t.bk.tambal[sh]
	c, ok := m[ref]
	if !ok {
		return
	}
	head := `<c r="` + ref + `"`
	if strings.HasPrefix(c, head+` s="`) {
		return // a typed cache chose its format
	}
	m[ref] = head + ` s="` + strconv.Itoa(st) + `"` + strings.TrimPrefix(c, head)
}

// cekPanjang checks that s fits Excel's limit of n UTF-16 units.
func cekPanjang(what, s string, n int) error {
	if len(utf16.Encode([]rune(s))) > n {
		return fmt.Errorf("%s lebih dari %d karakter: %q", what, n, s)
	}
	return nil
}

// validasi adds a data validation with an input message and, when galat
// is not empty, an error alert.
func (t *templat) validasi(sh string, dv *excelize.DataValidation, judul, pesan string, gaya excelize.DataValidationErrorStyle, judulGalat, galat string) error {
	if pesan != "" {
		if err := cekPanjang("judul pesan", judul, maksJudulPesan); err != nil {
			return err
		}
		if err := cekPanjang("pesan", pesan, maksPesanInput); err != nil {
			return err
		}
		dv.SetInput(judul, pesan)
	}
	if galat != "" {
		if err := cekPanjang("judul galat", judulGalat, maksJudulPesan); err != nil {
			return err
		}
		if err := cekPanjang("pesan galat", galat, maksPesanGalat); err != nil {
			return err
		}
		dv.SetError(gaya, judulGalat, galat)
	}
	return t.f.AddDataValidation(sh, dv)
}

// rentangKodeTarget is the list source of the Kode lists: Target's Kode
// cells of the prepared rows.
func (t *templat) rentangKodeTarget() string {
	return fmt.Sprintf("%s!$A$%d:$A$%d", kinerja.SheetTarget, TemplateBarisData, TemplateBarisData+t.barisTarget-1)
}

// rentangCari is the VLOOKUP table of the automatic columns: Target's
// first columns, well past the prepared rows.
func (t *templat) rentangCari() string {
	end := TemplateBarisData + t.barisTarget - 1
	if end < 1000 {
		end = 1000
	}
	return fmt.Sprintf("%s!$A$%d:$E$%d", kinerja.SheetTarget, TemplateBarisData, end)
}

func (t *templat) tulisTabel(ls *lembarTemplat) error {
	f, sh := t.f, ls.nama
	first, last := TemplateBarisData, TemplateBarisData+ls.totalBaris-1
	var err error

	// Title, instruction, header.
	if err := t.judul(sh, ls.judul, ls.catatan); err != nil {
		return err
	}
	kolomSemua := append([]kolomTemplat(nil), ls.kolom...)
	for _, h := range ls.tambahan {
		kolomSemua = append(kolomSemua, kolomTemplat{judul: h, lebar: 12, jenis: jTeks})
	}
	for c, k := range kolomSemua {
		col := namaKolom(c + 1)
		if err := f.SetColWidth(sh, col, col, k.lebar); err != nil {
			return err
		}
		ref := namaSel(c+1, TemplateBarisHeader)
		if err := f.SetCellStr(sh, ref, k.judul); err != nil {
			return err
		}
		p := gHeaderOpsional
		switch {
		case k.jenis == jOtomatis:
			p = gHeaderOtomatis
		case k.wajib:
			p = gHeaderWajib
		}
		hs, err := t.style(p, fUmum, true)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, ref, ref, hs); err != nil {
			return err
		}
		// Input area: the column's look over the prepared rows.
		nf, wrap := formatJenis(k.jenis)
		p = gIsian
		if k.jenis == jOtomatis {
			p = gOtomatis
		}
		is, err := t.style(p, nf, wrap)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, namaSel(c+1, first), namaSel(c+1, last), is); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(sh, TemplateBarisHeader, 32); err != nil {
		return err
	}

	// Rows: the data, else the default rows.
	rows := ls.awal
	var peta []int
	l := t.isi[NormLembar(ls.nama)]
	if l != nil {
		rows = l.Baris
		if peta, err = ls.petaIsi(l); err != nil {
			return err
		}
	}
	// tinggi: the height each data row needs for its wrapped texts.
	tinggi := make([]float64, len(rows))
	for i, br := range rows {
		r := first + i
		for j, v := range br {
			c := j
			if peta != nil {
				if j >= len(peta) {
					return fmt.Errorf("baris %d punya lebih banyak sel daripada judul kolom", r)
				}
				c = peta[j]
			}
			k := kolomSemua[c]
			nf, wrap := formatJenis(k.jenis)
			ref := namaSel(c+1, r)
			if err := t.tulisNilai(sh, ref, v, gIsian, nf, wrap); err != nil {
				return fmt.Errorf("sel %s: %w", ref, err)
			}
			if s, ok := v.(string); ok && wrap {
				tinggi[i] = math.Max(tinggi[i], tinggiTeks(s, k.lebar))
			}
		}
		if ls.nama == kinerja.SheetTarget && len(br) > 0 {
			t.catatTarget(br, peta)
		}
	}
	if l != nil {
		if err := t.gabung(sh, l, peta); err != nil {
			return err
		}
	}

	// Automatic columns: a formula on every prepared row.
	for c, k := range ls.kolom {
		if k.jenis != jOtomatis {
			continue
		}
		s, err := t.style(gOtomatis, fUmum, true)
		if err != nil {
			return err
		}
		kodeCol := namaKolom(k.kolomKode)
		for r := first; r <= last; r++ {
			formula := fmt.Sprintf(`IF($%s%d="","",IFERROR(VLOOKUP($%s%d,%s,%d,FALSE),"(Kode tidak ada di Target)"))`,
				kodeCol, r, kodeCol, r, t.rentangCari(), k.kolomCari)
			cache := ""
			if i := r - first; i < len(rows) && peta != nil {
				cache = t.cariTarget(nilaiKode(rows[i], peta, k.kolomKode-1), k.kolomCari)
				tinggi[i] = math.Max(tinggi[i], tinggiTeks(cache, k.lebar))
			}
			if err := t.bk.khusus(sh, namaSel(c+1, r), s, "str", formula, cache); err != nil {
				return err
			}
		}
	}

	for i, h := range tinggi {
		if h > 18 {
			if err := f.SetRowHeight(sh, first+i, h); err != nil {
				return err
			}
		}
	}

	// Validations, by column.
	for c, k := range ls.kolom {
		if err := t.validasiKolom(sh, k, namaKolom(c+1), first, last); err != nil {
			return fmt.Errorf("kolom %s: %w", k.judul, err)
		}
	}

	// Frozen header (and key columns), printing.
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, XSplit: ls.beku, YSplit: TemplateBarisHeader,
		TopLeftCell: namaSel(ls.beku+1, TemplateBarisData), ActivePane: paneAktif(ls.beku)}); err != nil {
		return err
	}
	return t.cetak(sh, ls.lanskap, TemplateBarisHeader)
}

func paneAktif(beku int) string {
	if beku > 0 {
		return "bottomRight"
	}
	return "bottomLeft"
}

// cetak sets up printing: A4, fit to the page width, the header row
// (when not 0) repeated on every page.
func (t *templat) cetak(sh string, lanskap bool, header int) error {
	orient := "portrait"
	if lanskap {
		orient = "landscape"
	}
	a4, one, zero := 9, 1, 0
	if err := t.f.SetPageLayout(sh, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	yes := true
	if err := t.f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	if header == 0 {
		return nil
	}
	return t.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sh,
		RefersTo: fmt.Sprintf("%s!$%d:$%d", kutipLembar(sh), header, header)})
}

// kutipLembar quotes a sheet name for a formula when it needs it.
func kutipLembar(sh string) string {
	if strings.ContainsAny(sh, " -'!") {
		return "'" + strings.ReplaceAll(sh, "'", "''") + "'"
	}
	return sh
}

// judul writes the title and instruction rows.
func (t *templat) judul(sh, judul, catatan string) error {
	js, err := t.style(gJudul, fUmum, false)
	if err != nil {
		return err
	}
	cs, err := t.style(gCatatan, fUmum, false)
	if err != nil {
		return err
	}
	for _, x := range []struct {
		r  int
		s  string
		st int
	}{{barisJudulTemplat, judul, js}, {barisCatatanTemplat, catatan, cs}} {
		ref := namaSel(1, x.r)
		if err := t.f.SetCellStr(sh, ref, x.s); err != nil {
			return err
		}
		if err := t.f.SetCellStyle(sh, ref, ref, x.st); err != nil {
			return err
		}
	}
	return t.f.SetRowHeight(sh, barisJudulTemplat, 21)
}

// validasiKolom adds the column's list, check and input message over the
// prepared rows.
func (t *templat) validasiKolom(sh string, k kolomTemplat, col string, first, last int) error {
	sq := fmt.Sprintf("%s%d:%s%d", col, first, col, last)
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sq
	judul := potong(k.judul, maksJudulPesan)
	pesan := k.pesan
	if pesan == "" && utf8.RuneCountInString(k.petunjuk) <= 200 {
		pesan = k.petunjuk
	}
	stop := excelize.DataValidationErrorStyleStop
	switch k.jenis {
	case jOtomatis, jNomor:
		return nil
	case jKodeTarget:
		dv.Type = "custom"
		// Formula1 is written as raw XML: escape it as SetDropList does.
		dv.Formula1 = xmlRumus.Replace(fmt.Sprintf("COUNTIF($%s$%d:$%s$%d,%s%d)<=1", col, first, col, last, col, first))
		return t.validasi(sh, dv, judul, pesan, stop, "Kode ganda",
			"Kode ini sudah dipakai di baris lain. Setiap indikator harus punya Kode yang berbeda (mis. IK1, IK2, IK3).")
	case jKode:
		dv.SetSqrefDropList(t.rentangKodeTarget())
		return t.validasi(sh, dv, judul, pesan, stop, "Kode tidak ada di Target",
			"Pilih Kode dari daftar: Kode harus sudah ada di kolom Kode lembar Target. Tambahkan indikatornya di lembar Target lebih dulu.")
	case jDaftar, jSaran:
		if len(k.daftar) == 0 {
			break
		}
		if err := dv.SetDropList(k.daftar); err != nil {
			return fmt.Errorf("daftar pilihan terlalu panjang: %v", err)
		}
		if k.jenis == jSaran {
			// Suggestions only: other values are accepted without an alert.
			return t.validasi(sh, dv, judul, pesan, 0, "", "")
		}
		gaya, judulGalat := stop, "Pilihan tidak dikenal"
		if k.peringatan {
			gaya, judulGalat = excelize.DataValidationErrorStyleWarning, "Bagian tidak dikenal"
		}
		galat := k.galat
		if galat == "" {
			galat = "Pilih salah satu dari daftar: " + strings.Join(k.daftar, ", ") + "."
		}
		return t.validasi(sh, dv, judul, pesan, gaya, judulGalat, galat)
	case jRupiah:
		if err := dv.SetRange(0, 1e14, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, pesan, excelize.DataValidationErrorStyleWarning, "Bukan rupiah yang sah",
			"Ketik jumlah rupiah sebagai angka tanpa Rp, tidak negatif (mis. 7500000). Pilih Ya untuk tetap memakai isian ini (teks seperti 7.500.000 tetap dibaca lapkin).")
	case jPersen:
		if err := dv.SetRange(-1e6, 1e6, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, pesan, excelize.DataValidationErrorStyleWarning, "Bukan persen",
			"Ketik persen sebagai angka, mis. 84,69%. Pilih Ya untuk tetap memakai isian ini.")
	case jTanggal:
		if err := dv.SetRange(serialTanggal(2000, 1, 1), serialTanggal(2100, 12, 31), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, pesan, stop, "Bukan tanggal",
			"Ketik tanggal antara tahun 2000 dan 2100, mis. 03/10/2024 (tanggal/bulan/tahun).")
	}
	if pesan == "" {
		return nil
	}
	return t.validasi(sh, dv, judul, pesan, 0, "", "")
}

func serialTanggal(y int, m time.Month, d int) int {
	return int(tanggalKeSerial(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)))
}

// potong shortens s to n UTF-16 units.
func potong(s string, n int) string {
	if len(utf16.Encode([]rune(s))) <= n {
		return s
	}
	r := []rune(s)
	for len(utf16.Encode(r)) > n-1 {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// tinggiTeks estimates the height (points) a wrapped text needs in a
// column of the given width (characters), for rows of the example data:
// Excel does not grow a row to its wrapped text when opening a file.
func tinggiTeks(s string, lebar float64) float64 {
	per := math.Max(1, lebar*1.1)
	lines := 0
	for _, p := range strings.Split(s, "\n") {
		lines += int(math.Max(1, math.Ceil(float64(utf8.RuneCountInString(p))/per)))
	}
	h := float64(lines)*15 + 3
	return math.Min(h, 409)
}

// catatTarget records a Target data row for the automatic columns' cached
// values: by Kode, the values in the template's column order.
func (t *templat) catatTarget(br []any, peta []int) {
	if t.kodeTarget == nil {
		t.kodeTarget = map[string][]any{}
	}
	vals := make([]any, 8)
	for j, v := range br {
		c := j
		if peta != nil {
			c = peta[j]
		}
		if c < len(vals) {
			vals[c] = v
		}
	}
	k := strings.ToUpper(teksSel(vals[0]))
	if _, dup := t.kodeTarget[k]; !dup && k != "" {
		t.kodeTarget[k] = vals
	}
}

// cariTarget is the VLOOKUP of an automatic column as Excel computes it
// (a case-insensitive exact match): column cari (1-based) of the Target
// row of kode.
func (t *templat) cariTarget(kode string, cari int) string {
	if kode == "" {
		return ""
	}
	vals, ok := t.kodeTarget[strings.ToUpper(kode)]
	if !ok {
		return "(Kode tidak ada di Target)"
	}
	return teksSel(vals[cari-1])
}

// nilaiKode is the Kode of a data row: the value placed in template
// column kol (0-based).
func nilaiKode(br []any, peta []int, kol int) string {
	for j, c := range peta {
		if c == kol && j < len(br) {
			return teksSel(br[j])
		}
	}
	return ""
}

// teksSel is a value as a text cell would hold it.
func teksSel(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case TeksAngka:
		return string(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return fmtAngka(x)
	}
	return fmt.Sprint(v)
}

// gabung translates the data's merged ranges into the template's
// coordinates. Only data-row merges over columns that stay side by side
// can be kept; anything else is an error in the example data.
func (t *templat) gabung(sh string, l *Lembar, peta []int) error {
	off := len(l.Judul) + 2 // the data's first data row
	for _, g := range l.Gabung {
		a, b, found := strings.Cut(g, ":")
		c1, r1, ok1 := parseSel(a)
		c2, r2, ok2 := parseSel(b)
		if !found || !ok1 || !ok2 || r1 < off || c1 < 1 || c2 > len(peta) || c2 < c1 || r2 < r1 {
			return fmt.Errorf("rentang gabungan %q tidak dapat dipindahkan ke templat", g)
		}
		n1, n2 := peta[c1-1], peta[c2-1]
		if n2-n1 != c2-c1 {
			return fmt.Errorf("rentang gabungan %q melintasi kolom yang tidak bersebelahan di templat", g)
		}
		from := namaSel(n1+1, r1-off+TemplateBarisData)
		to := namaSel(n2+1, r2-off+TemplateBarisData)
		if err := t.f.MergeCell(sh, from, to); err != nil {
			return err
		}
	}
	return nil
}

// tulisIdentitas writes the label/value sheet: labels in A, values in B
// (the input cells), hints in C. The reader takes B, or C only when B
// holds just ":"; a hint is never read as a value.
func (t *templat) tulisIdentitas() error {
	f, sh := t.f, kinerja.SheetIdentitas
	if err := t.judul(sh, "Identitas Laporan Kinerja Triwulanan",
		"Isi kolom B (sel kuning). Label di kolom A jangan diubah; kolom C hanya petunjuk dan tidak dibaca."); err != nil {
		return err
	}
	for c, w := range []float64{30, 48, 70} {
		col := namaKolom(c + 1)
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return err
		}
	}
	for c, h := range []string{"Isian", "Isi di sini", "Keterangan dan contoh"} {
		ref := namaSel(c+1, TemplateBarisHeader)
		if err := f.SetCellStr(sh, ref, h); err != nil {
			return err
		}
		p := gHeaderWajib
		if c == 2 {
			p = gHeaderOtomatis
		}
		hs, err := t.style(p, fUmum, true)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, ref, ref, hs); err != nil {
			return err
		}
	}
	// The data's values by field; rows with labels the template lacks go
	// below the template's.
	nilai := map[int]any{}
	var lain [][]any
	var gambar *Gambar
	if l := t.isi[NormLembar(sh)]; l != nil {
		gambar = l.Gambar
		for _, br := range l.Baris {
			if len(br) == 0 {
				continue
			}
			label, _ := br[0].(string)
			fi, ok := cariIsian(label)
			if !ok {
				lain = append(lain, br)
				continue
			}
			if _, dup := nilai[fi]; dup {
				lain = append(lain, br)
				continue
			}
			var v any
			if len(br) > 1 {
				v = br[1]
			}
			nilai[fi] = v
		}
	}
	r := TemplateBarisData
	for _, it := range identitasTemplat {
		fi, ok := cariIsian(it.label)
		if !ok {
			return fmt.Errorf("label %q tidak dikenal pembaca", it.label)
		}
		la, b, c := namaSel(1, r), namaSel(2, r), namaSel(3, r)
		lp := gLabelOpsional
		if it.wajib {
			lp = gLabelWajib
		}
		ls, err := t.style(lp, fUmum, false)
		if err != nil {
			return err
		}
		if err := f.SetCellStr(sh, la, it.label); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, la, la, ls); err != nil {
			return err
		}
		nf, wrap := fUmum, false
		switch it.jenis {
		case isianNIP, isianNIPAtasan:
			nf = fTeks
		case isianTanggal:
			nf = fTanggal
		case isianTeks:
			wrap = true
		}
		vs, err := t.style(gIsianKiri, nf, wrap)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, b, b, vs); err != nil {
			return err
		}
		if v, ok := nilai[fi]; ok {
			if err := t.tulisNilai(sh, b, v, gIsianKiri, nf, wrap); err != nil {
				return fmt.Errorf("sel %s: %w", b, err)
			}
		}
		hs, err := t.style(gPetunjukC, fUmum, true)
		if err != nil {
			return err
		}
		if err := f.SetCellStr(sh, c, it.hint); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, c, c, hs); err != nil {
			return err
		}
		if err := t.validasiIdentitas(sh, b, it); err != nil {
			return fmt.Errorf("isian %s: %w", it.label, err)
		}
		r++
	}
	for _, br := range lain {
		for j, v := range br {
			if j > 2 {
				break
			}
			if err := t.tulisNilai(sh, namaSel(j+1, r), v, gIsian, fUmum, false); err != nil {
				return err
			}
		}
		r++
	}
	r++
	cs, err := t.style(gCatatan, fUmum, false)
	if err != nil {
		return err
	}
	ref := namaSel(1, r)
	if err := f.SetCellStr(sh, ref, "Logo: sisipkan gambar logo daerah di lembar ini (mis. di sebelah kanan tabel); gambar itu dipakai di sampul laporan."); err != nil {
		return err
	}
	if err := f.SetCellStyle(sh, ref, ref, cs); err != nil {
		return err
	}
	if gb := gambar; gb != nil && len(gb.Data) > 0 {
		ext := strings.ToLower(gb.Ext)
		if !strings.HasPrefix(ext, ".") {
			ext = "." + ext
		}
		at := gb.Sel
		if c, _, ok := parseSel(at); !ok || c <= 3 {
			at = "E4" // keep the hint column clear
		}
		if err := f.AddPictureFromBytes(sh, at, &excelize.Picture{Extension: ext, File: gb.Data,
			Format: &excelize.GraphicOptions{AltText: "Logo", LockAspectRatio: true}}); err != nil {
			return fmt.Errorf("gambar di %s: %v", at, err)
		}
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: TemplateBarisHeader,
		TopLeftCell: namaSel(1, TemplateBarisData), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return t.cetak(sh, false, TemplateBarisHeader)
}

func (t *templat) validasiIdentitas(sh, ref string, it isianTemplat) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = ref
	judul := potong(it.label, maksJudulPesan)
	stop := excelize.DataValidationErrorStyleStop
	switch it.jenis {
	case isianTahun:
		if err := dv.SetRange(2000, 2100, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, stop, "Tahun tidak sah", "Ketik tahun anggaran 4 angka antara 2000 dan 2100, mis. 2023.")
	case isianTriwulan:
		if err := dv.SetDropList(twRomawi); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, stop, "Triwulan tidak sah", "Pilih triwulan yang dilaporkan: I, II, III atau IV.")
	case isianTanggal:
		if err := dv.SetRange(serialTanggal(2000, 1, 1), serialTanggal(2100, 12, 31), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, stop, "Bukan tanggal", "Ketik tanggal laporan, mis. 03/07/2023 (tanggal/bulan/tahun).")
	case isianHariKerja:
		if err := dv.SetRange(1, 60, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, stop, "Jumlah hari kerja tidak sah", "Ketik jumlah hari kerja sebagai bilangan bulat, mis. 5.")
	case isianNIP, isianNIPAtasan:
		if err := dv.SetRange(18, 24, excelize.DataValidationTypeTextLength, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		return t.validasi(sh, dv, judul, it.pesan, excelize.DataValidationErrorStyleWarning, "NIP bukan 18 angka",
			"NIP terdiri atas 18 angka (spasi boleh), mis. 19651230 198703 1 012. Pilih Ya untuk tetap memakai isian ini.")
	}
	// A text field: refuse a lone ":" (the hand-made "Label : value"
	// layout), with which the reader would take column C, the hint, as the
	// value.
	dv.Type = "custom"
	dv.Formula1 = xmlRumus.Replace(fmt.Sprintf(`TRIM(%s)<>":"`, ref))
	return t.validasi(sh, dv, judul, it.pesan, excelize.DataValidationErrorStyleStop, "Tanpa titik dua",
		"Ketik isinya langsung di sel ini, tanpa tanda titik dua (:) di depannya.")
}

// tulisPetunjuk writes the first sheet: what lapkin is, the workflow, the
// colours, the general rules, every sheet and column, the formulas.
func (t *templat) tulisPetunjuk() error {
	f, sh := t.f, "Petunjuk"
	for c, w := range []float64{34, 100} {
		col := namaKolom(c + 1)
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return err
		}
	}
	if err := t.judul(sh, "PETUNJUK PENGISIAN — Buku Kerja Laporan Kinerja Triwulanan",
		"Buku kerja ini dibaca oleh lapkin untuk memeriksa data dan menyusun Laporan Kinerja Triwulanan (PDF). Lembar Petunjuk ini tidak dibaca."); err != nil {
		return err
	}
	r := 3
	if t.opsi.Catatan != "" {
		ts, err := t.style(gTeksTebal, fUmum, true)
		if err != nil {
			return err
		}
		ref := namaSel(1, r)
		if err := f.SetCellStr(sh, ref, t.opsi.Catatan); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, ref, namaSel(2, r), ts); err != nil {
			return err
		}
		if err := f.MergeCell(sh, ref, namaSel(2, r)); err != nil {
			return err
		}
		if err := f.SetRowHeight(sh, r, tinggiTeks(t.opsi.Catatan, 130)); err != nil {
			return err
		}
		r++
	}
	bagian := func(s string) error {
		r++
		bs, err := t.style(gBagian, fUmum, false)
		if err != nil {
			return err
		}
		for _, c := range []string{"A", "B"} {
			if err := f.SetCellStyle(sh, fmt.Sprintf("%s%d", c, r), fmt.Sprintf("%s%d", c, r), bs); err != nil {
				return err
			}
		}
		if err := f.SetCellStr(sh, namaSel(1, r), s); err != nil {
			return err
		}
		if err := f.SetRowHeight(sh, r, 20); err != nil {
			return err
		}
		r++
		return nil
	}
	ts, err := t.style(gTeks, fUmum, true)
	if err != nil {
		return err
	}
	tb, err := t.style(gTeksTebal, fUmum, true)
	if err != nil {
		return err
	}
	baris := func(a, b string) error {
		err := t.barisPetunjuk(sh, r, a, b, tb, ts)
		r++
		return err
	}
	// contoh writes a row whose A cell shows a sample of a cell look.
	contoh := func(p peranGaya, a, b string) error {
		s, err := t.style(p, fUmum, true)
		if err != nil {
			return err
		}
		err = t.barisPetunjuk(sh, r, a, b, s, ts)
		r++
		return err
	}

	if err := bagian("1. Alur kerja"); err != nil {
		return err
	}
	for _, x := range [][2]string{
		{"lapkin init", "Membuat buku kerja ini (sudah dilakukan). Dengan --contoh: berisi contoh data."},
		{"Isi buku kerja", "Isi lembar Identitas, Target dan Realisasi (wajib), lalu Anggaran dan lembar lain bila ada datanya. Simpan sebagai .xlsx (Excel atau LibreOffice)."},
		{"lapkin validate BERKAS.xlsx", "Memeriksa isi buku kerja. Setiap temuan menyebut lembar dan selnya (mis. Realisasi!D4), apa yang salah dan cara memperbaikinya. GALAT harus diperbaiki; PERINGATAN sebaiknya diperiksa."},
		{"lapkin generate BERKAS.xlsx", "Membuat laporan PDF. Data yang masih bergalat ditolak; dengan --draf laporan tetap dibuat dan setiap halaman diberi tanda DRAF."},
		{"lapkin summary BERKAS.xlsx", "Menampilkan angka hasil hitungan (capaian, predikat, serapan, efisiensi) tanpa membuat PDF."},
	} {
		if err := baris(x[0], x[1]); err != nil {
			return err
		}
	}

	if err := bagian("2. Arti warna"); err != nil {
		return err
	}
	for _, x := range []struct {
		p    peranGaya
		a, b string
	}{
		{gHeaderWajib, "Judul biru tua", "Kolom wajib: isi pada setiap baris yang dipakai."},
		{gHeaderOpsional, "Judul biru muda", "Kolom boleh dikosongkan."},
		{gIsian, "Sel kuning", "Tempat mengisi data. Sel yang memiliki daftar pilihan menampilkan tombol panah saat dipilih; pesan bantuan muncul saat sel dipilih."},
		{gOtomatis, "Sel abu-abu", "Terisi sendiri dari lembar Target (nama indikator, satuan) sebagai bantuan; tidak perlu diketik dan tidak dibaca lapkin."},
	} {
		if err := contoh(x.p, x.a, x.b); err != nil {
			return err
		}
	}

	if err := bagian("3. Aturan umum"); err != nil {
		return err
	}
	for _, x := range [][2]string{
		{"Lembar dan judul kolom", "Jangan mengganti nama lembar dan judul kolom. Urutan kolom boleh diubah; kolom lain boleh ditambahkan (tidak dibaca). Judul kolom ada di baris 3; baris 1–2 hanya judul dan catatan."},
		{"Baris", "Satu baris untuk satu data, mulai baris 4. Baris kosong dilewati. Baris yang berisi data tetapi kolom kuncinya (Kode, Kegiatan, Uraian) kosong adalah galat. Bila baris yang disiapkan kurang, tambahkan baris di atas baris terakhir agar format dan daftar pilihan ikut."},
		{"Angka", "Ketik angkanya saja: 7500000 atau 7.500.000 (titik pemisah ribuan), desimal dengan koma: 84,69. Angka boleh diikuti satuan (6 Desa). Jangan menulis Rp."},
		{"Persen", "Di sel berformat persen, 84,69% tersimpan sebagai 0,8469 dan dibaca 84,69. Di sel biasa, ketik 84,69 atau 84,69%."},
		{"Kosong dan nol", "Sel kosong berarti belum diisi; 0 berarti nol (sudah diisi). Realisasi triwulan yang belum berjalan dibiarkan kosong."},
		{"Kode", "Setiap indikator di lembar Target punya Kode unik (IK1, IK2, …). Lembar Realisasi, Anggaran, Strategi dan Analisis memilih Kode itu dari daftar."},
		{"NIP", "Ketik 18 angka NIP di sel NIP yang sudah berformat teks (spasi boleh). Jangan mengubahnya menjadi angka: Excel hanya menyimpan 15 digit sehingga angka terakhir hilang."},
		{"Tanggal", "Ketik sebagai tanggal (mis. 03/07/2023) atau sebagai teks \"3 Juli 2023\"."},
		{"Sel gabungan", "Sel gabungan (merge) boleh: misalnya satu Sasaran yang digabung untuk dua baris indikator berlaku untuk keduanya."},
		{"Rumus", "Sel boleh berisi rumus Excel; yang dibaca adalah hasilnya. Hasil galat seperti #DIV/0! dilaporkan."},
	} {
		if err := baris(x[0], x[1]); err != nil {
			return err
		}
	}

	if err := bagian("4. Lembar dan kolom"); err != nil {
		return err
	}
	ks, err := t.style(gLabelWajib, fUmum, true)
	if err != nil {
		return err
	}
	lembarBaris := func(nama, isi string) error {
		err := t.barisPetunjuk(sh, r, nama, isi, ks, tb)
		r++
		return err
	}
	if err := lembarBaris("Identitas (wajib)", "Data laporan dan pejabat: label di kolom A, isinya di kolom B (sel kuning); kolom C hanya petunjuk. Sisipkan gambar logo di lembar ini untuk sampul laporan."); err != nil {
		return err
	}
	for _, it := range identitasTemplat {
		if err := baris("   "+it.label, it.hint+"."); err != nil {
			return err
		}
	}
	for _, ls := range t.sheet {
		status := "boleh tidak diisi"
		if ls.wajib {
			status = "wajib"
		}
		if err := lembarBaris(fmt.Sprintf("%s (%s)", ls.nama, status), ls.tujuan); err != nil {
			return err
		}
		for i, k := range ls.kolom {
			if k.grup != "" && i > 0 && ls.kolom[i-1].grup == k.grup {
				continue
			}
			label := k.judul
			if k.grup != "" {
				label = k.grup
			}
			sifat := "Boleh kosong. "
			switch {
			case k.jenis == jOtomatis:
				sifat = "Otomatis. "
			case k.wajib:
				sifat = "Wajib. "
			}
			if strings.HasPrefix(k.petunjuk, "Boleh kosong") || strings.HasPrefix(k.petunjuk, "Terisi sendiri") {
				sifat = ""
			}
			if err := baris("   "+label, sifat+k.petunjuk); err != nil {
				return err
			}
		}
	}

	if err := bagian("5. Rumus yang dipakai lapkin (q = triwulan yang dilaporkan)"); err != nil {
		return err
	}
	for _, x := range [][2]string{
		{"Realisasi s.d. triwulan q (R)", "Kumulatif: jumlah TW I s.d. TW q. Non Kumulatif: nilai TW q (bila kosong, nilai triwulan terakhir sebelumnya, dengan peringatan). Rata-rata: rata-rata TW I s.d. TW q yang terisi."},
		{"Target periode (T)", "Target TW q bila diisi; bila tidak, target tahunan."},
		{"Capaian, polaritas Positif", "Capaian = R / T × 100%. Contoh: T = 12, R = 6 → 50%."},
		{"Capaian, polaritas Negatif", "Capaian = (1 + (1 − R / T)) × 100% = (2T − R) / T × 100%, paling rendah 0% (PermenPANRB 8/2021). Contoh: T = 10, R = 10 → 100%; R = 0 → 200%; R = 20 → 0%."},
		{"Target rentang", "Target ditulis 80-90, 80 – 90, 80 s.d. 90 atau 80 s/d 90. Realisasi di dalam rentang → 100%; di atasnya dibandingkan dengan batas atas, di bawahnya dengan batas bawah. 7,5 (koma desimal) bukan rentang."},
		{"Target 0", "Capaian tidak dapat dihitung: galat, perbaiki targetnya."},
		{"Capaian tahunan", "Seperti capaian, tetapi R dibandingkan dengan target tahunan."},
		{"Tercapai dan predikat", "Tercapai bila capaian periode ≥ 100%. Predikat (Permendagri 86/2017): ≥ 91 Sangat Tinggi; 76 s.d. < 91 Tinggi; 66 s.d. < 76 Sedang; 51 s.d. < 66 Rendah; < 51 Sangat Rendah."},
		{"Realisasi anggaran (RA)", "Jumlah Realisasi TW I s.d. TW q bila kolom per triwulan diisi; bila tidak, kolom Realisasi (s.d. triwulan yang dilaporkan)."},
		{"Serapan", "Serapan = RA / Pagu × 100%. Anggaran indikator = jumlah pagu dan realisasi kegiatan yang menautkannya (kolom Indikator)."},
		{"Capaian kinerja kegiatan (CK)", "Realisasi Kinerja / Target Kinerja × 100% bila Realisasi Kinerja diisi; bila tidak, capaian periode indikator yang ditautkan."},
		{"Efisiensi (metode PMK, bawaan)", "E = Σ(Pagu × CK − RA) / Σ(Pagu × CK) × 100%, dengan CK sebagai pecahan paling tinggi 1 (PMK 214/PMK.02/2017, dari PMK 249/PMK.02/2011). Dihitung per kegiatan, per indikator (jumlah kegiatannya) dan untuk total."},
		{"Nilai efisiensi (NE)", "NE = 50 + (E / 20) × 50, dibatasi 0 s.d. 100. Contoh: E = 0 → NE = 50; E = 20 → NE = 100."},
		{"Efisiensi rasio", "Dengan lapkin generate --efisiensi rasio: Efisiensi = capaian kinerja / serapan × 100% (> 100% = efisien). Konvensi setempat, tanpa dasar peraturan; tidak dihitung bila serapan 0."},
	} {
		if err := baris(x[0], x[1]); err != nil {
			return err
		}
	}

	if err := bagian("6. Batas waktu pelaporan"); err != nil {
		return err
	}
	if err := baris("Batas pelaporan", "Hari kerja ke-N setelah hari terakhir triwulan (N dari Identitas, bawaan 5). Hari kerja: Senin–Jumat, tidak termasuk libur nasional dan cuti bersama yang diketahui lapkin serta tanggal di lembar Libur. Lihat: lapkin deadline --tahun 2023 --triwulan II."); err != nil {
		return err
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return t.cetak(sh, false, 0)
}

// barisPetunjuk writes one row of the Petunjuk sheet with its height
// fitted to the text of column B.
func (t *templat) barisPetunjuk(sh string, r int, a, b string, sa, sb int) error {
	f := t.f
	if a != "" {
		if err := f.SetCellStr(sh, namaSel(1, r), a); err != nil {
			return err
		}
	}
	if sa != 0 {
		if err := f.SetCellStyle(sh, namaSel(1, r), namaSel(1, r), sa); err != nil {
			return err
		}
	}
	if err := f.SetCellStr(sh, namaSel(2, r), b); err != nil {
		return err
	}
	if err := f.SetCellStyle(sh, namaSel(2, r), namaSel(2, r), sb); err != nil {
		return err
	}
	h := math.Max(tinggiTeks(b, 100), tinggiTeks(a, 34))
	if h > 18 {
		return f.SetRowHeight(sh, r, h)
	}
	return nil
}
