//! "Kelas & Latihan": LAN workshops and teams. A participant opens a case pack and practises
//! on an SKP marked LATIHAN; a trainer hands out a pack and takes a class of files back; a
//! leader with the team's files sees the same class view.

mod daftar;
mod grafik;
mod paket;
mod peserta;
mod state;
mod tabel;
mod tampilan;
mod tingkat;

use crate::i18n::workshop;
use crate::route::kelas_dari_hash;
use crate::ui::language::Language;
use daftar::DaftarKelas;
use leptos::prelude::*;
use paket::{BukaPaket, PaketPelatih};
pub use state::KelasState;
use tampilan::TampilanKelas;

fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

#[component]
pub fn KelasPage() -> impl IntoView {
    let lang = Language::current();
    let t = move || workshop::text(lang.get());
    let state = KelasState::get();
    state.siapkan();
    // The open class follows the address (`#/kelas?k=<id>`), so a reload shows it again.
    let dipilih = RwSignal::new(kelas_dari_hash(&hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        dipilih.set(kelas_dari_hash(&hash()));
    });
    on_cleanup(move || handle.remove());
    Effect::new(move |_| {
        state.daftar.track();
        state.buka(dipilih.get());
    });
    let terbuka = move || state.aktif.with(Option::is_some);
    view! {
        <article class="kelas-page">
            <Show
                when=terbuka
                fallback=move || view! {
                    <h1>{move || t().title}</h1>
                    <p class="lead">{move || t().lead}</p>
                    <BukaPaket />
                    <PaketPelatih />
                    <DaftarKelas />
                }
            >
                <TampilanKelas />
            </Show>
        </article>
    }
}
