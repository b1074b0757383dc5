package report

import (
	"fmt"
	"time"

	"github.com/lapkin/lapkin/internal/contoh"
	"github.com/lapkin/lapkin/pkg/kinerja"
)

// The reference report's data (the hand-made TW II 2023 report of Kecamatan Senduro),
// built as a kinerja.Laporan: the 6 indicators of Tabel 2.1 plus the
// pengamanan indicator of Tabel 2.3 (IK7), the kegiatan of Tabel 2.3 with
// their pagu and realisasi, the strategies of Tabel 2.4 and the tindak
// lanjut of 2.4. Where the hand-made report contradicts itself, the
// figures of Tabel 2.3 are kept (IK7: 12.450.000 of 14.700.000 = 84,69%).
// It is a renderer fixture built in code, without a workbook; unlike the
// reference workbook of internal/contoh (whose comment explains its readings) it
// keeps Tabel 2.3's IK6 row (29.859.000) as a kegiatan, so that the
// renderer is also tested on an indicator that is tercapai.

func tsel(s string) kinerja.Sel { return kinerja.Sel{Teks: s} }

func angka(v float64) kinerja.Nilai { return kinerja.Nilai{Ada: true, Angka: v} }

// tugasReferensi: the 24 duties of the reference report's BAB I, from the
// one source of the reference data (internal/contoh).
var tugasReferensi = func() []string {
	var out []string
	for _, l := range contoh.Referensi() {
		if l.Nama == kinerja.SheetTugas {
			for _, row := range l.Baris {
				out = append(out, row[1].(string))
			}
		}
	}
	return out
}()

type indRef struct {
	kode, sasaran, indikator, satuan string
	target                           float64
	tw                               [4]*float64
}

func f(v float64) *float64 { return &v }

var indikatorReferensi = []indRef{
	{"IK1", "Terlaksananya Tindak lanjut hasil fasilitasi dan koordinasi",
		"Persentase Fasilitasi dan Koordinasi Bidang Pemerintahan yang ditindaklanjuti", "%", 100, [4]*float64{f(10), f(24)}},
	{"IK2", "Terlaksananya Desa yang menetapkan APBDes meningkat",
		"Jumlah Desa yang menetapkan APBDes yang tepat waktu", "Desa", 12, [4]*float64{f(6), f(0)}},
	{"IK3", "Kegiatan Desa yang menetapkan LPPDes meningkat",
		"Jumlah Desa yang menetapkan LPPDes yang tepat waktu", "Desa", 12, [4]*float64{f(2), f(4)}},
	{"IK4", "Terlaksananya Desa yang menetapkan RKPdes meningkat",
		"Prosentase Jumlah Desa yang menetapkan RKPDes Tepat waktu", "Desa", 12, [4]*float64{f(6), f(0)}},
	{"IK5", "Terlaksananya Fasilitasi Administasi Desa sesuai dengan ketentuan",
		"persentase fasilitasi penyelenggaraan pemerintahan desa yang sesuai dengan ketentuan", "%", 100, [4]*float64{f(20), f(40.23)}},
	{"IK6", "Terlaksananya Penyusunan Pelaporan Bidang Pemerintahan yang tepat waktu",
		"Prosentase penyusunan Pelaporan Bidang Pemerintahan yang tepat waktu", "%", 100, [4]*float64{f(50), f(100)}},
	{"IK7", "Meningkatnya keamanan dan ketertiban diwilayah kecamatan",
		"Prosentase kegiatan pengamanan diwilayah kecamatan yang dilaksanakan tepat waktu", "%", 100, [4]*float64{f(40), f(84.69)}},
}

type kegRef struct {
	kegiatan, indikator string
	pagu, realisasi     float64
	realisasiKinerja    float64
}

