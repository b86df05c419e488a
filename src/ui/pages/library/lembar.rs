//! Taking a leader's feedback slip in: which SKP it answers, exactly what it adds, and what
//! it cannot be used for. Nothing changes until the person takes it; the version before stays
//! in the history and the take can be undone.

use crate::domain::lembar::{pratinjau, terapkan, Arah, Butir, Kecocokan, LembarUmpanBalik};
use crate::domain::Skp;
use crate::i18n::{lembar, print};
use crate::store::Outline;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

#[component]
pub fn SlipPreview(
    file: String,
    lembar: LembarUmpanBalik,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
    on_taken: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    let t = move || lembar::text(lang.get());
    let tanggal = print::text(lang.get_untracked()).tanggal;
    let untuk = format!(
        "{} \u{b7} {} \u{2013} {}",
        lembar.pegawai.nama,
        tanggal(lembar.periode.mulai),
        tanggal(lembar.periode.selesai)
    );
    let dari = lembar.pejabat_penilai.nama.clone();
    let ditulis = tanggal(lembar.ditulis);
    let Some(skp) = ws.skp_untracked(&lembar.skp_id) else {
        return view! {
            <div class="preview" role="region" aria-label=move || t().title>
                <h3>{move || t().title} ": " {file.clone()}</h3>
                <p role="alert">{move || (t().not_here)(&untuk)}</p>
                <div class="actions"><button type="button" on:click=move |_| on_done()>{move || t().close}</button></div>
            </div>
        }
        .into_any();
    };
    let lain_terbuka = ws.open_id().as_deref() != Some(skp.id.as_str());
    let p = pratinjau(&skp, &lembar);
    let berubah = p.kecocokan == Kecocokan::VersiBerubah;
    let ada = p.ada_perubahan();
    let butir = p
        .butir
        .iter()
        .map(|(arah, b)| {
            let teks = keterangan(b, &skp, lang.get());
            let arah = *arah;
            view! { <li>{move || match arah { Arah::Baru => t().new_item, Arah::Diperbarui => t().updated_item }} ": " {teks}</li> }
        })
        .collect_view();
    let tak_terpakai = p
        .tak_terpakai
        .iter()
        .map(|b| view! { <li>{keterangan(b, &skp, lang.get())}</li> })
        .collect_view();
    let ada_tak_terpakai = !p.tak_terpakai.is_empty();
    let nama = Outline::of(&skp).nama;
    let ambil = move |_| {
        let label = (t().taken_label)(&nama);
        if ws.take_in(&lembar.skp_id, label, |skp| terapkan(skp, &lembar) > 0) {
            on_done();
            on_taken();
        }
    };
    view! {
        <div class="preview" role="region" aria-label=move || t().title>
            <h3>{move || t().title} ": " {file.clone()}</h3>
            <p>{move || (t().from_for)(&dari, &untuk, &ditulis)}</p>
            {lain_terbuka.then(|| view! { <p class="notice">{move || t().other_open}</p> })}
            {berubah.then(|| view! { <p class="notice" role="alert">{move || t().diverged}</p> })}
            {if ada {
                view! { <p>{move || t().will_add}</p> <ul class="plain-list slip-items">{butir}</ul> }.into_any()
            } else {
                view! { <p role="status">{move || t().nothing_new}</p> }.into_any()
            }}
            {ada_tak_terpakai.then(|| view! { <p>{move || t().unused}</p> <ul class="plain-list">{tak_terpakai}</ul> })}
            <p class="hint">{move || t().nothing_else}</p>
            <div class="actions">
                {ada.then(|| view! { <button type="button" class="primary" on:click=ambil>{move || t().take}</button> })}
                <button type="button" on:click=move |_| on_done()>{move || if ada { t().cancel } else { t().close }}</button>
            </div>
        </div>
    }
    .into_any()
}

/// One item of a slip in the person's words, with the period and RHK it is about.
fn keterangan(b: &Butir, skp: &Skp, lang: crate::domain::Lang) -> String {
    let t = lembar::text(lang);
    let periode = |ke: u32| {
        skp.daftar_periode_evaluasi()
            .into_iter()
            .find(|p| p.ke == ke)
            .map(|p| p.label(lang))
            .unwrap_or_else(|| (t.period_n)(ke))
    };
    let rhk = |id: &str| {
        skp.rhk
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.rencana_hasil_kerja.clone())
            .unwrap_or_else(|| t.rhk_gone.to_owned())
    };
    match b {
        Butir::UmpanBalikRhk { ke, rhk_id, isi } => {
            (t.item_feedback_rhk)(&periode(*ke), &rhk(rhk_id), isi)
        }
        Butir::UmpanBalikPerilaku { ke, nilai, isi } => {
            (t.item_feedback_value)(&periode(*ke), nilai.nama(lang), isi)
        }
        Butir::Dialog { ke, catatan } => (t.item_dialog)(&periode(*ke), catatan),
        Butir::Rating { ke, aspek, rating } => {
            let kapan = ke.map_or_else(|| t.year.to_owned(), periode);
            let nilai = rating.map_or(t.no_rating, |r| r.label(lang));
            (t.item_rating)(&kapan, *aspek, nilai)
        }
        Butir::CatatanTahunan { isi } => (t.item_annual_note)(isi),
        Butir::Persetujuan { status, catatan } => (t.item_approval)(*status, catatan),
        Butir::CatatanRencanaRhk { rhk_id, catatan } => (t.item_plan_note)(&rhk(rhk_id), catatan),
        Butir::Bimbingan { ke, topik } => (t.item_coaching)(&periode(*ke), topik),
    }
}
