//! Reviewing one subordinate's SKP: what changed since the leader last saw it, the plan's
//! approval, each period's feedback and ratings, the year's rating, and the slip to send back.
//! The subordinate's own text is shown, never offered for editing.

use super::periode::TinjauanPeriode;
use super::rencana::PersetujuanPanel;
use super::state::BawahanState;
use crate::domain::lembar::{export_lembar, nama_berkas_lembar, perubahan_pegawai};
use crate::domain::model::{AspekRating, Penilai, Rating, Skp};
use crate::domain::operasi::set_rating;
use crate::i18n::{library, tinjauan};
use crate::ui::clock;
use crate::ui::download::download;
use crate::ui::language::Language;
use leptos::prelude::*;

#[component]
pub fn Tinjauan(id: String) -> impl IntoView {
    let state = BawahanState::get();
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    let skp = {
        let id = id.clone();
        Memo::new(move |_| state.skp(&id))
    };
    let ada = move || skp.with(Option::is_some);
    let kembali = view! { <p class="no-print"><a href="#/bawahan">{move || t().back}</a></p> };
    view! {
        {kembali}
        <Show
            when=ada
            fallback=move || view! {
                {move || if state.siap.get() {
                    view! { <p role="alert">{move || t().not_found}</p> }.into_any()
                } else {
                    view! { <p role="status">{move || t().loading}</p> }.into_any()
                }}
            }
        >
            <TinjauanIsi id=id.clone() skp=skp />
        </Show>
    }
}

#[component]
fn TinjauanIsi(id: String, skp: Memo<Option<Skp>>) -> impl IntoView {
    let state = BawahanState::get();
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    let nama = move || {
        skp.with(|s| {
            s.as_ref()
                .map(|s| s.pegawai.nama.clone())
                .unwrap_or_default()
        })
    };
    let judul = move || (t().review_title)(&nama());
    let id_lembar = id.clone();
    let terkirim = RwSignal::new(None::<String>);
    let unduh = move |_| {
        let Some(lembar) = state.lembar(&id_lembar) else {
            return;
        };
        let file = nama_berkas_lembar(&lembar);
        let text = export_lembar(&lembar, &clock::now());
        // Seen is this version once the slip is out, not before.
        if download(&file, "application/json", &text) {
            state.tandai_dilihat(&id_lembar);
            terkirim.set(Some(file));
        }
    };
    view! {
        <h1>{judul}</h1>
        <p class="lead">{move || t().readonly_note}</p>
        <super::KeadaanSimpan />
        <Perubahan id=id.clone() skp=skp />
        <PersetujuanPanel id=id.clone() skp=skp />
        <TinjauanPeriode id=id.clone() skp=skp />
        <RatingTahunan id=id.clone() skp=skp />
        <section aria-labelledby="kirim-lembar" class="no-print">
            <h2 id="kirim-lembar">{move || t().slip_title}</h2>
            <p>{move || t().slip_help}</p>
            <button type="button" class="primary" on:click=unduh>{move || t().slip_download}</button>
            {move || terkirim.get().map(|file| view! { <p role="status">{(t().slip_downloaded)(&file)}</p> })}
        </section>
    }
}

/// What the subordinate changed since the leader last saw their SKP.
#[component]
fn Perubahan(id: String, skp: Memo<Option<Skp>>) -> impl IntoView {
    let state = BawahanState::get();
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    let lib = move || library::text(lang.get());
    let id_lihat = id.clone();
    let perubahan = Memo::new(move |_| {
        let dilihat = state.dilihat(&id)?;
        skp.with(|s| s.as_ref().map(|s| perubahan_pegawai(&dilihat, s)))
    });
    view! {
        <section aria-labelledby="perubahan" class="no-print">
            <h2 id="perubahan">{move || t().changes_title}</h2>
            {move || match perubahan.get() {
                None => view! { <p>{move || t().changes_never_seen}</p> }.into_any(),
                Some(list) if list.is_empty() => view! { <p>{move || t().changes_none}</p> }.into_any(),
                Some(list) => view! {
                    <ul class="plain-list differences">
                        {list.into_iter().map(|d| view! { <li>{move || (lib().difference)(d.bagian, d.arah, &d.nama)}</li> }).collect_view()}
                    </ul>
                    <button type="button" on:click={
                        let id = id_lihat.clone();
                        move |_| state.tandai_dilihat(&id)
                    }>{move || t().mark_seen}</button>
                }
                .into_any(),
            }}
        </section>
    }
}

