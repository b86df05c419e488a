//! "SKP Bawahan": a leader opens subordinates' SKP files to review them, apart from their own
//! SKPs; writes feedback, dialog notes, coaching records, ratings and the plan's approval; and
//! hands back only their part as a feedback slip (lembar umpan balik).

mod periode;
mod rencana;
mod state;
mod tim;
mod tinjau;

use crate::i18n::{print, tinjauan};
use crate::route::bawahan_dari_hash;
use crate::ui::import::DropZone;
use crate::ui::language::Language;
use leptos::prelude::*;
pub use state::BawahanState;
use state::HasilBawahan;
use tinjau::Tinjauan;

fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

#[component]
pub fn BawahanPage() -> impl IntoView {
    let state = BawahanState::get();
    state.siapkan();
    // The SKP under review follows the address (`#/bawahan?s=<id>`): a reload shows it again.
    let dipilih = RwSignal::new(bawahan_dari_hash(&hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        dipilih.set(bawahan_dari_hash(&hash()));
    });
    on_cleanup(move || handle.remove());
    view! {
        <article class="bawahan-page">
            {move || match dipilih.get() {
                Some(id) => view! { <Tinjauan id=id /> }.into_any(),
                None => view! { <DaftarBawahan /> }.into_any(),
            }}
        </article>
    }
}

/// Whether the list is kept, and the undo of the last removal: on the list and on a review.
#[component]
fn KeadaanSimpan() -> impl IntoView {
    let state = BawahanState::get();
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    view! {
        {move || state.memori_saja.get().then(|| view! { <p class="notice" role="status">{move || t().memory_only}</p> })}
        {move || state.gagal_muat.get().then(|| view! { <p class="error-box" role="alert">{move || t().load_failed}</p> })}
        {move || (state.galat.get().is_some() && !state.gagal_muat.get()).then(|| view! { <p class="error-box" role="alert">{move || t().store_failed}</p> })}
        {move || state.terakhir.get().map(|d| view! {
            <p class="undo-line" role="status">
                {(t().removed)(&d.label)} " "
                <button type="button" on:click=move |_| state.urungkan()>{move || t().undo}</button>
            </p>
        })}
    }
}

/// The list of subordinates' SKPs, and taking their files in.
#[component]
fn DaftarBawahan() -> impl IntoView {
    let state = BawahanState::get();
    let lang = Language::current();
    let t = move || tinjauan::text(lang.get());
    // The subordinate whose removal is being asked about.
    let menghapus = RwSignal::new(None::<String>);
    let baris = move || {
        state.daftar.with(|daftar| {
            daftar
                .iter()
                .map(|a| {
                    let skp = &a.skp;
                    let id = skp.id.clone();
                    let nama = skp.pegawai.nama.clone();
                    let href = crate::route::bawahan_href(&id);
                    let tanggal = print::text(lang.get()).tanggal;
                    let periode = format!("{} \u{2013} {}", tanggal(skp.periode.mulai), tanggal(skp.periode.selesai));
                    let berubah = state
                        .dilihat(&id)
                        .is_some_and(|d| !crate::domain::lembar::perubahan_pegawai(&d, skp).is_empty());
                    let hapus_nama = nama.clone();
                    let tanya_nama = nama.clone();
                    let tanya_id = id.clone();
                    let ditanya = {
                        let id = id.clone();
                        move || menghapus.get().as_deref() == Some(id.as_str())
                    };
                    view! {
                        <li class="skp-card">
                            <p><strong>{nama.clone()}</strong> " \u{b7} " {skp.pegawai.nip.clone()}</p>
                            <p class="hint">{skp.pegawai.jabatan.clone()} " \u{b7} " {periode}</p>
                            {berubah.then(|| view! { <p class="badge">{move || t().changed_badge}</p> })}
                            <div class="actions">
                                <a class="button primary" href=href>{move || (t().review)(&nama)}</a>
                                <Show
                                    when=ditanya.clone()
                                    fallback=move || {
                                        let id = tanya_id.clone();
                                        let nama = hapus_nama.clone();
                                        view! { <button type="button" on:click=move |_| menghapus.set(Some(id.clone()))>{move || (t().remove)(&nama)}</button> }
                                    }
                                >
                                    <span class="confirm" role="alertdialog" aria-label={let n = tanya_nama.clone(); move || (t().remove)(&n)}>
                                        {let n = tanya_nama.clone(); move || (t().remove_confirm)(&n)} " "
                                        <button type="button" class="danger" on:click={
                                            let id = id.clone();
                                            let tanya_nama = tanya_nama.clone();
                                            move |_| {
                                                state.hapus(&id, (t().removed_label)(&tanya_nama));
                                                menghapus.set(None);
                                            }
                                        }>{move || t().remove_yes}</button>
                                        " "
                                        <button type="button" on:click=move |_| menghapus.set(None)>{move || t().cancel}</button>
                                    </span>
                                </Show>
                            </div>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let hasil = move || {
        let t = t();
        state
            .hasil
            .get()
            .into_iter()
            .map(|h| match h {
                HasilBawahan::Baru { nama } => view! { <li>{(t.added)(&nama)}</li> }.into_any(),
                HasilBawahan::Diperbarui { nama, tak_terbawa } => view! {
                    <li>{(t.updated)(&nama)} {(tak_terbawa > 0).then(|| format!(" {}", (t.not_carried)(tak_terbawa)))}</li>
                }
                .into_any(),
                HasilBawahan::Ditolak { berkas, error } => view! {
                    <li class="error">{(t.refused)(&berkas)} " " {error.message(lang.get())}</li>
                }
                .into_any(),
            })
            .collect_view()
    };
    view! {
        <h1>{move || t().title}</h1>
        <p class="lead">{move || t().lead}</p>
        <KeadaanSimpan />
        <section aria-labelledby="bawahan-buka">
            <h2 id="bawahan-buka">{move || t().open_title}</h2>
            <p>{move || t().open_help}</p>
            <DropZone
                choose=Signal::derive(move || t().open_choose)
                drop=Signal::derive(move || t().open_drop)
                on_files=move |files| state.impor(files)
                multiple=true
            />
            <ul class="plain-list" role="status">{hasil}</ul>
        </section>
        <section aria-labelledby="bawahan-daftar">
            <h2 id="bawahan-daftar">{move || t().list_title}</h2>
            {move || (state.siap.get() && state.daftar.with(Vec::is_empty)).then(|| view! { <p>{move || t().list_empty}</p> })}
            <ul class="skp-list">{baris}</ul>
        </section>
        <tim::TabelTim />
    }
}
