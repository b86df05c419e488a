//! Words of the questions asked before an action that takes more with it than what was
//! clicked: deleting an RHK or IKI with what depends on it, changing the evaluation periods.

use crate::domain::operasi::{AlasanTidakTerpetakan, Dampak, IsiEvaluasi};
use crate::domain::Lang;

pub struct ConfirmText {
    pub cancel: &'static str,
    pub undo_hint: &'static str,
    pub delete_all: fn(&str) -> String,
    /// What deleting takes with it; `periode`: the labels of the periods that lose results.
    pub delete_impact: fn(&Dampak, &str) -> Vec<String>,
    pub period_apply: &'static str,
    pub period_title: fn(&str, &str) -> String,
    pub period_moved: fn(&str, &str) -> String,
    pub period_unmapped: fn(&str, &IsiEvaluasi, AlasanTidakTerpetakan) -> String,
    pub period_replaced: fn(&str, &str) -> String,
    pub period_rating_dropped: fn(&str, &str) -> String,
    pub action_without_date: fn(&str) -> String,
    pub period_changed_label: fn(&str) -> String,
}

pub fn text(lang: Lang) -> &'static ConfirmText {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// "3 realisasi" / "1 bukti dukung": the regulation's nouns take no plural in either language.
fn n(count: usize, what: &str) -> String {
    format!("{count} {what}")
}

static ID: ConfirmText = ConfirmText {
    cancel: "Batal",
    undo_hint:
        "Setelah dihapus atau diganti, semuanya dapat dikembalikan dengan sekali klik \u{201c}Urungkan\u{201d}, \
        dan versi sebelumnya tetap ada di riwayat versi.",
    delete_all: |what| format!("Hapus {what} beserta semuanya"),
    delete_impact: |d, periode| {
        let mut out = Vec::new();
        if d.iki > 0 {
            out.push(format!("{} ikut terhapus.", n(d.iki, "IKI")));
        }
        if d.realisasi > 0 {
            out.push(format!(
                "{} (beserta {}) di {periode} ikut terhapus.",
                n(d.realisasi, "realisasi"),
                n(d.bukti_dukung, "bukti dukung")
            ));
        }
        if d.umpan_balik_rhk > 0 {
            out.push(format!(
                "{} ikut terhapus.",
                n(d.umpan_balik_rhk, "catatan umpan balik")
            ));
        }
        if d.rencana_aksi > 0 {
            out.push(format!(
                "{} ikut terhapus.",
                n(d.rencana_aksi, "rencana aksi")
            ));
        }
        if d.kegiatan_dilepas > 0 {
            out.push(format!(
                "{} tetap ada, tetapi tidak lagi dikaitkan dengan IKI yang dihapus.",
                n(d.kegiatan_dilepas, "kegiatan pengembangan")
            ));
        }
        out
    },
    period_apply: "Ganti evaluasi periodik",
    period_title: |dari, ke| {
        format!("Evaluasi periodik diganti dari {dari} menjadi {ke}. Isian dipindahkan menurut tanggalnya:")
    },
    period_moved: |lama, baru| format!("{lama} masuk ke {baru}."),
    period_unmapped: |lama, isi, alasan| {
        let sebab = match alasan {
            AlasanTidakTerpetakan::MelintasiPeriodeBaru => {
                "rentangnya mencakup lebih dari satu periode baru"
            }
            AlasanTidakTerpetakan::TanpaTanggal => "periodenya tidak lagi ada dalam masa SKP",
            AlasanTidakTerpetakan::DiLuarBatas => "periode barunya melewati periode ke-12",
        };
        format!(
            "{lama} tidak dapat dipindahkan ({sebab}); isinya dihapus: {}, {}, {}{}.",
            n(isi.realisasi, "realisasi"),
            n(isi.bukti_dukung, "bukti dukung"),
            n(isi.catatan, "catatan"),
            if isi.rating { ", dan ratingnya" } else { "" }
        )
    },
    period_replaced: |lama, iki| {
        format!("Realisasi {iki} di {lama} digantikan oleh realisasi periode yang lebih akhir dalam periode baru yang sama.")
    },
    period_rating_dropped: |lama, baru| {
        format!("Rating {lama} tidak dibawa ke {baru} karena rentang waktunya berbeda; {baru} perlu dinilai lagi.")
    },
    action_without_date: |baru| {
        format!(
            "Sebuah rencana aksi tanpa periode yang jelas ditempatkan di {baru}; periksa kembali."
        )
    },
    period_changed_label: |ke| format!("Evaluasi periodik diganti menjadi {ke}."),
};

static EN: ConfirmText = ConfirmText {
    cancel: "Cancel",
    undo_hint:
        "Once deleted or changed, one click on \u{201c}Undo\u{201d} brings all of it back, and \
        the previous version stays in the version history.",
    delete_all: |what| format!("Delete {what} and all of it"),
    delete_impact: |d, periode| {
        let mut out = Vec::new();
        if d.iki > 0 {
            out.push(format!("{} deleted with it.", n(d.iki, "IKI")));
        }
        if d.realisasi > 0 {
            out.push(format!(
                "Recorded results deleted with it, in {periode}: {} (with {} pieces of evidence).",
                d.realisasi, d.bukti_dukung
            ));
        }
        if d.umpan_balik_rhk > 0 {
            out.push(format!(
                "{} feedback notes deleted with it.",
                d.umpan_balik_rhk
            ));
        }
        if d.rencana_aksi > 0 {
            out.push(format!("Action plans deleted with it: {}.", d.rencana_aksi));
        }
        if d.kegiatan_dilepas > 0 {
            out.push(format!(
                "Development activities that stay, no longer linked to a deleted IKI: {}.",
                d.kegiatan_dilepas
            ));
        }
        out
    },
    period_apply: "Change the evaluation periods",
    period_title: |dari, ke| {
        format!("The evaluation periods change from {dari} to {ke}. Entries move by their dates:")
    },
    period_moved: |lama, baru| format!("{lama} goes into {baru}."),
    period_unmapped: |lama, isi, alasan| {
        let why = match alasan {
            AlasanTidakTerpetakan::MelintasiPeriodeBaru => "it spans more than one new period",
            AlasanTidakTerpetakan::TanpaTanggal => "its period is no longer within the SKP",
            AlasanTidakTerpetakan::DiLuarBatas => "its new period would come after the 12th",
        };
        format!(
            "{lama} cannot be moved ({why}); what it holds is deleted: {} results, {} pieces of evidence, {} notes{}.",
            isi.realisasi,
            isi.bukti_dukung,
            isi.catatan,
            if isi.rating { ", and its ratings" } else { "" }
        )
    },
    period_replaced: |lama, iki| {
        format!("The result of {iki} in {lama} is replaced by that of a later period within the same new period.")
    },
    period_rating_dropped: |lama, baru| {
        format!("The ratings of {lama} are not carried into {baru}, whose days differ: {baru} needs rating again.")
    },
    action_without_date: |baru| {
        format!("An action plan without a clear period is placed in {baru}; please check it.")
    },
    period_changed_label: |ke| format!("Evaluation periods changed to {ke}."),
};
