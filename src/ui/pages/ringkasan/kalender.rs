//! The dates that matter for the open SKP, from the domain's calendar, and the same dates as
//! an `.ics` file for the person's own calendar (phone or laptop), with reminders.

use crate::domain::rules::kalender::{
    ics, nama_berkas_ics, tenggat, DataJudul, Tenggat, ZonaWaktu,
};
use crate::domain::Lang;
use crate::i18n::print;
use crate::ui::clock;
use crate::ui::download::download;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// Where the chosen time zone and reminder lead are remembered (settings of the person, not
/// of one SKP).
const ZONA_KEY: &str = "skp-mandiri/kalender-zona";
const PENGINGAT_KEY: &str = "skp-mandiri/kalender-pengingat";
const PENGINGAT_BAWAAN: u32 = 7;

fn simpanan() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn baca(key: &str) -> Option<String> {
    simpanan()?.get_item(key).ok().flatten()
}

fn tulis(key: &str, value: &str) {
    if let Some(s) = simpanan() {
        // Only a preference: without storage it lasts while the page is open.
        let _kept = s.set_item(key, value);
    }
}

fn zona_dari(kode: &str) -> ZonaWaktu {
    ZonaWaktu::SEMUA
        .into_iter()
        .find(|z| z.singkatan() == kode)
        .unwrap_or_default()
}

/// The title of a date in the person's words.
pub fn judul(t: &Tenggat, lang: Lang) -> String {
    let tanggal = print::text(lang).tanggal;
    match &t.judul_data {
        DataJudul::AkhirPeriode(p) => {
            format!("{} {}", lang.pick("Akhir", "End of"), p.label(lang))
                + lang.pick(
                    ": lengkapi realisasi dan bukti dukung",
                    ": complete the realisasi and evidence",
                )
        }
        DataJudul::PenilaianTahunan(p) => format!(
            "{} {}",
            lang.pick(
                "Evaluasi kinerja tahunan SKP",
                "Annual performance evaluation, SKP"
            ),
            p.mulai.format("%Y")
        ),
        DataJudul::BatasKeberatan { diterima, .. } => format!(
            "{} {}",
            lang.pick(
                "Batas pengajuan keberatan atas hasil evaluasi yang diterima",
                "Last day to file a keberatan against the result received"
            ),
            tanggal(*diterima)
        ),
        DataJudul::Pengembangan { nama, .. } => format!(
            "{}: {}",
            lang.pick("Pengembangan kompetensi", "Competency development"),
            if nama.trim().is_empty() {
                lang.pick("(tanpa nama)", "(unnamed)")
            } else {
                nama.trim()
            }
        ),
    }
}

#[component]
pub fn Kalender() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let zona = RwSignal::new(zona_dari(&baca(ZONA_KEY).unwrap_or_default()));
    let pengingat = RwSignal::new(
        baca(PENGINGAT_KEY)
            .and_then(|v| v.parse::<u32>().ok())
            .filter(|h| *h <= 60)
            .unwrap_or(PENGINGAT_BAWAAN),
    );
    let daftar = Memo::new(move |_| {
        let hari = pengingat.get();
        ws.with_open(|skp| tenggat(skp, clock::today(), hari))
            .unwrap_or_default()
    });
    let unduh = move |_| {
        let lang = lang.get_untracked();
        let Some((nama, teks)) = ws.with_open(|skp| {
            let dates = daftar.get_untracked();
            let dibuat = chrono::DateTime::parse_from_rfc3339(&clock::now())
                .map(|d| d.with_timezone(&chrono::Utc))
                .unwrap_or_default();
            (
                nama_berkas_ics(skp),
                ics(
                    skp,
                    &dates,
                    |t| judul(t, lang),
                    zona.get_untracked(),
                    dibuat,
                ),
            )
        }) else {
            return;
        };
        download(&nama, "text/calendar", &teks);
    };
    let baris = move || {
        let lang = lang.get();
        let tanggal = print::text(lang).tanggal;
        daftar
            .get()
            .into_iter()
            .map(|t| {
                let ingat = t.pengingat.map(|d| {
                    format!(
                        " \u{b7} {} {}",
                        lang.pick("pengingat", "reminder"),
                        tanggal(d)
                    )
                });
                view! {
                    <li>
                        <strong>{tanggal(t.tanggal)}</strong> " \u{2013} " {judul(&t, lang)}
                        <span class="hint">{ingat}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let pilihan_zona = move || {
        ZonaWaktu::SEMUA
            .into_iter()
            .map(|z| {
                let nama = format!("{} ({}, UTC+{})", z.singkatan(), z.tzid(), z.selisih_jam());
                view! { <option value=z.singkatan() selected=move || zona.get() == z>{nama}</option> }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="kalender" class="kalender">
            <h2 id="kalender">{move || lang.get().pick("Tanggal penting", "Dates that matter")}</h2>
            <p class="hint">{move || lang.get().pick(
                "Dihitung di perangkat ini dari SKP yang terbuka. Tanggal evaluasi tahunan adalah asumsi (akhir periode SKP); instansi Anda dapat menetapkan tanggal lain.",
                "Worked out on this device from the open SKP. The annual evaluation date is an assumption (the end of the SKP period); your agency may set another.",
            )}</p>
            <ol class="plain-list tenggat-list">{baris}</ol>
            <div class="actions">
                <label class="field">
                    <span>{move || lang.get().pick("Zona waktu", "Time zone")}</span>
                    <select on:change=move |ev| {
                        let z = zona_dari(&event_target_value(&ev));
                        tulis(ZONA_KEY, z.singkatan());
                        zona.set(z);
                    }>{pilihan_zona}</select>
                </label>
                <label class="field">
                    <span>{move || lang.get().pick("Pengingat (hari sebelumnya)", "Reminder (days before)")}</span>
                    <input type="number" min="0" max="60" inputmode="numeric"
                        prop:value=move || pengingat.get().to_string()
                        on:change=move |ev| {
                            if let Ok(h) = event_target_value(&ev).trim().parse::<u32>() {
                                let h = h.min(60);
                                tulis(PENGINGAT_KEY, &h.to_string());
                                pengingat.set(h);
                            }
                        } />
                </label>
                <button type="button" on:click=unduh>{move || lang.get().pick("Unduh kalender (.ics)", "Download the calendar (.ics)")}</button>
            </div>
        </section>
    }
}
