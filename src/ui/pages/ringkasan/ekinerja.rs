//! The bridge to e-Kinerja BKN: the SKP's RHK / IKI / target table in e-Kinerja's column
//! order, and the realisasi as the daily progress log the community importer reads; each as a
//! CSV file or as tab-separated text on the clipboard, to paste into a form or a sheet
//! (layouts in docs/csv.md).

use crate::domain::ekinerja::{progres_harian, tabel_skp, Bentuk};
use crate::domain::Skp;
use crate::store::file_name;
use crate::ui::download::download;
use crate::ui::language::Language;
use crate::ui::workspace::Workspace;
use leptos::prelude::*;

/// Which of the two tables.
#[derive(Clone, Copy, PartialEq)]
enum Tabel {
    Skp,
    Progres,
}

impl Tabel {
    fn teks(self, skp: &Skp, bentuk: Bentuk) -> String {
        match self {
            Tabel::Skp => tabel_skp(skp, bentuk),
            Tabel::Progres => progres_harian(skp, bentuk),
        }
    }

    fn akhiran(self) -> &'static str {
        match self {
            Tabel::Skp => "ekinerja-skp",
            Tabel::Progres => "ekinerja-progres",
        }
    }
}

/// Puts `text` on the clipboard; the answer comes later (the browser may ask or refuse).
fn salin(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator()).and_then(|n| {
        js_sys::Reflect::get(&n, &"clipboard".into())
            .ok()
            .filter(|c| !c.is_undefined())
    }) else {
        done(false);
        return;
    };
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
    let Some(promise) = write
        .and_then(|f| f.call1(&clipboard, &text.into()).ok())
        .and_then(|p| wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(p).ok())
    else {
        done(false);
        return;
    };
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

#[component]
pub fn EKinerja() -> impl IntoView {
    let ws = Workspace::get();
    let lang = Language::current();
    // What the last copy did: which table, and whether the browser took it.
    let disalin = RwSignal::new(None::<(bool, bool)>);
    let unduh = move |tabel: Tabel| {
        let Some((nama, teks)) = ws.with_open(|skp| {
            let base = file_name(skp);
            (
                format!("{}-{}.csv", base.trim_end_matches(".json"), tabel.akhiran()),
                tabel.teks(skp, Bentuk::Csv),
            )
        }) else {
            return;
        };
        download(&nama, "text/csv;charset=utf-8", &teks);
    };
    let copy = move |tabel: Tabel| {
        if let Some(teks) = ws.with_open(|skp| tabel.teks(skp, Bentuk::Tsv)) {
            salin(teks, move |ok| disalin.set(Some((tabel == Tabel::Skp, ok))));
        }
    };
    let baris = move |tabel: Tabel| {
        let judul = move || match tabel {
            Tabel::Skp => lang
                .get()
                .pick("Tabel RHK, IKI dan target", "The RHK, IKI and target table"),
            Tabel::Progres => lang.get().pick(
                "Realisasi sebagai progres harian",
                "The realisasi as a daily progress log",
            ),
        };
        view! {
            <div class="ekinerja-row">
                <p><strong>{judul}</strong></p>
                <div class="actions">
                    <button type="button" on:click=move |_| unduh(tabel)>{move || lang.get().pick("Unduh CSV", "Download CSV")}</button>
                    <button type="button" on:click=move |_| copy(tabel)>{move || lang.get().pick("Salin untuk ditempel", "Copy to paste")}</button>
                </div>
            </div>
        }
    };
    view! {
        <section aria-labelledby="ekinerja" class="ekinerja">
            <h2 id="ekinerja">{move || lang.get().pick("Ke e-Kinerja BKN", "To e-Kinerja BKN")}</h2>
            <p class="hint">{move || lang.get().pick(
                "Untuk memindahkan isi SKP ke e-Kinerja tanpa mengetik ulang: unduh sebagai CSV, atau salin lalu tempel ke formulir atau lembar kerja. Kolom Rencana Aksi dan jam kosong bila SKP tidak mencatatnya; lengkapi sebelum mengunggah. Urutan kolom adalah asumsi (lihat daftar asumsi).",
                "To move the SKP into e-Kinerja without typing it again: download as CSV, or copy and paste into a form or a spreadsheet. The Rencana Aksi and time columns stay empty when the SKP does not record them; fill them in before uploading. The column order is an assumption (see the list of assumptions).",
            )}</p>
            {baris(Tabel::Skp)}
            {baris(Tabel::Progres)}
            {move || disalin.get().map(|(skp, ok)| {
                let lang = lang.get();
                let apa = if skp { lang.pick("Tabel SKP", "The SKP table") } else { lang.pick("Progres harian", "The daily progress log") };
                let teks = if ok {
                    format!("{apa} {}", lang.pick("disalin. Tempel di e-Kinerja atau lembar kerja.", "copied. Paste it into e-Kinerja or a spreadsheet."))
                } else {
                    lang.pick("Peramban tidak mengizinkan menyalin di sini. Gunakan Unduh CSV.", "The browser does not allow copying here. Use Download CSV.").to_owned()
                };
                view! { <p role="status">{teks}</p> }
            })}
        </section>
    }
}
