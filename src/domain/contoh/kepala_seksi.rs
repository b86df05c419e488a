//! A Kepala Seksi (pejabat pengawas, JA) in a one-stop licensing office: results of the section
//! the post leads, each intervening the Kepala Bidang's RHK, with a range target for the IKM.

use super::{butir, iki, nilai, orang, pimpinan, realisasi, tanggal, umpan_balik_rhk};
use crate::domain::model::*;

fn rhk() -> Vec<Rhk> {
    vec![
        Rhk {
            id: "rhk-1".into(),
            jenis: JenisRhk::Utama,
            rencana_hasil_kerja: "Meningkatnya ketepatan waktu penerbitan perizinan berusaha sesuai standar pelayanan".into(),
            rhk_pimpinan: pimpinan("Meningkatnya kualitas pelayanan perizinan berusaha yang cepat dan pasti"),
            perspektif: None,
            iki: vec![
                iki("iki-1", Aspek::Kualitas, "Persentase izin yang terbit dalam waktu sesuai standar pelayanan", nilai(95.0, "%"), false),
                iki("iki-2", Aspek::Waktu, "Rata-rata waktu penerbitan izin sejak berkas dinyatakan lengkap", nilai(5.0, "Hari Kerja"), true),
                iki("iki-3", Aspek::Kuantitas, "Jumlah standar operasional prosedur perizinan berbasis risiko yang dimutakhirkan dan ditetapkan", nilai(6.0, "SOP"), false),
            ],
        },
        Rhk {
            id: "rhk-2".into(),
            jenis: JenisRhk::Utama,
            rencana_hasil_kerja: "Meningkatnya kepuasan pemohon terhadap layanan perizinan berusaha".into(),
            rhk_pimpinan: pimpinan("Meningkatnya Indeks Kepuasan Masyarakat terhadap pelayanan perizinan"),
            perspektif: None,
            iki: vec![
                iki("iki-4", Aspek::Kualitas, "Nilai Indeks Kepuasan Masyarakat layanan perizinan berusaha", Some(Target::Rentang { min: 82.0, maks: 88.0, satuan: "Nilai IKM".into() }), false),
                iki("iki-5", Aspek::Waktu, "Persentase pengaduan pemohon yang selesai ditangani paling lama 5 hari kerja", nilai(90.0, "%"), false),
            ],
        },
        Rhk {
            id: "rhk-3".into(),
            jenis: JenisRhk::Tambahan,
            rencana_hasil_kerja: "Terbinanya staf seksi dalam penggunaan sistem OSS berbasis risiko".into(),
            rhk_pimpinan: RhkPimpinan::default(),
            perspektif: None,
            iki: vec![iki("iki-6", Aspek::Kuantitas, "Jumlah staf seksi yang lulus uji kemahiran OSS berbasis risiko", nilai(6.0, "Orang"), false)],
        },
    ]
}