var kegiatanReferensi = []kegRef{
	{"Penyelenggaraan efektifitas kegiatan pemerintahan di tingkat Kecamatan", "", 7800000, 0, 0},
	{"Penyelenggaraan urusan yang dilimpahkan pada Camat", "", 5000000, 0, 0},
	{"Penyelenggaraan Sinergitas dengan Kepolisian Negara", "IK7", 10200000, 10200000, 100},
	{"Penyelenggaraan harmonisasi hubungan toga tomas", "IK7", 4500000, 2250000, 50},
	{"Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "IK1", 7500000, 1800000, 24},
	{"Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", "IK5", 290800000, 117000000, 40.23},
	{"Penyusunan Pelaporan Bidang Pemerintahan", "IK6", 29859000, 29859000, 100},
}

var strategiReferensi = [][2]string{
	{"IK1", "Melaksanakan kegiatan sesuai dengan aturan yang berlaku"},
	{"IK1", "Selalu koordinasi dengan instansi leading sektor"},
	{"IK1", "Koordinasi bersama tim Binwas"},
	{"IK6", "Membuat surat pemberitahuan pengiriman dokumen LPPDesa"},
	{"IK6", "Menghimpun Laporan dan membuat ceklis"},
	{"IK6", "Melaksanakan kegiatan sesuai dengan aturan yang berlaku"},
	{"IK7", "Membuat surat pemberitahuan Pengamanan Wilayah"},
	{"IK7", "Melaksanakan kegiatan sesuai dengan aturan yang berlaku"},
	{"IK5", "Membuat surat pemberitahuan Fasilitasi"},
	{"IK5", "Menghimpun Laporan dan membuat ceklis"},
	{"IK5", "Melaksanakan kegiatan monitoring dan evaluasi setiap 2 bulan sekali secara berkala"},
}

var analisisReferensi = [][2]string{
	{"IK1", "Fasilitasi yang akan kami lakukan dalam tahun 2023 ini ada 11 jenis fasilitasi dan 2 koordinasi, mulai dari Fasilitasi pelaksanaan APBDes, Penjaringan Perangkat Desa sampai penyusunan APBDes. Yang menjadi acuan data kami dalam pelaporan capaian kinerja adalah:\na. Fasilitasi Penjaringan Perangkat Desa yang sudah kami lakukan di 4 Desa\nb. Fasilitasi penerapan dan penegakan peraturan perundang-undangan\nc. Fasilitasi administrasi tata Pemerintahan Desa"},
	{"IK1", "Dari tiga fasilitasi tersebut sudah kami laksanakan berdasarkan peraturan yang berlaku."},
	{"IK6", "Dalam hal pelaporan Desa sampai triwulan II masih ada 5 target capaian yang harus kami laporkan; laporan keuangan desa sudah kami kirimkan ke DPMD selaku leading sektor."},
	{"IK7", "Fasilitasi pengamanan wilayah kecamatan dalam urusan perlindungan masyarakat (Linmas) yang sudah dilaksanakan sampai triwulan II tahun 2023 adalah sebagai berikut:\na. kegiatan acara keagamaan\nb. pengamanan acara kemasyarakatan bersama forkopimca\nc. penanganan percepatan vaksin di wilayah Kecamatan Senduro."},
	{"IK5", "Dalam hal fasilitasi penyelenggaraan pemerintahan desa kami mempunyai agenda rutin sebanyak 8 kali dalam 1 tahun yaitu pembinaan dan pengawasan pada setiap desa melalui monitoring dan evaluasi."},
}

var tindakLanjutReferensi = []string{
	"Melaksanakan kegiatan sesuai dengan aturan yang berlaku",
	"Selalu koordinasi dengan instansi leading sektor",
	"Koordinasi bersama Tim Binwas",
	"Membuat surat pemberitahuan pengiriman dokumen LPPDesa",
	"Menghimpun Laporan dan membuat ceklis",
	"Membuat surat pemberitahuan Pengamanan Wilayah",
	"Membuat surat pemberitahuan Fasilitasi",
}

// contohLaporan returns the reference report's data.
func contohLaporan() *kinerja.Laporan {
	l := &kinerja.Laporan{
		Identitas: kinerja.Identitas{
			Tahun: 2023, Triwulan: 2,
			Pemda: "Kabupaten Lumajang", Unit: "Kecamatan Senduro",
			Jabatan: "Kepala Seksi Pemerintahan", JabatanSingkat: "Kasi Pemerintahan", Eselon: "IV",
			Nama: "MOCH JEMMY, S.Pd", NIP: "19651230 198703 1 012",
			JabatanAtasan: "Camat Senduro", NamaAtasan: "Drs. PUJIANTO", NIPAtasan: "19671114 199003 1 004",
			Tempat: "Senduro", TanggalLaporan: time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC),
			DasarHukumPelaporan: "Peraturan Bupati Lumajang Nomor 6 Tahun 2018 Pasal 4",
			HariKerja:           5,
			DasarHukumTugas:     "Peraturan Bupati Lumajang Nomor 96 Tahun 2019 Pasal 8",
		},
		AdaAnggaran: true,
	}
	for _, t := range tugasReferensi {
		l.Tugas = append(l.Tugas, tsel(t))
	}
	for _, ir := range indikatorReferensi {
		ind := kinerja.Indikator{Kode: tsel(ir.kode), Sasaran: tsel(ir.sasaran), Indikator: tsel(ir.indikator),
			Satuan: tsel(ir.satuan), Target: angka(ir.target), Sifat: kinerja.Kumulatif}
		if kinerja.IsPersen(ir.satuan) {
			ind.Sifat = kinerja.NonKumulatif
		}
		l.Target = append(l.Target, ind)
		re := kinerja.Realisasi{Kode: tsel(ir.kode)}
		for q, v := range ir.tw {
			if v != nil {
				re.TW[q] = angka(*v)
			}
		}
		l.Realisasi = append(l.Realisasi, re)
	}
	for i, k := range kegiatanReferensi {
		l.Anggaran = append(l.Anggaran, kinerja.Kegiatan{
			Kode: tsel(fmt.Sprintf("5.1.%02d", i+1)), Kegiatan: tsel(k.kegiatan), Indikator: tsel(k.indikator),
			Pagu: angka(k.pagu), Realisasi: angka(k.realisasi),
			TargetKinerja: angka(100), RealisasiKinerja: angka(k.realisasiKinerja),
		})
	}
	for _, s := range strategiReferensi {
		l.Strategi = append(l.Strategi, kinerja.Strategi{Kode: tsel(s[0]), Strategi: tsel(s[1]), Periode: tsel("Januari s/d Juni 2023")})
	}
	for _, a := range analisisReferensi {
		l.Analisis = append(l.Analisis, kinerja.Analisis{Kode: tsel(a[0]), Uraian: tsel(a[1])})
	}
	for _, t := range tindakLanjutReferensi {
		l.TindakLanjut = append(l.TindakLanjut, tsel(t))
	}
	return l
}
