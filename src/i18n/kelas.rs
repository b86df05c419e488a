//! The words of the class analysis that the domain writes: the class CSV's headers and cell
//! terms, and the numbered leader of the anonymised view.

use crate::domain::kelas::KataKelasCsv;
use crate::domain::model::{JenisPeriodeEvaluasi, Penilai, Rating};
use crate::domain::rules::predikat::Predikat;
use crate::domain::Lang;

/// The class CSV's words.
pub fn kata(lang: Lang) -> &'static KataKelasCsv {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// Leader `n` in the anonymised view: "Pimpinan 1", "Leader 1".
pub fn pimpinan(n: usize, lang: Lang) -> String {
    (kata(lang).pimpinan)(n)
}

static ID: KataKelasCsv = KataKelasCsv {
    kolom_awal: [
        "No",
        "Nama",
        "NIP",
        "Jabatan",
        "Unit Kerja",
        "Tahun",
        "Pejabat Penilai Kinerja",
        "Hal wajib yang kurang",
        "Peringatan",
        "Jumlah RHK",
        "Jumlah IKI",
    ],
    kolom_jenis_periode: "Periode evaluasi",
    jenis_periode: |j| match j {
        JenisPeriodeEvaluasi::Bulanan => "Bulanan",
        JenisPeriodeEvaluasi::Triwulanan => "Triwulanan",
        JenisPeriodeEvaluasi::Semesteran => "Semesteran",
    },
    capaian_periode: |ke| format!("Capaian periode ke-{ke} (%)"),
    kolom_akhir: [
        "Rating Hasil Kerja",
        "Rating Perilaku Kerja",
        "Predikat",
        "Dasar predikat",
        "Sumber rating",
        "JP diperoleh",
        "Memenuhi 20 JP",
        "Latihan",
    ],
    rating: |r| r.label(Lang::Id),
    predikat: |p| p.label(Lang::Id),
    penilai: |p| match p {
        Penilai::PejabatPenilai => "Pejabat Penilai Kinerja",
        Penilai::Mandiri => "Pegawai sendiri (penilaian mandiri)",
    },
    tahunan: "Tahunan",
    periode: |ke| format!("Periode ke-{ke}"),
    pimpinan: |n| format!("Pimpinan {n}"),
    ya: "Ya",
    tidak: "Tidak",
};

static EN: KataKelasCsv = KataKelasCsv {
    kolom_awal: [
        "No",
        "Name",
        "NIP",
        "Post",
        "Work unit",
        "Year",
        "Appraiser",
        "Required items missing",
        "Warnings",
        "RHK",
        "IKI",
    ],
    kolom_jenis_periode: "Evaluation periods",
    jenis_periode: |j| match j {
        JenisPeriodeEvaluasi::Bulanan => "Monthly",
        JenisPeriodeEvaluasi::Triwulanan => "Quarterly",
        JenisPeriodeEvaluasi::Semesteran => "Half-yearly",
    },
    capaian_periode: |ke| format!("Period {ke} achievement (%)"),
    kolom_akhir: [
        "Results rating",
        "Behaviour rating",
        "Predikat",
        "Predikat from",
        "Rating source",
        "JP earned",
        "Reaches 20 JP",
        "Practice",
    ],
    rating: |r: Rating| r.label(Lang::En),
    predikat: |p: Predikat| p.label(Lang::En),
    penilai: |p| match p {
        Penilai::PejabatPenilai => "Appraiser (Pejabat Penilai Kinerja)",
        Penilai::Mandiri => "The employee (self-assessment)",
    },
    tahunan: "Annual",
    periode: |ke| format!("Period {ke}"),
    pimpinan: |n| format!("Leader {n}"),
    ya: "Yes",
    tidak: "No",
};