fn evaluasi() -> Vec<EvaluasiPeriodik> {
    let kosong = |id: &str, ke: u32, realisasi: Vec<Realisasi>| EvaluasiPeriodik {
        id: id.into(),
        periode_ke: ke,
        realisasi,
        umpan_balik_rhk: Vec::new(),
        umpan_balik_perilaku: Vec::new(),
        dialog_kinerja: Vec::new(),
        rating: RatingPeriode::default(),
        kinerja_organisasi: KinerjaOrganisasi::default(),
        bimbingan: Vec::new(),
    };
    let mut tw1 = kosong(
        "ev-1",
        1,
        vec![
            realisasi(
                "re-1",
                "iki-1",
                91.0,
                "1.184 dari 1.301 izin terbit sesuai standar waktu",
                "Rekap dasbor OSS Triwulan I",
                tanggal(2025, 4, 3),
                "Verifikasi teknis dinas sektor untuk izin lingkungan lambat",
            ),
            realisasi(
                "re-2",
                "iki-2",
                6.2,
                "Rata-rata 6,2 hari kerja sejak berkas lengkap",
                "Rekap dasbor OSS Triwulan I",
                tanggal(2025, 4, 3),
                "",
            ),
            realisasi(
                "re-3",
                "iki-3",
                1.0,
                "SOP perizinan usaha mikro risiko rendah ditetapkan",
                "Keputusan Kepala Dinas tentang SOP",
                tanggal(2025, 3, 24),
                "",
            ),
            realisasi(
                "re-4",
                "iki-5",
                86.0,
                "37 dari 43 pengaduan selesai paling lama 5 hari kerja",
                "Rekap SP4N-LAPOR!",
                tanggal(2025, 4, 2),
                "",
            ),
        ],
    );
    tw1.umpan_balik_rhk.push(umpan_balik_rhk(
        "ub-1",
        "rhk-1",
        tanggal(2025, 4, 10),
        "Tetapkan batas waktu verifikasi teknis bersama dinas sektor dalam perjanjian kerja sama.",
    ));
    tw1.dialog_kinerja.push(CatatanDialog { id: "dk-1".into(), tanggal: Some(tanggal(2025, 4, 10)), catatan: "Disepakati rapat koordinasi bulanan dengan dinas sektor dan pemantauan mingguan berkas yang mendekati batas waktu.".into() });
    let mut tw2 = kosong(
        "ev-2",
        2,
        vec![
            realisasi(
                "re-5",
                "iki-1",
                94.0,
                "1.268 dari 1.349 izin terbit sesuai standar waktu",
                "Rekap dasbor OSS Triwulan II",
                tanggal(2025, 7, 2),
                "",
            ),
            realisasi(
                "re-6",
                "iki-2",
                5.1,
                "Rata-rata 5,1 hari kerja sejak berkas lengkap",
                "Rekap dasbor OSS Triwulan II",
                tanggal(2025, 7, 2),
                "",
            ),
            realisasi(
                "re-7",
                "iki-3",
                3.0,
                "Dua SOP perizinan bangunan gedung ditetapkan",
                "Keputusan Kepala Dinas tentang SOP",
                tanggal(2025, 6, 18),
                "",
            ),
            realisasi(
                "re-8",
                "iki-4",
                84.6,
                "Survei IKM semester I dengan 410 responden",
                "Laporan survei IKM semester I",
                tanggal(2025, 7, 7),
                "",
            ),
            realisasi(
                "re-9",
                "iki-5",
                92.0,
                "46 dari 50 pengaduan selesai paling lama 5 hari kerja",
                "Rekap SP4N-LAPOR!",
                tanggal(2025, 7, 1),
                "",
            ),
            realisasi(
                "re-10",
                "iki-6",
                2.0,
                "Dua staf lulus uji kemahiran OSS",
                "Sertifikat uji kemahiran",
                tanggal(2025, 6, 26),
                "Jadwal uji dari kementerian terbatas",
            ),
        ],
    );
    tw2.umpan_balik_perilaku.push(UmpanBalikPerilaku {
        id: "ubp-1".into(),
        nilai: NilaiBerakhlak::Kolaboratif,
        tanggal: Some(tanggal(2025, 7, 11)),
        isi: "Koordinasi dengan dinas sektor membaik; pertahankan rapat bulanan.".into(),
    });
    let tw3 = kosong(
        "ev-3",
        3,
        vec![
            realisasi(
                "re-11",
                "iki-1",
                96.0,
                "1.402 dari 1.460 izin terbit sesuai standar waktu",
                "Rekap dasbor OSS Triwulan III",
                tanggal(2025, 10, 2),
                "",
            ),
            realisasi(
                "re-12",
                "iki-3",
                4.0,
                "SOP perizinan reklame ditetapkan",
                "Keputusan Kepala Dinas tentang SOP",
                tanggal(2025, 9, 22),
                "Dua SOP menunggu perubahan peraturan bupati",
            ),
        ],
    );
    vec![tw1, tw2, tw3]
}

/// A Kepala Seksi Pelayanan Perizinan Berusaha (pejabat pengawas, JA, III/d) at a regency
/// DPMPTSP, 2025, quarterly, two RHK utama and one tambahan, six IKI, three quarters filled.
pub fn contoh_kepala_seksi() -> Skp {
    let bidang = "Bidang Pelayanan Perizinan, DPMPTSP";
    Skp {
        id: "skp-contoh-kepala-seksi-2025".into(),
        jenis_pegawai: JenisPegawai::Pns,
        jenis_jabatan: JenisJabatan::Ja,
        memimpin_unit: true,
        pendekatan: Pendekatan::Kuantitatif,
        periode: Periode { mulai: tanggal(2025, 1, 1), selesai: tanggal(2025, 12, 31) },
        periode_evaluasi: JenisPeriodeEvaluasi::Triwulanan,
        instansi: "Pemerintah Kabupaten Sleman".into(),
        pegawai: orang("Bayu Prasetyo, S.T., M.Eng.", "198404102009011004", "Penata Tk. I (III/d)", "Kepala Seksi Pelayanan Perizinan Berusaha", bidang),
        pejabat_penilai: orang("Sri Wahyuni, S.H., M.H.", "197511232001122002", "Pembina (IV/a)", "Kepala Bidang Pelayanan Perizinan", bidang),
        atasan_pejabat_penilai: Some(orang("Ir. Joko Santoso, M.T.", "196908151994031005", "Pembina Utama Muda (IV/c)", "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP")),
        rhk: rhk(),
        perilaku_kerja: vec![
            EkspektasiPerilaku { nilai: NilaiBerakhlak::BerorientasiPelayanan, ekspektasi_khusus: "Memantau sendiri berkas yang mendekati batas waktu layanan setiap minggu.".into() },
            EkspektasiPerilaku { nilai: NilaiBerakhlak::Kompeten, ekspektasi_khusus: "Membimbing staf seksi sampai mahir menggunakan OSS berbasis risiko.".into() },
            EkspektasiPerilaku { nilai: NilaiBerakhlak::Kolaboratif, ekspektasi_khusus: "Menyepakati batas waktu verifikasi teknis dengan dinas sektor.".into() },
        ],
        lampiran: Lampiran {
            dukungan_sumber_daya: vec![butir("ds-1", "Akses dasbor OSS tingkat kabupaten"), butir("ds-2", "Anggaran survei IKM dua kali setahun")],
            skema_pertanggungjawaban: vec![butir("sp-1", "Laporan kinerja seksi triwulanan kepada Kepala Bidang, dengan rekap dasbor OSS")],
            konsekuensi: vec![butir("ko-1", "Capaian di atas ekspektasi menjadi pertimbangan dalam pengembangan karier ke jabatan administrator")],
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
