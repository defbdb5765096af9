//! Any bytes give an error or a module, never a panic; a valid module runs
//! the same in brisk and wasmi.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| brisk_fuzz::check_bytes(data));
