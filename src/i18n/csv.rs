//! The words of the CSV exports: column headers and the terms in their cells.

use crate::domain::csv::KataCsv;
use crate::domain::Lang;

pub fn kata(lang: Lang) -> &'static KataCsv {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

static ID: KataCsv = KataCsv {
    kolom_skp: [
        "No",
        "Jenis",
        "RHK Pimpinan yang Diintervensi",
        "Rencana Hasil Kerja",
        "Aspek",
        "Indikator Kinerja Individu",
        "Target",
        "Target maks",
        "Satuan",
    ],
    kolom_realisasi: [
        "Periode",
        "Mulai",
        "Selesai",
        "Rencana Hasil Kerja",
        "Indikator Kinerja Individu",
        "Target periode",
        "Target periode maks",
        "Satuan",
        "Realisasi",
        "Capaian (%)",
        "Uraian realisasi",
        "Bukti dukung",
        "Tautan bukti dukung",
        "Tanggal bukti",
        "Kendala",
    ],
    utama: "Utama",
    tambahan: "Tambahan",
    aspek: ["Kuantitas", "Kualitas", "Waktu", "Biaya"],
};

static EN: KataCsv = KataCsv {
    kolom_skp: [
        "No",
        "Kind",
        "Leader's RHK supported",
        "Work result (RHK)",
        "Aspect",
        "Indicator (IKI)",
        "Target",
        "Target max",
        "Unit",
    ],
    kolom_realisasi: [
        "Period",
        "Start",
        "End",
        "Work result (RHK)",
        "Indicator (IKI)",
        "Period target",
        "Period target max",
        "Unit",
        "Realisation",
        "Achievement (%)",
        "What was achieved",
        "Evidence",
        "Evidence links",
        "Evidence dates",
        "Obstacles",
    ],
    utama: "Main",
    tambahan: "Additional",
    aspek: ["Quantity", "Quality", "Time", "Cost"],
};
