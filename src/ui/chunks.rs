//! Pages whose code arrives on first visit. The start page and the library are in the first
//! download; every other page is a separate WebAssembly chunk (made by `wasm-split-cli` in
//! `scripts/build-wasm`, see docs/size.md), so a phone on a trainer's Wi-Fi fetches only what
//! it opens. A chunk that cannot be fetched says so and offers a retry: never a dead page.

use super::language::use_text;
use super::pages::{
    BawahanPage, CetakPage, KelasPage, PelaksanaanPage, PengembanganPage, PenilaianPage,
    PerencanaanPage, RingkasanPage, TindakLanjutPage,
};
use crate::route::Route;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::SplitLoaderError;
use std::cell::Cell;

/// A loaded page: draws the page of the route it was loaded for.
type Page = fn(Route) -> AnyView;

/// One split point per page. With the `split` feature (the release build) each body lands in
/// its own chunk and the call first fetches it; without it (unit tests, `trunk serve`) the
/// call is direct, since a split point that was never split cannot load.
macro_rules! split_pages {
    ($($chunk:ident => $view:expr),* $(,)?) => {
        /// The pages that load on first visit.
        #[derive(Clone, Copy)]
        #[allow(non_camel_case_types)]
        pub enum Chunk { $($chunk),* }

        $(
            #[cfg(feature = "split")]
            #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $chunk() -> Result<Page, SplitLoaderError> {
                Ok($view)
            }
            #[cfg(not(feature = "split"))]
            async fn $chunk() -> Result<Page, SplitLoaderError> {
                Ok($view)
            }
        )*

        impl Chunk {
            const COUNT: usize = [$(Chunk::$chunk),*].len();

            async fn load(self) -> Result<Page, SplitLoaderError> {
                match self { $(Chunk::$chunk => $chunk().await),* }
            }
        }
    };
}

split_pages! {
    kelas => |_| view! { <KelasPage /> }.into_any(),
    bawahan => |_| view! { <BawahanPage /> }.into_any(),
    perencanaan => |_| view! { <PerencanaanPage /> }.into_any(),
    pelaksanaan => |_| view! { <PelaksanaanPage /> }.into_any(),
    penilaian => |_| view! { <PenilaianPage /> }.into_any(),
    tindak_lanjut => |_| view! { <TindakLanjutPage /> }.into_any(),
    pengembangan => |_| view! { <PengembanganPage /> }.into_any(),
    ringkasan => |_| view! { <RingkasanPage /> }.into_any(),
    cetak => |route| match route {
        Route::Cetak(dokumen) => view! { <CetakPage dokumen=dokumen /> }.into_any(),
        _ => ().into_any(),
    },
}

thread_local! {
    /// Chunks already loaded: a second visit draws at once, without a loading line.
    static LOADED: [Cell<Option<Page>>; Chunk::COUNT] = Default::default();
}

impl Chunk {
    fn loaded(self) -> Option<Page> {
        LOADED.with(|pages| pages[self as usize].get())
    }

    fn remember(self, page: Page) {
        LOADED.with(|pages| pages[self as usize].set(Some(page)));
    }
}

#[derive(Clone, Copy)]
enum Loading {
    Underway,
    Failed,
    Ready(Page),
}

/// The page of `route`, from its chunk: a short loading line while the chunk is fetched, or a
/// message with a retry when it could not be.
#[component]
pub fn ChunkPage(chunk: Chunk, route: Route) -> impl IntoView {
    let t = use_text();
    let state = RwSignal::new(chunk.loaded().map_or(Loading::Underway, Loading::Ready));
    let fetch = move || {
        state.set(Loading::Underway);
        spawn_local(async move {
            let loaded = match chunk.load().await {
                Ok(page) => {
                    chunk.remember(page);
                    Loading::Ready(page)
                }
                Err(_) => Loading::Failed,
            };
            // The person may have moved on to another page meanwhile.
            let _ = state.try_set(loaded);
        });
    };
    if chunk.loaded().is_none() {
        fetch();
    }
    move || match state.get() {
        Loading::Ready(page) => page(route),
        Loading::Underway => view! {
            <p class="chunk-loading" role="status">{move || t().chunk_loading}</p>
        }
        .into_any(),
        Loading::Failed => view! {
            <section class="chunk-failed" role="alert">
                <h1>{move || t().chunk_failed_title}</h1>
                <p>{move || t().chunk_failed_body}</p>
                <button type="button" class="primary" on:click=move |_| fetch()>
                    {move || t().chunk_retry}
                </button>
            </section>
        }
        .into_any(),
    }
}
