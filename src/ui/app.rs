//! The page frame: header with the language switch, the stage navigation, the current page,
//! and the footer that repeats where the data lives.

use super::chunks::{Chunk, ChunkPage};
use super::language::{use_text, Language};
use super::location::use_route;
use super::pages::{BawahanState, Home, KelasState, LibraryPage, NotFound};
use super::status::StatusStrip;
use super::workspace::Workspace;
use crate::domain::operasi::Bagian;
use crate::domain::Lang;
use crate::i18n::{library, tinjauan, workshop};
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let language = Language::provide();
    Workspace::provide();
    KelasState::provide();
    BawahanState::provide();
    let route = use_route();
    // After moving to another page, put the keyboard and screen-reader focus on its content.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        if previous.is_some_and(|p| p != current) {
            if let Some(main) = document().get_element_by_id("isi") {
                if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                    let _ = main.focus();
                }
            }
        }
        show_current_stage();
        current
    });
    let t = use_text();
    let toggle_language = move |_| {
        language.0.update(|lang| {
            *lang = match lang {
                Lang::Id => Lang::En,
                Lang::En => Lang::Id,
            }
        })
    };

    view! {
        <a class="skip-link" href="#isi">{move || t().skip_to_content}</a>
        <header class="site-header">
            <a class="brand" href=Route::Beranda.href()>
                <span class="brand-name">{move || t().app_name}</span>
                <span class="brand-tagline">{move || t().tagline}</span>
            </a>
            <super::pwa::InstallButton />
            <button
                type="button"
                class="language-switch"
                aria-label=move || t().switch_language_label
                on:click=toggle_language
            >
                {move || t().switch_language}
            </button>
        </header>
        <Navigation route=route />
        <StatusStrip />
        <super::pwa::UpdateLine />
        <main id="isi" tabindex="-1">
            {move || {
                let route = route.get();
                let chunk = match route {
                    Route::Beranda => return view! { <Home /> }.into_any(),
                    Route::DaftarSkp => return view! { <LibraryPage /> }.into_any(),
                    Route::TidakDikenal => return view! { <NotFound /> }.into_any(),
                    Route::Kelas => Chunk::kelas,
                    Route::Bawahan => Chunk::bawahan,
                    Route::Perencanaan => Chunk::perencanaan,
                    Route::Pelaksanaan => Chunk::pelaksanaan,
                    Route::Penilaian => Chunk::penilaian,
                    Route::TindakLanjut => Chunk::tindak_lanjut,
                    Route::Pengembangan => Chunk::pengembangan,
                    Route::Ringkasan => Chunk::ringkasan,
                    Route::Cetak(_) => Chunk::cetak,
                };
                view! { <ChunkPage chunk=chunk route=route /> }.into_any()
            }}
        </main>
        <footer class="site-footer">
            <p>{move || t().footer_local}</p>
            <p>{move || t().footer_rules}</p>
        </footer>
    }
}

/// The stages of the SKP cycle, numbered in the order of PP 30/2019.
#[component]
fn Navigation(route: ReadSignal<Route>) -> impl IntoView {
    let t = use_text();
    let lang = Language::current();
    let ws = Workspace::get();
    // Its own fields only: typing elsewhere in the SKP does not redraw the navigation.
    let open_label = move || {
        ws.with_part(Bagian::Identitas, |skp| {
            let nama = skp.pegawai.nama.trim();
            let nama = if nama.is_empty() {
                library::text(lang.get()).unnamed
            } else {
                nama
            };
            let tahun = skp.periode.mulai.format("%Y");
            let t = library::text(lang.get());
            match skp.adalah_latihan() {
                true => format!("{} \u{b7} {nama} \u{b7} {tahun}", t.practice_badge),
                false => format!("{nama} \u{b7} {tahun}"),
            }
        })
    };
    view! {
        <nav class="stage-nav" aria-label=move || t().nav_label>
            <a
                class="library-link"
                href=Route::DaftarSkp.href()
                class:current=move || route.get() == Route::DaftarSkp
                aria-current=move || (route.get() == Route::DaftarSkp).then_some("page")
            >
                {move || library::text(lang.get()).nav}
                {move || open_label().map(|label| view! { <span class="open-skp">{label}</span> })}
            </a>
            <a
                class="library-link"
                href=Route::Kelas.href()
                class:current=move || route.get() == Route::Kelas
                aria-current=move || (route.get() == Route::Kelas).then_some("page")
            >
                {move || workshop::text(lang.get()).title}
            </a>
            <a
                class="library-link"
                href=Route::Bawahan.href()
                class:current=move || route.get() == Route::Bawahan
                aria-current=move || (route.get() == Route::Bawahan).then_some("page")
            >
                {move || tinjauan::text(lang.get()).nav}
            </a>
            <ol>
                {Route::STAGES
                    .into_iter()
                    .map(|stage| {
                        let current = move || route.get() == stage;
                        view! {
                            <li>
                                <a
                                    href=stage.href()
                                    class:current=current
                                    aria-current=move || current().then_some("page")
                                >
                                    {move || t().stage(stage).map(|s| s.title)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// On a phone the stage row scrolls sideways: bring the current stage's tab fully into view
/// (centred), once it is drawn, instead of leaving its label cut at an edge.
fn show_current_stage() {
    request_animation_frame(|| {
        let doc = document();
        let (Some(nav), Some(tab)) = (
            doc.query_selector(".stage-nav").ok().flatten(),
            doc.query_selector(".stage-nav a.current").ok().flatten(),
        ) else {
            return;
        };
        let Ok(tab) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(tab) else {
            return;
        };
        let left = tab.offset_left() - (nav.client_width() - tab.offset_width()) / 2;
        nav.set_scroll_left(left.max(0));
    });
}
