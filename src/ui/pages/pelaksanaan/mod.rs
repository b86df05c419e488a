//! Pelaksanaan, pemantauan dan pembinaan.
use super::StagePage;
use crate::route::Route;
use leptos::prelude::*;
#[component]
pub fn PelaksanaanPage() -> impl IntoView {
    view! { <StagePage stage=Route::Pelaksanaan /> }
}
