# Sourced by the other scripts: where tools and build output live.
# Compiled dependencies are kept outside the clone so fresh clones on the same machine reuse them.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/skp-mandiri/target}"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must equal the library version in Cargo.lock.
BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
# The splitter that cuts the release into per-page chunks (scripts/build-wasm). 0.2.3 is the
# first to know the imports of wasm-bindgen 0.2.128 and later.
SPLIT_VERSION=0.2.3