/// The leader's annual ratings and notes, beside the subordinate's own.
#[component]
fn RatingTahunan(id: String, skp: Memo<Option<Skp>>) -> impl IntoView {
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    let state = BawahanState::get();
    let id_catatan = id.clone();
    let catatan = move || {
        skp.with(|s| {
            s.as_ref()
                .map(|s| s.penilaian_tahunan.catatan.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <section aria-labelledby="tahunan">
            <h2 id="tahunan">{move || t().annual_title}</h2>
            <RatingPimpinan id=id.clone() skp=skp ke=None />
            <label class="field">
                <span>{move || t().annual_note}</span>
                <textarea
                    prop:value=catatan
                    on:change=move |ev| {
                        let isi = event_target_value(&ev);
                        state.ubah(&id_catatan, |skp| crate::domain::operasi::atur_catatan_tahunan(skp, isi));
                    }
                ></textarea>
            </label>
        </section>
    }
}

/// The two ratings the leader gives for period `ke` (`None`: the year), with the
/// subordinate's self-assessment beside each.
#[component]
pub fn RatingPimpinan(
    id: String,
    skp: Memo<Option<Skp>>,
    #[prop(into)] ke: Signal<Option<u32>>,
) -> impl IntoView {
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    let state = BawahanState::get();
    let baris = move |aspek: AspekRating| {
        let id = id.clone();
        let rating = move |penilai: Penilai| {
            skp.with(|s| {
                let s = s.as_ref()?;
                let r = match ke.get() {
                    None => &s.penilaian_tahunan.rating,
                    Some(k) => &s.evaluasi_ke(k)?.rating,
                };
                r.oleh(penilai).aspek(aspek)
            })
        };
        let label = move || match aspek {
            AspekRating::HasilKerja => t().rating_results,
            AspekRating::PerilakuKerja => t().rating_behaviour,
        };
        let mandiri = move || {
            let lang = lang.get();
            (t().self_assessed)(rating(Penilai::Mandiri).map_or(t().not_rated, |r| r.label(lang)))
        };
        let pilihan = move || {
            let lang = lang.get();
            let dipilih = rating(Penilai::PejabatPenilai);
            std::iter::once(view! { <option value="" selected=dipilih.is_none()>{t().not_rated}</option> }.into_any())
                .chain(RATINGS.into_iter().enumerate().map(|(i, r)| {
                    view! { <option value=i.to_string() selected=dipilih == Some(r)>{r.label(lang)}</option> }.into_any()
                }))
                .collect_view()
        };
        view! {
            <label class="field">
                <span>{label}</span>
                <select on:change=move |ev| {
                    let rating = event_target_value(&ev).parse::<usize>().ok().and_then(|i| RATINGS.get(i).copied());
                    let ke = ke.get_untracked();
                    state.ubah(&id, |skp| set_rating(skp, ke, Penilai::PejabatPenilai, aspek, rating, clock::today()));
                }>{pilihan}</select>
                <span class="hint">{mandiri}</span>
            </label>
        }
    };
    view! {
        <div class="rating-pimpinan">
            {baris(AspekRating::HasilKerja)}
            {baris(AspekRating::PerilakuKerja)}
        </div>
    }
}

/// The three ratings, best last, as the forms list them.
const RATINGS: [Rating; 3] = [
    Rating::DiBawahEkspektasi,
    Rating::SesuaiEkspektasi,
    Rating::DiAtasEkspektasi,
];
