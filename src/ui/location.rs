//! The current page, read from `location.hash` and kept in step with it.

use crate::route::Route;
use leptos::prelude::*;

/// A signal of the current page that follows the address bar (links, back and forward).
pub fn use_route() -> ReadSignal<Route> {
    let current = move || Route::from_hash(&window().location().hash().unwrap_or_default());
    let (route, set_route) = signal(current());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| set_route.set(current()));
    on_cleanup(move || handle.remove());
    route
}
