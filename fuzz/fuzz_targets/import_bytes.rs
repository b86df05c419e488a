//! Any bytes, as if a person picked any file: decoding (UTF-8, UTF-16, binary, other
//! encodings), then parse, migration, validation; what is accepted must read back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skp_mandiri::domain::file::import_bytes;

fuzz_target!(|data: &[u8]| {
    skp_mandiri_fuzz::check(import_bytes(data));
});
