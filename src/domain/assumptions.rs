//! Values the sources do not settle (UNVERIFIED or SECONDARY in regulations.md), made
//! visible: the UI lists them and each rule that depends on one names its id.

use crate::domain::lang::Lang;

/// A documented assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assumption {
    /// Stable id, referenced by the rules (e.g. `pp30-sb-baik`).
    pub id: &'static str,
    /// The assumption in Indonesian.
    pub teks_id: &'static str,
    /// The assumption in English.
    pub teks_en: &'static str,
    /// Source tags in regulations.md.
    pub sumber: &'static str,
}

impl Assumption {
    /// The text in the given language.
    pub fn text(&self, lang: Lang) -> &'static str {
        lang.pick(self.teks_id, self.teks_en)
    }
}

/// Id: the 3×3 predikat matrix.
pub const MATRIKS_PREDIKAT: &str = "matriks-predikat";
/// Id: Sangat Baik / Baik formulas of the legacy method.
pub const PP30_SB_BAIK: &str = "pp30-sb-baik";
/// Id: how the legacy method weighs RHK and IKI.
pub const PP30_BOBOT_RHK: &str = "pp30-bobot-rhk";
/// Id: Kurang / Sangat Kurang bands of PP 30/2019 Ps 41(5).
pub const PP30_KURANG: &str = "pp30-kurang";
/// Id: thresholds of the suggested rating hasil kerja.
pub const SARAN_RATING: &str = "saran-rating";
/// Id: periodic targets for gaps.
pub const GAP_PRO_RATA: &str = "gap-pro-rata";
/// Id: "most" in the SE 3/2023 distribution pattern.
pub const DISTRIBUSI_SEBAGIAN_BESAR: &str = "distribusi-sebagian-besar";
/// Id: how the 14 keberatan days are counted.
pub const KEBERATAN_HARI: &str = "keberatan-hari";
/// Id: JP of an activity spanning two years.
pub const JP_LINTAS_TAHUN: &str = "jp-lintas-tahun";
/// Id: the 20 JP minimum applied to PPPK.
pub const JP_PPPK: &str = "jp-pppk";
/// Id: plausibility bounds of the NIP.
pub const NIP_PLAUSIBEL: &str = "nip-plausibel";
/// Id: the NI PPPK layout.
pub const NI_PPPK: &str = "ni-pppk";
/// Id: the biaya aspect.
pub const ASPEK_BIAYA: &str = "aspek-biaya";
/// Id: angka kredit percentages.
pub const ANGKA_KREDIT: &str = "angka-kredit";
/// Id: evaluation periods aligned to the calendar.
pub const PERIODE_KALENDER: &str = "periode-kalender";
/// Id: a realisasi inside a range target is 100%. Applies in `rules::capaian::capaian`, so
/// in every capaian: the year and period rows, gaps, the suggestion and the legacy score.
pub const CAPAIAN_RENTANG: &str = "capaian-rentang";
/// Id: a lower-is-better capaian never goes below 0%. Applies in `rules::capaian::capaian`,
/// so in every capaian, gap, suggestion and legacy score.
pub const CAPAIAN_MINIMUM_NOL: &str = "capaian-minimum-nol";
/// Id: capaian rounded to the two decimals shown before any band decides. Applies in
/// `rules::capaian` (each IKI and the mean) and in the legacy predikat bands.
pub const CAPAIAN_DIBULATKAN: &str = "capaian-dibulatkan";
/// The PP 30/2019 numeric view takes the kinerja tambahan score as typed (capped at 10).
pub const PP30_TAMBAHAN: &str = "pp30-tambahan";
/// Id: how the five organisation levels suggest a unit head's rating hasil kerja.
pub const RATING_DARI_ORGANISASI: &str = "rating-dari-organisasi";
/// Id: ratings in files of version 2 become the person's own.
pub const RATING_V2_MANDIRI: &str = "rating-v2-mandiri";
/// Id: the 1–5 agreement scale of the pegawai's answers to a bimbingan kinerja (Format B.1.8).
pub const SKALA_BIMBINGAN: &str = "skala-bimbingan";
/// Id: the day of the annual assessment in the deadline calendar (`rules::kalender`).
pub const PENILAIAN_TAHUNAN_TANGGAL: &str = "penilaian-tahunan-tanggal";

