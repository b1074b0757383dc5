// Package contoh describes lapkin's example workbooks as code: the
// reference report (Kasi Pemerintahan, Kecamatan Senduro, TW II 2023) with
// its mistakes, and a clean example of another unit that shows everything
// the format can do. testdata/ and `lapkin init --contoh` are both made
// from here, so there is one source of this data.
package contoh

import (
	"time"

	"github.com/lapkin/lapkin/pkg/workbook"
)

// Referensi describes the workbook behind the hand-made reference report
// (Kasi Pemerintahan, Kecamatan Senduro, TW II 2023), typed as an official would
// type it: text numbers with units, stated figures, narrative paragraphs.
//
// The report contradicts itself; where it does, this workbook keeps the
// reading that loses least:
//
//   - Targets: Tabel 2.1 (the signed Perjanjian Kinerja) says "12 bulan"
//     and "12 Desa"; Tabel 2.2 says 100% with realisation "6 Desa" and
//     capaian 50%. We keep Tabel 2.1's targets and Satuan (the contract)
//     and Tabel 2.2's realisation, which gives its 50% (6 / 12). IK1's
//     realisation "6 Desa" against Satuan Bulan is kept: validate reports it
//     (LK009). Indicators named Persentase/Prosentase with Satuan Desa or
//     Bulan are kept as typed (LK015).
//   - IK4's name differs between Tabel 2.1 ("Prosentase Jumlah Desa …") and
//     Tabel 2.2 ("Jumlah Desa …"): Tabel 2.1's is kept. Sasaran texts also
//     differ; Tabel 2.1's are kept.
//   - IK7 (pengamanan) appears only in Tabel 2.3, with T 100% and R 84,69%;
//     it is added with Satuan %. Its stated capaian "84%" is kept in the
//     Capaian column (it differs from 84,69% by more than 0,5: LK020).
//   - Tabel 2.3: the two security kegiatan (10.200.000 + 4.500.000 =
//     14.700.000, realised 10.200.000 + 2.250.000 = 12.450.000) serve IK7;
//     "Urusan Pemerintahan Umum" (7.500.000 / 1.800.000) serves IK1; Binwas
//     Desa (290.800.000 / 117.000.000) serves IK5, matching the indicator
//     rows. The report's IK6 row (29.859.000 / 29.859.000) matches no
//     kegiatan of the table and is dropped; the first two kegiatan
//     (7.800.000 and 5.000.000, nothing spent) serve no indicator row of
//     the table, so their Indikator is left empty: they count in the totals.
//   - Tabel 2.3's last numeric column of each kegiatan (headed "%" under
//     Kinerja, but 55% beside T 100% and R 24%) is read as the stated
//     efficiency, the report's Efisiensi column holding the period text
//     ("1 Jan s/d Juni 2023"), which goes to Keterangan. PMK gives E = 0
//     for every kegiatan that spent exactly its capaian share, so the stated
//     100%, 50%, 55% and 75,86% are caught (LK020).
//   - The narrative keeps the report's mistakes: "triwulanan I" in a TW II
//     report (Pendahuluan), "triwulan I"/"triwulan 1" in the analyses, and
//     "Kecamatan Pasrujambe" in a report of Kecamatan Senduro (LK023, LK024).
func Referensi() []workbook.Sheet {
	return []workbook.Sheet{
		{
			Nama:  "Identitas",
			Judul: []string{"Identitas Laporan Kinerja Triwulanan"},
			Lebar: []float64{30, 70},
			Baris: [][]any{
				{"Tahun Anggaran", 2023},
				{"Triwulan", "II"},
				{"Pemerintah Daerah", "Kabupaten Lumajang"},
				{"Unit Kerja", "Kecamatan Senduro"},
				{"Jabatan", "Kepala Seksi Pemerintahan"},
				{"Jabatan Singkat", "Kasi Pemerintahan"},
				{"Eselon", "IV"},
				{"Nama Pejabat", "MOCH JEMMY, S.Pd"},
				{"NIP", workbook.TeksAngka("19651230 198703 1 012")},
				{"Jabatan Atasan", "Camat Senduro"},
				{"Nama Atasan", "Drs. PUJIANTO"},
				{"NIP Atasan", workbook.TeksAngka("19671114 199003 1 004")},
				{"Tempat", "Senduro"},
				{"Tanggal Laporan", workbook.Tanggal(time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC))},
				{"Dasar Hukum Pelaporan", "Peraturan Bupati Lumajang Nomor 6 Tahun 2018 Pasal 4"},
				{"Batas Pelaporan (Hari Kerja)", 5},
				{"Dasar Hukum Tugas", "Peraturan Bupati Lumajang Nomor 96 Tahun 2019 Pasal 8"},
			},
		},
		{
			Nama:   "Tugas",
			Judul:  []string{"Uraian Tugas Kasi Pemerintahan"},
			Header: []string{"No", "Uraian Tugas"},
			Lebar:  []float64{6, 100},
			Baris:  nomori(tugasSenduro),
		},
		{
			Nama:   "Target",
			Judul:  []string{"Tabel 2.1. Lembar Dokumen Perjanjian Kinerja Kasi Pemerintahan"},
			Header: []string{"Kode", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Polaritas", "Sifat"},
			Lebar:  []float64{8, 45, 55, 10, 14, 10, 14},
			Baris: [][]any{
				{"IK1", "Terlaksananya Tindak lanjut hasil fasilitasi dan koordinasi",
					"Persentase Fasilitasi dan Koordinasi Bidang Pemerintahan yang ditindaklanjuti", "Bulan", "12 bulan", nil, nil},
				{"IK2", "Terlaksananya Desa yang menetapkan APBDes meningkat",
					"Jumlah Desa yang menetapkan APBDes yang tepat waktu", "Desa", "12 Desa", nil, nil},
				{"IK3", "Kegiatan Desa yang menetapkan LPPDes meningkat",
					"Jumlah Desa yang menetapkan LPPDes yang tepat waktu", "Desa", "12 Desa", nil, nil},
				{"IK4", "Terlaksananya Desa yang menetapkan RKPdes meningkat",
					"Prosentase Jumlah Desa yang menetapkan RKPDes Tepat waktu", "Desa", "12 Desa", nil, nil},
				{"IK5", "Terlaksananya Fasilitasi Administasi Desa sesuai dengan ketentuan",
					"persentase fasilitasi penyelenggaraan pemerintahan desa yang sesuai dengan ketentuan", "Desa", "12 Desa", nil, nil},
				{"IK6", "Terlaksananya Penyusunan Pelaporan Bidang Pemerintahan yang tepat waktu",
					"Prosentase penyusunan Pelaporan Bidang Pemerintahan yang tepat waktu", "Desa", "12 Desa", nil, nil},
				{"IK7", "Meningkatnya keamanan dan ketertiban diwilayah kecamatan",
					"Prosentase kegiatan pengamanan diwilayah kecamatan yang dilaksanakan tepat waktu", "%", "100%", nil, nil},
			},
		},
		{
			Nama:   "Realisasi",
			Judul:  []string{"Tabel 2.2 Capaian Kinerja Kasi Pemerintahan"},
			Header: []string{"Kode", "TW I", "TW II", "TW III", "TW IV", "Capaian", "Keterangan"},
			Lebar:  []float64{8, 10, 10, 10, 10, 10, 24},
			Baris: [][]any{
				{"IK1", nil, "6 Desa", nil, nil, "50%", "Jan s/d Juni 2023"},
				{"IK2", nil, "6 Desa", nil, nil, "50%", nil},
				{"IK3", nil, "6 Desa", nil, nil, "50%", nil},
				{"IK4", nil, "6 Desa", nil, nil, "50%", nil},
				{"IK5", nil, "6 Desa", nil, nil, "50%", nil},
				{"IK6", nil, "6 Desa", nil, nil, "50%", nil},
				{"IK7", nil, "84,69%", nil, nil, "84%", nil},
			},
		},
		{
			Nama:  "Anggaran",
			Judul: []string{"Tabel 2.3 Cost per outcome Kasi Pemerintahan Tahun 2023 - Triwulanan II"},
			Header: []string{"No", "Kegiatan", "Indikator", "Pagu", "Realisasi", "Capaian",
				"Target Kinerja", "Realisasi Kinerja", "Efisiensi", "Keterangan"},
			Lebar: []float64{5, 55, 10, 16, 16, 10, 10, 10, 10, 22},
			Baris: [][]any{
				{1, "Penyelenggaraan efektifitas kegiatan pemerintahan di tingkat Kecamatan", nil,
					"7.800.000", "0", "0%", "100%", "0", "0%", "1 Jan s/d Juni 2023"},
				{2, "Penyelenggaraan urusan yang dilimpahkan pada Camat", nil,
					"5.000.000", "0", "0%", "100%", "0", "0%", "1 Jan s/d Juni 2023"},
				{3, "Penyelenggaraan Sinergitas dengan Kepolisian Negara", "IK7",
					"10.200.000", "10.200.000", "100%", "100%", "100%", "100%", "1 Jan s/d Juni 2023"},
				{4, "Penyelenggaraan harmonisasi hubungan toga tomas", "IK7",
					"4.500.000", "2.250.000", "50%", "100%", "50%", "50%", "1 Jan s/d Juni 2023"},
				{"5.", "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "IK1",
					"7.500.000", "1.800.000", "24%", "100%", "24%", "55%", "1 Jan s/d Juni 2023"},
				{"6.", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", "IK5",
					"290.800.000", "117.000.000", "40,23%", "100%", "40,23%", "75,86 %", "1 Jan s/d Juni 2023"},
			},
		},
		{
			Nama:   "Strategi",
			Judul:  []string{"Tabel 2.4. Strategi Yang Digunakan Dalam Mencapai Target Kinerja"},
			Header: []string{"Kode", "Strategi", "Pada Bulan"},
			Lebar:  []float64{8, 70, 28},
			Baris: [][]any{
				{"IK1", "Melaksanakan kegiatan sesuai dengan aturan yang berlaku", "Januari s/d Juni 2023"},
				{"IK1", "Selalu koordinasi dengan instansi leading sektor", "Januari s/d Juni 2023"},
				{"IK1", "Koordinasi bersama tim Binwas", "Januari s/d Juni 2023"},
				{"IK6", "Membuat surat pemberitahuan pengiriman dokumen LPPDesa", "Januari s/d Juni 2023"},
				{"IK6", "Menghimpun Laporan dan membuat ceklis", "Januari s/d Juni 2023"},
				{"IK6", "Melaksanakan kegiatan sesuai dengan aturan yang berlaku", "Januari s/d Juni 2023"},
				{"IK7", "Membuat surat pemberitahuan Pengamanan Wilayah", "Januari s/d Juni 2023"},
				{"IK7", "Melaksanakan kegiatan sesuai dengan aturan yang berlaku", "Januari s/d Juni 2023"},
				{"IK5", "Membuat surat pemberitahuan Fasilitasi", "Januari s/d Juni 2023"},
				{"IK5", "Menghimpun Laporan dan membuat ceklis", "Januari s/d Juni 2023"},
				{"IK5", "Melaksanakan kegiatan monitoring dan evaluasi setiap 2 bulan sekali secara berkala", "Januari s/d Juni 2023"},
			},
		},
		{
			Nama:   "Analisis",
			Header: []string{"Kode", "Uraian"},
			Lebar:  []float64{8, 100},
			Baris: [][]any{
				{"IK1", "Fasilitasi yang akan kami lakukan dalam tahun 2023 ini ada 11 jenis fasilitasi dan 2 koordinasi, " +
					"mulai dari Fasilitasi pelaksanaan APBDes, Penjaringan Perangkat Desa sampai penyusunan APBDes. " +
					"Akan tetapi yang menjadi acuan data kami dalam pelaporan capaian kinerja sejumlah 23% adalah " +
					"a. Fasilitasi Penjaringan Perangkat Desa yang sudah kami lakukan di 4 Desa; " +
					"b. Fasilitasi penerapan dan penegakan peraturan perundang-undangan; " +
					"c. Fasilitasi administrasi tata Pemerintahan Desa. " +
					"Dari tiga fasilitasi tersebut sudah kami laksanakan berdasarkan peraturan yang berlaku."},
				{"IK6", "Dalam hal pelaporan Desa sampai triwulan II masih ada 5 target capaian yang harus kami laporkan, " +
					"adapun dari 5 target tersebut saat ini baru satu laporan yang dapat kami laporkan secara tepat waktu, " +
					"yaitu Laporan Keuangan Desa. Laporan tersebut sudah kami kirimkan ke DPMD selaku leading sektor kami " +
					"sebagai anggota tim Binwas Kecamatan."},
				{"IK7", "Fasilitasi pengamanan wilayah kecamatan dimana dalam hal ini urusan perlindungan masyarakat atau Linmas " +
					"yang sudah dilaksanakan sampai triwulan I tahun 2023 adalah sebagai berikut: " +
					"a. kegiatan acara keagamaan; " +
					"b. pengamanan terkait acara kemasyarakatan yang dalam hal ini dilaksanakan bersama forkopimca; " +
					"c. penanganan terkait percepatan vaksin di wilayah Kecamatan Pasrujambe."},
				{"IK5", "Dalam hal fasilitasi penyelenggaraan pemerintahan desa kami mempunyai agenda rutin sebanyak 8 kali " +
					"dalam 1 tahun yaitu pembinaan dan pengawasan pada setiap desa melalui monitoring dan evaluasi. " +
					"Pada kegiatan pembinaan monev tersebut kami melakukan pembinaan pada masing masing aparatur Desa " +
					"dan evaluasi administrasi keuangan serta administrasi umum lainnya. " +
					"Untuk triwulan 1 sudah terealisasi sebanyak 2 kali."},
			},
		},
		{
			Nama:   "Tindak Lanjut",
			Header: []string{"No", "Rencana Tindak Lanjut"},
			Lebar:  []float64{6, 90},
			Baris: nomori([]string{
				"Melaksanakan kegiatan sesuai dengan aturan yang berlaku",
				"Selalu koordinasi dengan instansi leading sektor",
				"Koordinasi Bersama Tim Binwas",
				"Membuat surat pemberitahuan pengiriman dokumen LPPDesa",
				"Menghimpun Laporan dan membuat ceklis",
				"Melaksanakan kegiatan sesuai dengan aturan yang berlaku",
				"Membuat surat pemberitahuan Pengamanan Wilayah",
				"Menghimpun Laporan dan membuat ceklis",
				"Melaksanakan kegiatan sesuai dengan aturan yang berlaku",
				"Membuat surat pemberitahuan Fasilitasi",
				"Menghimpun Laporan dan membuat ceklis",
				"Melaksanakan kegiatan sesuai dengan aturan yang berlaku",
			}),
		},
		{
			Nama:   "Tanggapan",
			Header: []string{"Tanggapan", "Pilih"},
			Lebar:  []float64{50, 8},
			Baris: [][]any{
				{"Laporan sudah baik", nil},
				{"Laporan kurang baik", nil},
				{"Laporan segera diperbaiki", nil},
				{"Target dan realisasi diteliti ulang", nil},
				{"Capaian diteliti ulang", nil},
				{"Lain-lain", nil},
			},
		},
		{
			Nama:   "Narasi",
			Header: []string{"Bagian", "Teks"},
			Lebar:  []float64{16, 100},
			Baris: [][]any{
				{"Pendahuluan", "Pasal 4 Peraturan Bupati Nomor 6 Tahun 2018 telah mengamanatkan bahwa pejabat eselon IV " +
					"berkewajiban untuk membuat laporan kinerja triwulanan kepada pejabat eselon III. Adapun batasan " +
					"pelaporan kinerja dimaksud adalah paling lambat 5 hari kerja sejak berakhirnya periode triwulanan. " +
					"Dan, Kasi Pemerintahan sebagai salah satu kelas jabatan pada eselon IV tentunya juga berkewajiban " +
					"dalam penyusunan laporan kinerja dimaksud."},
				{"Pendahuluan", "Pelaporan kinerja triwulanan sebagaimana dimaksud diatas merupakan perwujudan sikap " +
					"akuntabilitas Kasi Pemerintahan dalam mengidentifikasi hal-hal yang telah dicapai maupun hal-hal " +
					"yang belum dapat dicapai dalam kurun waktu triwulanan I tahun anggaran 2023. Disamping itu, " +
					"pelaporan kinerja dimaksud juga bertujuan untuk memberikan gambaran mengenai efisiensi dan " +
					"efektifitas antara perencanaan kegiatan dan perencanaan anggaran dengan pelaksanaan kegiatan " +
					"dan pelaksanaan anggaran."},
			},
		},
	}
}

