//! The current page, read from `location.hash` and kept in step with it, and the page the
//! person came from before a print view (where its "Kembali" leads).

use crate::route::Route;
use leptos::prelude::*;

/// The last page that was not a print view, shared through context.
#[derive(Clone, Copy)]
pub struct Asal(pub ReadSignal<Option<Route>>);

/// A signal of the current page that follows the address bar (links, back and forward).
/// Provides [`Asal`].
pub fn use_route() -> ReadSignal<Route> {
    let current = move || Route::from_hash(&window().location().hash().unwrap_or_default());
    let (route, set_route) = signal(current());
    let (asal, set_asal) = signal(None::<Route>);
    provide_context(Asal(asal));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let sebelum = route.get_untracked();
        if !matches!(sebelum, Route::Cetak(_) | Route::TidakDikenal) && current() != sebelum {
            set_asal.set(Some(sebelum));
        }
        // Only a change of page re-draws the page: `#/kelas?k=…` to another class is the
        // same page, which follows its own query.
        let sesudah = current();
        if sesudah != sebelum {
            set_route.set(sesudah);
        }
    });
    on_cleanup(move || handle.remove());
    route
}
