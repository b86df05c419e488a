//! A JA Pengadministrasi Perkantoran in a city education office: correspondence and staff data,
//! results a clerk owns, with service-time targets where smaller is better.

use super::{butir, iki, nilai, orang, pimpinan, realisasi, tanggal, umpan_balik_rhk};
use crate::domain::model::*;

fn rhk() -> Vec<Rhk> {
    vec![
        Rhk {
            id: "rhk-1".into(),
            jenis: JenisRhk::Utama,
            rencana_hasil_kerja: "Tertatanya administrasi persuratan dinas yang tertib, cepat sampai ke bidang tujuan, dan mudah ditelusuri".into(),
            rhk_pimpinan: pimpinan("Terselenggaranya layanan ketatausahaan dinas yang tertib dan tepat waktu"),
            perspektif: None,
            iki: vec![
                iki("iki-1", Aspek::Kualitas, "Persentase surat masuk yang tercatat di aplikasi persuratan dan terdistribusi ke bidang tujuan paling lambat 1 hari kerja", nilai(95.0, "%"), false),
                iki("iki-2", Aspek::Waktu, "Rata-rata waktu menemukan kembali arsip surat yang diminta pimpinan", nilai(10.0, "Menit"), true),
                iki("iki-3", Aspek::Kuantitas, "Jumlah rekapitulasi persuratan bulanan yang diterima Kepala Subbagian paling lambat tanggal 5 bulan berikutnya", nilai(12.0, "Laporan"), false),
            ],
        },
        Rhk {
            id: "rhk-2".into(),
            jenis: JenisRhk::Utama,
            rencana_hasil_kerja: "Tersedianya data kepegawaian dinas yang mutakhir sebagai dasar layanan kepegawaian".into(),
            rhk_pimpinan: pimpinan("Tersedianya data dan layanan kepegawaian dinas yang akurat dan tepat waktu"),
            perspektif: None,
            iki: vec![
                iki("iki-4", Aspek::Kuantitas, "Persentase data pegawai dinas di SIASN yang sesuai dengan dokumen kepegawaian terakhir", nilai(100.0, "%"), false),
                iki("iki-5", Aspek::Kualitas, "Persentase berkas usulan layanan kepegawaian (kenaikan pangkat, cuti, pensiun) yang diterima BKPSDM tanpa dikembalikan", nilai(90.0, "%"), false),
            ],
        },
        Rhk {
            id: "rhk-3".into(),
            jenis: JenisRhk::Tambahan,
            rencana_hasil_kerja: "Tersusunnya daftar arsip inaktif Subbagian Umum dan Kepegawaian tahun 2020–2022 yang siap dipindahkan ke unit kearsipan".into(),
            rhk_pimpinan: RhkPimpinan::default(),
            perspektif: None,
            iki: vec![iki("iki-6", Aspek::Kuantitas, "Jumlah daftar arsip inaktif yang disahkan Kepala Subbagian", nilai(1.0, "Dokumen"), false)],
        },
    ]
}

