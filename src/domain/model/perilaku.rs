//! Perilaku kerja: the seven BerAKHLAK core values and their panduan perilaku
//! (PermenPANRB 6/2022; guides in regulations.md §3 [S34][S35][S87]).

use serde::{Deserialize, Serialize};

/// One of the seven BerAKHLAK core values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NilaiBerakhlak {
    /// Berorientasi Pelayanan.
    BerorientasiPelayanan,
    /// Akuntabel.
    Akuntabel,
    /// Kompeten.
    Kompeten,
    /// Harmonis.
    Harmonis,
    /// Loyal.
    Loyal,
    /// Adaptif.
    Adaptif,
    /// Kolaboratif.
    Kolaboratif,
}

/// A behaviour guide in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PanduanPerilaku {
    /// Official Indonesian text.
    pub id: &'static str,
    /// English gloss.
    pub en: &'static str,
}

const fn p(id: &'static str, en: &'static str) -> PanduanPerilaku {
    PanduanPerilaku { id, en }
}

impl NilaiBerakhlak {
    /// The seven values in their official order (Ber-A-K-H-L-A-K).
    pub const SEMUA: [NilaiBerakhlak; 7] = [
        NilaiBerakhlak::BerorientasiPelayanan,
        NilaiBerakhlak::Akuntabel,
        NilaiBerakhlak::Kompeten,
        NilaiBerakhlak::Harmonis,
        NilaiBerakhlak::Loyal,
        NilaiBerakhlak::Adaptif,
        NilaiBerakhlak::Kolaboratif,
    ];

    /// The three panduan perilaku of the value.
    pub fn panduan(self) -> [PanduanPerilaku; 3] {
        use NilaiBerakhlak::*;
        match self {
            BerorientasiPelayanan => [
                p("Memahami dan memenuhi kebutuhan masyarakat", "Understands and meets the public's needs"),
                p("Ramah, cekatan, solutif, dan dapat diandalkan", "Friendly, quick, solution-minded and reliable"),
                p("Melakukan perbaikan tiada henti", "Improves continuously"),
            ],
            Akuntabel => [
                p(
                    "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
                    "Carries out duties honestly, responsibly, carefully, with discipline and high integrity",
                ),
                p(
                    "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
                    "Uses state assets and property responsibly, effectively and efficiently",
                ),
                p("Tidak menyalahgunakan kewenangan jabatan", "Does not abuse the authority of the post"),
            ],
            Kompeten => [
                p(
                    "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
                    "Develops own competence to meet ever-changing challenges",
                ),
                p("Membantu orang lain belajar", "Helps others learn"),
                p("Melaksanakan tugas dengan kualitas terbaik", "Does the work to the best quality"),
            ],
            Harmonis => [
                p("Menghargai setiap orang apapun latar belakangnya", "Respects everyone whatever their background"),
                p("Suka menolong orang lain", "Likes to help others"),
                p("Membangun lingkungan kerja yang kondusif", "Builds a conducive work environment"),
            ],
            Loyal => [
                p(
                    "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
                    "Holds firmly to Pancasila and the 1945 Constitution, loyal to the Republic and its lawful government",
                ),
                p(
                    "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
                    "Protects the good name of fellow ASN, leaders, the agency and the state",
                ),
                p("Menjaga rahasia jabatan dan negara", "Keeps official and state secrets"),
            ],
            Adaptif => [
                p("Cepat menyesuaikan diri menghadapi perubahan", "Adapts quickly to change"),
                p("Terus berinovasi dan mengembangkan kreativitas", "Keeps innovating and developing creativity"),
                p("Bertindak proaktif", "Acts proactively"),
            ],
            Kolaboratif => [
                p(
                    "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
                    "Gives various parties the opportunity to contribute",
                ),
                p(
                    "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
                    "Is open to working together to create added value",
                ),
                p(
                    "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
                    "Mobilises the use of resources for common goals",
                ),
            ],
        }
    }
}

/// Ekspektasi khusus pimpinan for one BerAKHLAK value (the SKP's free-text column).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EkspektasiPerilaku {
    /// The value.
    pub nilai: NilaiBerakhlak,
    /// The leader's specific expectation.
    #[serde(default)]
    pub ekspektasi_khusus: String,
}