/// Id: the example tunjangan kinerja table (`rules::tunjangan::contoh_tabel`).
pub const TUNJANGAN_CONTOH: &str = "tunjangan-contoh";
/// Id: the column order of the SKP table for e-Kinerja (`ekinerja::tabel_skp`).
pub const EKINERJA_KOLOM_SKP: &str = "ekinerja-kolom-skp";
/// Id: what fills the e-Kinerja daily progress log (`ekinerja::progres_harian`).
pub const EKINERJA_PROGRES: &str = "ekinerja-progres";

const DAFTAR: &[Assumption] = &[
    Assumption {
        id: MATRIKS_PREDIKAT,
        teks_id: "Matriks predikat 3×3 diambil dari sumber sekunder yang konsisten (lima aplikasi SKP dan kutipan tabel regulasi); halaman Lampiran PermenPANRB 6/2022 belum dibaca langsung.",
        teks_en: "The 3×3 predikat matrix comes from consistent secondary sources (five SKP apps and a quoted regulation table); the PermenPANRB 6/2022 Lampiran page itself was not read.",
        sumber: "[S32][S33][S24]",
    },
    Assumption {
        id: PP30_SB_BAIK,
        teks_id: "Metode lama: capaian 100% bernilai 109 (contoh Lampiran PermenPANRB 8/2021); capaian 101%–110% dinilai linear 110–120, seperti rumus kategori lain. Rumus resminya belum terverifikasi.",
        teks_en: "Legacy method: 100% achievement scores 109 (PermenPANRB 8/2021 Lampiran example); 101%–110% is scored linearly 110–120 like the other bands. The official formulas are unverified.",
        sumber: "[S16][S18]",
    },
    Assumption {
        id: PP30_BOBOT_RHK,
        teks_id: "Metode lama: nilai tiap RHK utama adalah rata-rata nilai capaian IKI-nya, semua RHK utama berbobot sama, dan tidak ada target yang dianggap sudah maksimal (aplikasi tidak mencatatnya).",
        teks_en: "Legacy method: each main RHK scores the mean of its IKI scores, every main RHK weighs the same, and no target is treated as already at its maximum (the app does not record it).",
        sumber: "[S16][S18] (turunan / derived)",
    },
    Assumption {
        id: PP30_KURANG,
        teks_id: "Predikat Kurang (50 ≤ nilai < 70) dan Sangat Kurang (nilai < 50) dalam PP 30/2019 Pasal 41 ayat (5) diambil dari parafrasa dalam berita.",
        teks_en: "The Kurang (50 ≤ score < 70) and Sangat Kurang (score < 50) bands of PP 30/2019 Art. 41(5) come from a news paraphrase.",
        sumber: "[S3][S13]",
    },
    Assumption {
        id: SARAN_RATING,
        teks_id: "Saran rating hasil kerja dihitung dari rata-rata capaian IKI kinerja utama (tiap IKI dibatasi 120%): ≥ 101% Di Atas Ekspektasi, 90%–<101% Sesuai Ekspektasi, < 90% Di Bawah Ekspektasi. Ini hanya saran; rating ditetapkan oleh Pejabat Penilai Kinerja.",
        teks_en: "Suggested results rating from the mean achievement of the main-performance IKI (each capped at 120%): ≥ 101% above, 90%–<101% meets, < 90% below expectations. Only a suggestion; the rating is the appraiser's judgement.",
        sumber: "[S16][S68] (turunan / derived)",
    },
    Assumption {
        id: GAP_PRO_RATA,
        teks_id: "Realisasi periodik dicatat kumulatif sampai akhir periode. Untuk IKI kuantitas bernilai angka (lebih besar lebih baik), target periode = target tahunan × periode ke-k / jumlah periode; IKI lain dibandingkan dengan target penuh.",
        teks_en: "Periodic realisasi is cumulative to the end of the period. For numeric quantity IKI (higher is better) the period target is the annual target × k / number of periods; other IKI are compared with the full target.",
        sumber: "[S24] (turunan / derived)",
    },
    Assumption {
        id: DISTRIBUSI_SEBAGIAN_BESAR,
        teks_id: "Pola distribusi SE MenPANRB 3/2023 diambil dari sumber sekunder; \"sebagian besar (maks. 70%)\" ditafsirkan sebagai: predikat itu menjadi kelompok terbesar dan paling banyak 70%.",
        teks_en: "The SE MenPANRB 3/2023 pattern comes from a secondary source; \"most (max 70%)\" is read as: that predikat is the largest group and at most 70%.",
        sumber: "[S28]",
    },
    Assumption {
        id: KEBERATAN_HARI,
        teks_id: "Batas 14 hari keberatan (PP 30/2019 Pasal 59) dihitung dalam hari kalender; hari pertama adalah hari setelah hasil diterima, sehingga batas akhirnya adalah tanggal diterima + 14 hari.",
        teks_en: "The 14-day keberatan limit (PP 30/2019 Art. 59) counts calendar days; day 1 is the day after the result is received, so the deadline is the date received + 14 days.",
        sumber: "[S10][S6]",
    },
    Assumption {
        id: JP_LINTAS_TAHUN,
        teks_id: "JP kegiatan yang melewati pergantian tahun dihitung pada tahun tanggal selesainya (saat sertifikat terbit); bila tidak ada tanggal selesai, JP dihitung pada tahun tanggal mulainya.",
        teks_en: "JP of an activity that spans a year end count in the year of its end date (when the certificate is issued); without an end date, in the year of its start date.",
        sumber: "[S38] (turunan / derived)",
    },
    Assumption {
        id: JP_PPPK,
        teks_id: "Batas paling sedikit 20 JP setahun ditetapkan untuk PNS (PP 11/2017 Pasal 203 ayat (4)). Untuk PPPK, pengembangan kompetensi diatur dalam PP 49/2018 dan Peraturan LAN 15/2020, yang angka JP-nya belum diperiksa di sini; aplikasi memakai 20 JP sebagai acuan. Periksa ketentuan instansi Anda.",
        teks_en: "The minimum of 20 JP a year is set for PNS (PP 11/2017 Article 203(4)). For PPPK, competency development falls under PP 49/2018 and LAN Regulation 15/2020, whose JP figure was not checked here; the app uses 20 JP as a reference. Check your agency's rules.",
        sumber: "[S38][S90] (belum diperiksa / unverified)",
    },
    Assumption {
        id: NIP_PLAUSIBEL,
        teks_id: "NIP dianggap wajar bila tahun lahir 1930–2100 dan pengangkatan paling cepat 17 tahun setelah bulan lahir.",
        teks_en: "A NIP is plausible when the birth year is 1930–2100 and appointment is at least 17 years after the birth month.",
        sumber: "(turunan / derived)",
    },
    Assumption {
        id: NI_PPPK,
        teks_id: "Sumber resmi tentang susunan NI PPPK belum ditemukan. Aplikasi membacanya seperti NIP (tanggal lahir, tahun pengangkatan, jenis kelamin, nomor urut), tetapi angka ke-13 dan ke-14 tidak dianggap bulan dan tidak diperiksa (contoh publik 199312282025212001 berisi \"21\" di sana).",
        teks_en: "No official source for the NI PPPK layout was found. The app reads it like a NIP (birth date, year of appointment, sex, serial) but does not take digits 13–14 as a month nor check them (the public example 199312282025212001 has \"21\" there).",
        sumber: "(belum diperiksa / unverified)",
    },
    Assumption {
        id: ASPEK_BIAYA,
        teks_id: "Aspek biaya berasal dari PP 46/2011 dan masih ditawarkan sebagian aplikasi; apakah PP 30/2019 mencantumkannya belum terverifikasi.",
        teks_en: "The cost aspect comes from PP 46/2011 and is still offered by some apps; whether PP 30/2019 lists it is unverified.",
        sumber: "[S72][S77]",
    },
    Assumption {
        id: ANGKA_KREDIT,
        teks_id: "Konversi predikat ke angka kredit (150/100/75/50/25% × koefisien × bulan/12) diambil dari bahan paparan BKN tentang PerBKN 3/2023.",
        teks_en: "The predikat-to-credit-point conversion (150/100/75/50/25% × coefficient × months/12) is taken from BKN slides on PerBKN 3/2023.",
        sumber: "[S66][S67]",
    },
    Assumption {
        id: PERIODE_KALENDER,
        teks_id: "Periode evaluasi mengikuti kalender (Triwulan I = Januari–Maret, Semester I = Januari–Juni) dan dibatasi oleh awal dan akhir periode SKP.",
        teks_en: "Evaluation periods follow the calendar (Q1 = January–March, first semester = January–June) and are clipped to the SKP period.",
        sumber: "[S24][S70]",
    },
    Assumption {
        id: CAPAIAN_RENTANG,
        teks_id: "Target rentang: realisasi di dalam rentang (batas bawah sampai batas atas) dihitung sebagai capaian 100%. Sumber hanya menyebutkan bahwa batas atas dipakai bila realisasi melebihinya dan batas bawah dipakai bila realisasi kurang darinya. Berlaku untuk semua capaian: tahunan, periodik, kesenjangan, saran rating, dan metode lama.",
        teks_en: "Range targets: a realisasi inside the range (lower to upper bound) counts as 100% achievement. The source only says the upper bound applies when realisasi exceeds it and the lower bound when it falls short. Applies to every achievement: annual, periodic, gaps, the suggested rating and the legacy method.",
        sumber: "[S15][S17] (turunan / derived)",
    },
    Assumption {
        id: CAPAIAN_MINIMUM_NOL,
        teks_id: "IKI yang makin kecil makin baik: capaian (1 + (1 − realisasi/target)) × 100% tidak pernah kurang dari 0% (realisasi dua kali target atau lebih = 0%). Rumus sumber tidak memberi batas bawah. Berlaku untuk semua capaian: tahunan, periodik, kesenjangan, saran rating, dan metode lama.",
        teks_en: "Lower-is-better IKI: the achievement (1 + (1 − realisasi/target)) × 100% never goes below 0% (a realisasi of twice the target or more is 0%). The source formula sets no lower limit. Applies to every achievement: annual, periodic, gaps, the suggested rating and the legacy method.",
        sumber: "[S15][S17] (turunan / derived)",
    },
    Assumption {
        id: CAPAIAN_DIBULATKAN,
        teks_id: "Capaian dibulatkan ke dua desimal seperti yang ditampilkan (setengah dibulatkan menjauhi nol) sebelum dibandingkan dengan batas kategori, sehingga yang terlihat 60% dinilai 60%. Rata-rata capaian untuk saran rating dan nilai kinerja metode lama diperlakukan sama. Sumber tidak mengatur pembulatan.",
        teks_en: "Achievement is rounded to the two decimals shown (halves away from zero) before it is compared with a band edge, so what shows as 60% is judged as 60%. The mean achievement for the suggested rating and the legacy performance score are treated the same. The source sets no rounding.",
        sumber: "[S16] (turunan / derived)",
    },
    Assumption {
        id: PP30_TAMBAHAN,
        teks_id: "Metode angka PP 30/2019: nilai kinerja tambahan diisi langsung sebagai angka dan dibatasi paling tinggi 10. Faktor kategori 100/80/60/40/20 (Sangat Baik sampai Sangat Kurang) × bobot lingkup penugasan × nilai capaian tidak dihitung, karena susunan rumus itu tidak terbaca utuh pada salinan sumber.",
        teks_en: "PP 30/2019 numeric method: the additional performance score is typed in as a number and capped at 10. The category factor 100/80/60/40/20 (Sangat Baik to Sangat Kurang) × weight of the assignment's scope × achievement score is not computed, because the layout of that formula is garbled in the copy of the source.",
        sumber: "[S19]",
    },
    Assumption {
        id: RATING_DARI_ORGANISASI,
        teks_id: "Untuk pimpinan unit (JPT, atau pegawai yang memimpin unit), rating hasil kerja mengikuti capaian kinerja organisasi unitnya. Lima predikat organisasi dipadankan dengan tiga rating: Istimewa → Di Atas Ekspektasi, Baik → Sesuai Ekspektasi, Butuh Perbaikan/Kurang/Sangat Kurang → Di Bawah Ekspektasi. Padanan ini tidak tertulis di sumber; aplikasi hanya memberi saran.",
        teks_en: "For a unit head (a JPT, or anyone who leads a unit) the results rating follows the unit's organisation performance. The five organisation levels are read as three ratings: Istimewa → above, Baik → meets, Butuh Perbaikan/Kurang/Sangat Kurang → below expectations. The sources do not state this mapping; the app only suggests.",
        sumber: "[S31] (turunan / derived)",
    },
    Assumption {
        id: RATING_V2_MANDIRI,
        teks_id: "Berkas versi 2 hanya memiliki satu isian rating per periode dan tidak mencatat siapa yang mengisinya. Saat dibuka, rating itu dianggap penilaian mandiri pegawai; Pejabat Penilai Kinerja dapat mengisi ratingnya sendiri di sampingnya.",
        teks_en: "Version 2 files had one rating slot per period and did not record who filled it. When opened, those ratings are taken as the person's own self-assessment; the appraiser can give their own beside them.",
        sumber: "(keputusan aplikasi / app decision)",
    },
    Assumption {
        id: SKALA_BIMBINGAN,
        teks_id: "Format B.1.8 (Umpan Balik Pelaksanaan Bimbingan Kinerja) meminta pegawai menanggapi sembilan pernyataan tentang bimbingan yang diterimanya; skala jawabannya belum terbaca di sumber. Aplikasi memakai skala setuju 1–5 (1 = sangat tidak setuju, 5 = sangat setuju).",
        teks_en: "Format B.1.8 (feedback on a performance coaching session) has the employee answer nine statements about the coaching they received; its answer scale could not be read in the source. The app uses a 1–5 agreement scale (1 = strongly disagree, 5 = strongly agree).",
        sumber: "[S25] (skala belum terverifikasi / scale UNVERIFIED)",
    },
    Assumption {
        id: PENILAIAN_TAHUNAN_TANGGAL,
        teks_id: "Regulasi yang terbaca tidak menetapkan tanggal evaluasi kinerja tahunan. Kalender tenggat memakai hari terakhir periode SKP. Batas pelaporan di e-Kinerja ditetapkan tersendiri setiap tahun (contoh dari berita: SKP 2024 dilaporkan sebelum 10 Januari 2025); periksa ketentuan instansi Anda.",
        teks_en: "The regulations read set no date for the annual performance evaluation. The deadline calendar uses the last day of the SKP period. The e-Kinerja reporting deadline is set separately each year (a news example: 2024 SKPs reported before 10 January 2025); check your agency's rules.",
        sumber: "[S21][S23][S54] (tanggal belum terverifikasi / date UNVERIFIED)",
    },
    Assumption {
        id: TUNJANGAN_CONTOH,
        teks_id: "Persentase tunjangan kinerja per predikat ditetapkan oleh masing-masing instansi (Perkada / Peraturan Menteri); tidak ditemukan tabel nasional. Tabel contoh 100/100/80/60/40% (Sangat Baik sampai Sangat Kurang) hanya ilustrasi, tidak berasal dari peraturan mana pun (BELUM TERVERIFIKASI). Simulasi memakai tabel yang Anda isi dari peraturan instansi Anda; potongan dijumlahkan sebagai persen dari tunjangan menurut predikat, dan jumlah uang dibulatkan ke rupiah penuh (setengah ke atas).",
        teks_en: "The tunjangan kinerja percentage per predikat is set by each agency (Perkada / Peraturan Menteri); no national table was found. The example table 100/100/80/60/40% (Sangat Baik to Sangat Kurang) is illustrative only and comes from no regulation (UNVERIFIED). The simulation uses the table you enter from your agency's regulation; deductions add up as a percentage of the allowance the predikat gives, and amounts are rounded to whole rupiah (halves up).",
        sumber: "[S22][S88] (tidak ada tabel nasional / no national table)",
    },
    Assumption {
        id: EKINERJA_KOLOM_SKP,
        teks_id: "Urutan kolom tabel SKP untuk e-Kinerja tidak terdokumentasi. Aplikasi memakai urutan isian dialog Tambah RHK di e-Kinerja (RHK atasan yang diintervensi, jenis RHK, RHK) lalu kolom formulir SKP resmi (aspek, indikator kinerja individu, target, satuan); BELUM TERVERIFIKASI terhadap e-Kinerja.",
        teks_en: "The column order of the SKP table for e-Kinerja is not documented. The app uses the order of e-Kinerja's Add RHK dialog (leader's RHK intervened, RHK kind, RHK) then the official SKP form's columns (aspect, IKI, target, unit); UNVERIFIED against e-Kinerja.",
        sumber: "peers.md [S14]; regulations.md §2.3 [S74][S24]",
    },
    Assumption {
        id: EKINERJA_PROGRES,
        teks_id: "Log progres harian untuk e-Kinerja mengikuti kolom pengimpor komunitas. Satu baris per realisasi: Tanggal adalah tanggal bukti dukung terakhir (kosong bila tidak ada), Jam Mulai dan Jam Selesai kosong, dan Realisasi adalah nilai yang dicatat untuk periode itu (keadaan sampai akhir periode, bukan tambahan harian). Periksa dan lengkapi sebelum mengimpor.",
        teks_en: "The e-Kinerja daily progress log follows the community importer's columns. One row per realisasi: Tanggal is the latest evidence date (empty when none), the start and end times are empty, and Realisasi is the value recorded for the period (the state at the end of the period, not a day's increment). Check and complete it before importing.",
        sumber: "peers.md [S27] (keputusan aplikasi / app decision)",
    },
];

/// Every documented assumption, for the UI to show.
pub fn assumptions() -> &'static [Assumption] {
    DAFTAR
}

/// The assumption with this id.
pub fn assumption(id: &str) -> Option<&'static Assumption> {
    DAFTAR.iter().find(|a| a.id == id)
}
