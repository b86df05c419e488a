//! Reading a file the person chose or dropped: size first, then bytes, then the domain's
//! strict import. Nothing changes until the person confirms the preview.

use crate::domain::file::{ditulis_pada, teks_dari_bytes, JenisBerkas};
use crate::domain::lembar::{import_lembar, LembarUmpanBalik};
use crate::domain::{check_size, import, FileError, Imported, Skp};
use leptos::prelude::*;

/// A file that was read and checked, waiting for the person's choice.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    /// `written_at`: when the file was written, to tell it apart from the stored version.
    Skp {
        file: String,
        skp: Box<Skp>,
        written_at: Option<String>,
    },
    Backup {
        file: String,
        skps: Vec<Skp>,
    },
    /// A leader's feedback slip for one of the person's SKPs.
    Lembar {
        file: String,
        lembar: Box<LembarUmpanBalik>,
    },
}

/// A file that could not be imported, with why.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub file: String,
    pub error: FileError,
}

/// Reads `file` and sets either `pending` or `refused`.
pub fn read_file(
    file: web_sys::File,
    pending: RwSignal<Option<Pending>>,
    refused: RwSignal<Option<Refused>>,
) {
    let name = file.name();
    pending.set(None);
    refused.set(None);
    if let Err(error) = check_size(file.size() as usize) {
        refused.set(Some(Refused { file: name, error }));
        return;
    }
    leptos::task::spawn_local(async move {
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        match read_bytes(&bytes, name.clone()) {
            Ok(read) => pending.set(Some(read)),
            Err(error) => refused.set(Some(Refused { file: name, error })),
        }
    });
}

/// What the file `file` holds, waiting for the person's choice.
fn read_bytes(bytes: &[u8], file: String) -> Result<Pending, FileError> {
    check_size(bytes.len())?;
    // UTF-8 with or without a BOM, or UTF-16 with one (as Windows Notepad may save it).
    let text = teks_dari_bytes(bytes)?;
    match import(&text) {
        Ok(Imported::Skp(skp)) => Ok(Pending::Skp {
            file,
            skp: Box::new(skp),
            written_at: ditulis_pada(&text),
        }),
        Ok(Imported::Backup(skps)) => Ok(Pending::Backup { file, skps }),
        // The same "Impor berkas" takes a leader's slip: people are handed one file to open.
        Err(FileError::WrongKind {
            found: JenisBerkas::LembarUmpanBalik,
            ..
        }) => Ok(Pending::Lembar {
            file,
            lembar: Box::new(import_lembar(&text)?),
        }),
        Err(error) => Err(error),
    }
}

/// The files a file input holds after the person chose; the input is emptied, so that choosing
/// the same file again reads it again.
pub fn chosen_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
    else {
        return Vec::new();
    };
    let files = file_list(input.files());
    input.set_value("");
    files
}

fn file_list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Where files are chosen or dropped: a button, and the area around it takes a drop.
#[component]
pub fn DropZone(
    #[prop(into)] choose: Signal<&'static str>,
    #[prop(into)] drop: Signal<&'static str>,
    /// Many files at once (a class), or one (an SKP).
    #[prop(optional)]
    multiple: bool,
    on_files: impl Fn(Vec<web_sys::File>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        on_files(file_list(ev.data_transfer().and_then(|d| d.files())));
    };
    view! {
        <div
            class="drop-zone"
            class:dragging=move || dragging.get()
            on:dragover=move |ev| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label class="button">
                {move || choose.get()}
                <input type="file" multiple=multiple accept=".json,application/json" class="visually-hidden"
                    on:change=move |ev| on_files(chosen_files(&ev)) />
            </label>
            " " {move || drop.get()}
        </div>
    }
}
