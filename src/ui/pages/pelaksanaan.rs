//! The Pelaksanaan stage (still to be built: the page says what it will hold).

use super::StagePage;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn PelaksanaanPage() -> impl IntoView {
    view! { <StagePage stage=Route::Pelaksanaan /> }
}
