package contoh

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"time"

	"github.com/lapkin/lapkin/pkg/workbook"
)

// Bersih describes a clean example workbook of another unit (Bidang
// Kesehatan Masyarakat, Dinas Kesehatan, TW III 2024) that uses everything
// the format can do: quarterly targets, each sifat (Kumulatif, Non
// Kumulatif, Rata-rata), negative polarity, a range target, a Sasaran
// merged over two rows, percent-formatted cells, kegiatan with per-quarter
// budget realisation and one with a to-date realisation, two kegiatan for
// one indicator, a kegiatan with its own output target, an extra holiday on
// the Libur sheet, a chosen Tanggapan and a logo. validate finds no error
// in it.
//
// Expected figures (TW III), worked out by hand:
//
//	K1 Non Kumulatif, T(3) = 75, R = TW III = 76     ⇒ 76/75×100 = 101,33% Sangat Tinggi, tercapai
//	K2 Kumulatif, negatif, T(3) = 3, R = 1+0+1 = 2  ⇒ (2×3−2)/3×100 = 133,33%, tercapai
//	K3 Rata-rata, negatif, T = 30, R = (35+28+27)/3 = 30 ⇒ (60−30)/30×100 = 100%, tercapai
//	K4 range 90–95, R = 92,5 inside                  ⇒ 100%, tercapai
//	K5 Kumulatif, T(3) = 9, R = 2+3+2 = 7            ⇒ 77,78% Tinggi
//	K6 Non Kumulatif, T = 80, R = 70 (percent cells) ⇒ 87,50% Tinggi
//	Pagu 250+180+300+120+95+150+40 = 1.135.000.000; realisasi
//	180+135+225+85+55+90+32 = 802.000.000; serapan 70,66%.
func Bersih() []workbook.Sheet {
	return []workbook.Sheet{
		{
			Nama:   "Identitas",
			Lebar:  []float64{30, 60},
			Gambar: &workbook.Gambar{Sel: "D2", Data: Logo(), Ext: ".png"},
			Baris: [][]any{
				{"Tahun Anggaran", 2024},
				{"Triwulan", "TW III"},
				{"Pemerintah Daerah", "Kabupaten Lumajang"},
				{"Unit Kerja", "Dinas Kesehatan"},
				{"Jabatan", "Kepala Bidang Kesehatan Masyarakat"},
				{"Jabatan Singkat", "Kabid Kesmas"},
				{"Eselon", "III.b"},
				{"Nama Pejabat", "dr. SRI WAHYUNI, M.Kes"},
				{"NIP", workbook.TeksAngka("19780512 200312 2 004")},
				{"Jabatan Atasan", "Kepala Dinas Kesehatan"},
				{"Nama Atasan", "dr. BAYU WIBOWO, M.M."},
				{"NIP Atasan", workbook.TeksAngka("19700815 199803 1 007")},
				{"Tempat", "Lumajang"},
				{"Tanggal Laporan", workbook.Tanggal(time.Date(2024, 10, 4, 0, 0, 0, 0, time.UTC))},
				{"Dasar Hukum Pelaporan", "Peraturan Bupati Lumajang Nomor 6 Tahun 2018 Pasal 4"},
				{"Batas Pelaporan (Hari Kerja)", 5},
				{"Dasar Hukum Tugas", "Peraturan Bupati Lumajang Nomor 45 Tahun 2021 Pasal 12"},
			},
		},
		{
			Nama:   "Tugas",
			Header: []string{"No", "Uraian Tugas"},
			Lebar:  []float64{6, 100},
			Baris: nomori([]string{
				"Menyusun rencana kegiatan Bidang Kesehatan Masyarakat;",
				"Melaksanakan penyiapan bahan perumusan kebijakan di bidang kesehatan keluarga, gizi, promosi kesehatan dan kesehatan lingkungan;",
				"Melaksanakan pembinaan, pengawasan dan pengendalian pelayanan kesehatan ibu, bayi dan balita;",
				"Melaksanakan pemantauan, evaluasi dan pelaporan pelaksanaan tugas Bidang Kesehatan Masyarakat;",
				"Melaksanakan tugas lain yang diberikan oleh Kepala Dinas.",
			}),
		},
		{
			Nama:  "Target",
			Judul: []string{"Perjanjian Kinerja Kepala Bidang Kesehatan Masyarakat Tahun 2024"},
			Header: []string{"Kode", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2024",
				"Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Polaritas", "Sifat"},
			Lebar:  []float64{6, 34, 50, 9, 11, 8, 8, 8, 8, 10, 14},
			Gabung: []string{"B3:B4"},
			Baris: [][]any{
				{"K1", "Meningkatnya derajat kesehatan ibu",
					"Persentase ibu hamil yang mendapat pelayanan kesehatan sesuai standar", "%", 100, 25, 50, 75, 100, "Positif", "Non Kumulatif"},
				{"K2", nil,
					"Jumlah kasus kematian ibu", "Kasus", 4, 1, 2, 3, 4, "Negatif", "Kumulatif"},
				{"K3", "Meningkatnya mutu pelayanan kesehatan dasar",
					"Rata-rata waktu tunggu pelayanan di Puskesmas", "Menit", 30, nil, nil, nil, nil, "Negatif", "Rata-rata"},
				{"K4", "Meningkatnya cakupan imunisasi",
					"Persentase bayi yang mendapat imunisasi dasar lengkap", "%", "90 - 95", nil, nil, nil, nil, "Positif", "Non Kumulatif"},
				{"K5", "Meningkatnya lingkungan sehat",
					"Jumlah desa yang mencapai Stop Buang Air Besar Sembarangan", "Desa", 12, 3, 6, 9, 12, "Positif", "Kumulatif"},
				{"K6", "Meningkatnya mutu fasilitas pelayanan kesehatan",
					"Persentase Puskesmas yang terakreditasi paripurna", "%", workbook.Persen(0.8), nil, nil, nil, nil, "Positif", "Non Kumulatif"},
			},
		},
		{
			Nama:   "Realisasi",
			Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV", "Keterangan"},
			Lebar:  []float64{6, 9, 9, 9, 9, 40},
			Baris: [][]any{
				{"K1", 24, 49, 76, nil, "Posisi akhir triwulan"},
				{"K2", 1, 0, 1, nil, "Jumlah kasus dalam triwulan"},
				{"K3", 35, 28, 27, nil, "Rata-rata triwulan (menit)"},
				{"K4", 40, 70, "92,5", nil, nil},
				{"K5", "2 Desa", "3 Desa", "2 Desa", nil, "Desa baru dalam triwulan"},
				{"K6", workbook.Persen(0.6), workbook.Persen(0.6), workbook.Persen(0.7), nil, nil},
			},
		},
		{
			Nama: "Anggaran",
			Header: []string{"Kode Rekening", "Sub Kegiatan", "Indikator", "Pagu",
				"Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV", "Realisasi",
				"Target Kinerja", "Realisasi Kinerja", "Satuan Kinerja"},
			Lebar: []float64{18, 50, 9, 15, 14, 14, 14, 14, 14, 9, 9, 9},
			Baris: [][]any{
				{"1.02.02.2.02.0001", "Pelayanan Kesehatan Ibu Hamil", "K1", workbook.Rupiah(250000000),
					workbook.Rupiah(50000000), workbook.Rupiah(60000000), workbook.Rupiah(70000000), nil, nil, nil, nil, nil},
				{"1.02.02.2.02.0002", "Pelayanan Kesehatan Ibu Bersalin", "K2", workbook.Rupiah(180000000),
					workbook.Rupiah(40000000), workbook.Rupiah(45000000), workbook.Rupiah(50000000), nil, nil, nil, nil, nil},
				{"1.02.02.2.02.0017", "Pengelolaan Pelayanan Kesehatan Dasar Melalui Pendekatan Keluarga", "K3", workbook.Rupiah(300000000),
					workbook.Rupiah(70000000), workbook.Rupiah(80000000), workbook.Rupiah(75000000), nil, nil, nil, nil, nil},
				{"1.02.02.2.02.0020", "Pengelolaan Pelayanan Imunisasi", "K4", workbook.Rupiah(120000000),
					workbook.Rupiah(30000000), workbook.Rupiah(30000000), workbook.Rupiah(25000000), nil, nil, nil, nil, nil},
				{"1.02.02.2.02.0030", "Penyelenggaraan Sanitasi Total Berbasis Masyarakat", "K5", "Rp 95.000.000,00",
					"Rp 10.000.000", "Rp 20.000.000", "Rp 25.000.000", nil, nil, 12, 7, "Desa"},
				{"1.02.02.2.02.0035", "Pendampingan Akreditasi Fasilitas Pelayanan Kesehatan", "K6", workbook.Rupiah(150000000),
					nil, nil, nil, nil, workbook.Rupiah(90000000), nil, nil, nil},
				{"1.02.02.2.02.0041", "Pengelolaan Data dan Informasi Kesehatan Ibu", "K1", workbook.Rupiah(40000000),
					workbook.Rupiah(10000000), workbook.Rupiah(10000000), workbook.Rupiah(12000000), nil, nil, nil, nil, nil},
			},
		},
		{
			Nama:   "Strategi",
			Header: []string{"Kode", "Strategi", "Periode"},
			Lebar:  []float64{6, 70, 24},
			Baris: [][]any{
				{"K1", "Kunjungan rumah ibu hamil oleh bidan desa setiap bulan", "Juli s.d. September 2024"},
				{"K1", "Kelas ibu hamil di setiap desa", "Juli s.d. September 2024"},
				{"K2", "Pendampingan persalinan di fasilitas kesehatan", "Juli s.d. September 2024"},
				{"K3", "Pendaftaran daring dan antrean elektronik di Puskesmas", "Agustus 2024"},
				{"K4", "Sweeping imunisasi di desa dengan cakupan rendah", "September 2024"},
				{"K5", "Pemicuan STBM bersama sanitarian Puskesmas", "Juli s.d. September 2024"},
				{"K6", "Pendampingan dokumen akreditasi oleh tim dinas", "Juli s.d. September 2024"},
			},
		},
		{
			Nama:   "Analisis",
			Header: []string{"Kode", "Uraian"},
			Lebar:  []float64{6, 100},
			Baris: [][]any{
				{"K1", "Capaian melampaui target triwulan III karena kunjungan rumah oleh bidan desa berjalan rutin di semua desa."},
				{"K5", "Tiga desa belum terverifikasi karena jadwal verifikasi tim kabupaten bergeser ke bulan Oktober."},
			},
		},
		{
			Nama:   "Tindak Lanjut",
			Header: []string{"Uraian"},
			Lebar:  []float64{90},
			Baris: [][]any{
				{"Mempercepat verifikasi desa Stop Buang Air Besar Sembarangan pada triwulan IV."},
				{"Memperluas antrean elektronik ke seluruh Puskesmas."},
			},
		},
		{
			Nama:   "Tanggapan",
			Header: []string{"Tanggapan", "Pilih"},
			Lebar:  []float64{50, 8},
			Baris: [][]any{
				{"Laporan sudah baik", "x"},
				{"Laporan kurang baik", nil},
				{"Laporan segera diperbaiki", nil},
				{"Target dan realisasi diteliti ulang", nil},
				{"Capaian diteliti ulang", nil},
				{"Lain-lain", nil},
			},
		},
		{
			Nama:   "Libur",
			Header: []string{"Tanggal", "Keterangan"},
			Lebar:  []float64{14, 40},
			Baris: [][]any{
				{workbook.Tanggal(time.Date(2024, 10, 3, 0, 0, 0, 0, time.UTC)), "Libur daerah (contoh)"},
			},
		},
	}
}

// Logo draws a small emblem (a green shield with a gold band) as a PNG, so
// that the example shows a logo on the cover without shipping a picture.
func Logo() []byte {
	const w, h = 96, 112
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	green := color.RGBA{0x1b, 0x5e, 0x20, 0xff}
	gold := color.RGBA{0xf9, 0xa8, 0x25, 0xff}
	for y := 0; y < h; y++ {
		// Straight sides for the upper 60%, then narrowing to a point.
		half := w / 2
		if y > h*6/10 {
			half = half * (h - y) / (h - h*6/10)
		}
		for x := w/2 - half; x < w/2+half; x++ {
			c := green
			if y >= h*3/10 && y < h*4/10 {
				c = gold
			}
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	_ = png.Encode(&b, img) // writing to memory cannot fail
	return b.Bytes()
}