fn evaluasi() -> Vec<EvaluasiPeriodik> {
    vec![
        EvaluasiPeriodik {
            id: "ev-1".into(),
            periode_ke: 1,
            realisasi: vec![
                realisasi("re-1", "iki-1", 92.0, "412 dari 448 surat masuk terdistribusi paling lambat 1 hari kerja", "Rekap aplikasi persuratan Triwulan I", tanggal(2025, 4, 2), "Aplikasi persuratan tidak dapat diakses 3 hari pada Februari"),
                realisasi("re-2", "iki-2", 14.0, "Rata-rata 14 menit dari 9 permintaan arsip", "Lembar kendali permintaan arsip", tanggal(2025, 3, 31), "Arsip 2023 belum diberi kode klasifikasi"),
                realisasi("re-3", "iki-3", 3.0, "Rekap Januari–Maret diterima tepat waktu", "Nota dinas pengantar rekap", tanggal(2025, 4, 4), ""),
                realisasi("re-4", "iki-4", 40.0, "Data 58 dari 145 pegawai sudah dicocokkan dengan SK terakhir", "Daftar periksa pemutakhiran SIASN", tanggal(2025, 3, 28), ""),
            ],
            umpan_balik_rhk: vec![umpan_balik_rhk("ub-1", "rhk-1", tanggal(2025, 4, 8), "Beri kode klasifikasi pada arsip 2023 lebih dulu agar penelusuran lebih cepat.")],
            umpan_balik_perilaku: vec![],
            dialog_kinerja: vec![CatatanDialog { id: "dk-1".into(), tanggal: Some(tanggal(2025, 4, 8)), catatan: "Disepakati satu hari per minggu untuk pemberian kode arsip 2023 dan pelaporan gangguan aplikasi ke Diskominfo.".into() }],
            rating: RatingPeriode::default(),
            kinerja_organisasi: KinerjaOrganisasi::default(),
            bimbingan: Vec::new(),
        },
        EvaluasiPeriodik {
            id: "ev-2".into(),
            periode_ke: 2,
            realisasi: vec![
                realisasi("re-5", "iki-1", 96.0, "455 dari 474 surat masuk terdistribusi paling lambat 1 hari kerja", "Rekap aplikasi persuratan Triwulan II", tanggal(2025, 7, 2), ""),
                realisasi("re-6", "iki-2", 8.0, "Rata-rata 8 menit dari 11 permintaan arsip setelah arsip 2023 diberi kode", "Lembar kendali permintaan arsip", tanggal(2025, 6, 30), ""),
                realisasi("re-7", "iki-3", 6.0, "Rekap April–Juni diterima tepat waktu", "Nota dinas pengantar rekap", tanggal(2025, 7, 3), ""),
                realisasi("re-8", "iki-4", 85.0, "Data 123 dari 145 pegawai sudah sesuai dokumen terakhir", "Daftar periksa pemutakhiran SIASN", tanggal(2025, 6, 27), "22 pegawai belum menyerahkan salinan SK terakhir"),
                realisasi("re-9", "iki-5", 88.0, "15 dari 17 berkas usulan kenaikan pangkat diterima tanpa dikembalikan", "Tanda terima BKPSDM", tanggal(2025, 6, 20), "Dua berkas kurang surat pernyataan tidak sedang dijatuhi hukuman disiplin"),
            ],
            umpan_balik_rhk: vec![umpan_balik_rhk("ub-2", "rhk-2", tanggal(2025, 7, 9), "Gunakan daftar periksa kelengkapan berkas sebelum usulan dikirim.")],
            umpan_balik_perilaku: vec![UmpanBalikPerilaku { id: "ubp-1".into(), nilai: NilaiBerakhlak::BerorientasiPelayanan, tanggal: Some(tanggal(2025, 7, 9)), isi: "Pegawai yang menanyakan status berkas selalu dilayani dengan ramah dan jelas.".into() }],
            dialog_kinerja: vec![],
            rating: RatingPeriode::default(),
            kinerja_organisasi: KinerjaOrganisasi::default(),
            bimbingan: Vec::new(),
        },
    ]
}

/// A JA Pengadministrasi Perkantoran (PNS, II/c) at a city education office, 2025, quarterly,
/// two RHK utama and one tambahan, six IKI, two quarters filled.
pub fn contoh_pengadministrasi_perkantoran() -> Skp {
    let unit = "Subbagian Umum dan Kepegawaian, Dinas Pendidikan";
    Skp {
        id: "skp-contoh-pengadministrasi-2025".into(),
        jenis_pegawai: JenisPegawai::Pns,
        jenis_jabatan: JenisJabatan::Ja,
        memimpin_unit: false,
        pendekatan: Pendekatan::Kuantitatif,
        periode: Periode { mulai: tanggal(2025, 1, 1), selesai: tanggal(2025, 12, 31) },
        periode_evaluasi: JenisPeriodeEvaluasi::Triwulanan,
        instansi: "Pemerintah Kota Bandung".into(),
        pegawai: orang("Dewi Lestari, A.Md.", "199507212020122005", "Pengatur (II/c)", "Pengadministrasi Perkantoran", unit),
        pejabat_penilai: orang("Hendra Gunawan, S.Sos.", "198602142010011013", "Penata Tk. I (III/d)", "Kepala Subbagian Umum dan Kepegawaian", unit),
        atasan_pejabat_penilai: Some(orang("Drs. Asep Supriatna, M.Pd.", "197203181998031006", "Pembina (IV/a)", "Sekretaris Dinas Pendidikan", "Sekretariat, Dinas Pendidikan")),
        rhk: rhk(),
        perilaku_kerja: vec![
            EkspektasiPerilaku { nilai: NilaiBerakhlak::BerorientasiPelayanan, ekspektasi_khusus: "Pertanyaan pegawai dan sekolah tentang surat dan berkas dijawab pada hari yang sama.".into() },
            EkspektasiPerilaku { nilai: NilaiBerakhlak::Akuntabel, ekspektasi_khusus: "Data pribadi pegawai hanya dibuka untuk keperluan layanan kepegawaian.".into() },
        ],
        lampiran: Lampiran {
            dukungan_sumber_daya: vec![butir("ds-1", "Akun aplikasi persuratan dan SIASN"), butir("ds-2", "Pemindai dokumen di ruang Subbagian Umum")],
            skema_pertanggungjawaban: vec![butir("sp-1", "Rekap persuratan bulanan dan laporan pemutakhiran data triwulanan kepada Kepala Subbagian")],
            konsekuensi: vec![butir("ko-1", "Capaian sesuai atau di atas ekspektasi menjadi pertimbangan usulan pelatihan kearsipan")],
        },
        evaluasi: evaluasi(),
        penilaian_tahunan: PenilaianTahunan::default(),
        pengembangan_kompetensi: Vec::new(),
        tindak_lanjut: TindakLanjut::default(),
        motif: RefleksiMotif::default(),
        penandatanganan: Vec::new(),
        latihan: None,
        persetujuan: None,
    }
}