// nomori numbers texts 1, 2, 3 … as [No, text] rows.
func nomori(texts []string) [][]any {
	rows := make([][]any, len(texts))
	for i, t := range texts {
		rows[i] = []any{i + 1, t}
	}
	return rows
}

// tugasSenduro are the 24 duties of the Kasi Pemerintahan of a kecamatan
// (Peraturan Bupati Lumajang Nomor 96 Tahun 2019 Pasal 8), as listed in BAB I
// of the reference report.
var tugasSenduro = []string{
	"Menyusun rencana kegiatan kerja Seksi Pemerintahan yang selaras dengan Rencana Strategis dan Rencana Kerja Kecamatan;",
	"Melaksanakan penyiapan bahan perumusan kebijakan di bidang Pemerintahan;",
	"Melaksanakan pembinaan wawasan kebangsaan, idiologi Negara dan kesatuan bangsa;",
	"Melaksanakan pembinaan kerukunan hidup bermasyarakat dengan melakukan harmonisasi hubungan dengan tokoh agama dan tokoh masyarakat;",
	"Melaksanakan pembinaan ketentraman dan ketertiban;",
	"Melaksanakan fasilitasi penanganan konflik sosial sesuai ketentuan peraturan perundang-undangan;",
	"Pengoordinasian pelaksanaan tugas antar instansi pemerintahan yang ada di wilayah kecamatan sesuai dengan ketentuan peraturan perundang-undangan;",
	"Melaksanakan pengembangan kehidupan demokrasi berdasarkan Pancasila;",
	"Pengoordinasian dan fasilitasi pembentukan forum komunikasi pimpinan di kecamatan;",
	"Melakukan penegakan dan pelaksanaan Peraturan Daerah dan Peraturan Kepala Daerah serta peraturan perundang-undangan lainnya di wilayah kerjanya;",
	"Melaksanakan penyelenggaraan kegiatan pemerintahan di tingkat kecamatan;",
	"Melaksanakan evaluasi penyusunan peraturan desa dan peraturan kepala desa;",
	"Melaksanakan fasilitasi administrasi tata pemerintahan desa;",
	"Melaksanakan pembinaan dan pengawasan pengelolaan keuangan desa dan aset desa;",
	"Pembinaan dan pengawasan pelaksanaan tugas kepala desa dan perangkat desa;",
	"Melaksanakan fasilitasi pelaksanaan Pilkades;",
	"Pembinaan dan pengawasan pelaksanaan tugas dan fungsi BPD;",
	"Pemberian rekomendasi pengangkatan dan pemberhentian perangkat desa;",
	"Melaksanakan fasilitasi kerja sama antar desa dan kerja sama desa dengan pihak ketiga;",
	"Melaksanakan fasilitasi penataan, pemanfaatan, dan pendayagunaan ruang desa serta penetapan dan penegasan batas desa;",
	"Pengoordinasian pendampingan desa di Kecamatan;",
	"Melaksanakan evaluasi dan pelaporan pelaksanaan tugas dan program kerja Seksi Pemerintahan;",
	"Memberikan saran dan pertimbangan kepada Camat; dan",
	"Melaksanakan tugas-tugas lain yang diberikan oleh Camat.",
}
