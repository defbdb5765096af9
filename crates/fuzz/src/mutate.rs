//! Bad input: valid modules cut, flipped and spliced at the byte level.

use crate::generate::module_for_seed;
use crate::rng::Rng;
use brisk::Isa;
use std::ops::Range;

/// The mutated module iteration `seed` of the bytes target runs: a
/// generated module with one to four mutations, some taking sections from
/// a second generated module (both for `isa`).
pub fn mutant_for_seed(seed: u64, isa: Isa) -> Vec<u8> {
    let mut rng = Rng::new(seed ^ 0x5bd1_e995_0000_0001);
    if rng.chance(1, 50) {
        // Pure noise behind a valid header.
        let len = rng.index(256);
        return [HEADER.as_slice(), &rng.bytes(len)].concat();
    }
    let mut wasm = module_for_seed(seed, isa);
    let donor = module_for_seed(seed.wrapping_add(1 << 63), isa);
    for _ in 0..1 + rng.index(4) {
        mutate(&mut wasm, &donor, &mut rng);
    }
    wasm
}

const HEADER: [u8; 8] = *b"\0asm\x01\0\0\0";

/// Bytes that are often significant: LEB continuation bits, type codes,
/// section ids, `end`.
const INTERESTING: &[u8] = &[
    0x00, 0x01, 0x02, 0x0b, 0x0c, 0x40, 0x41, 0x60, 0x6f, 0x70, 0x7c, 0x7d, 0x7e, 0x7f, 0x80, 0xfc,
    0xfd, 0xff,
];

/// Applies one random mutation.
pub fn mutate(wasm: &mut Vec<u8>, donor: &[u8], rng: &mut Rng) {
    if wasm.is_empty() {
        wasm.extend_from_slice(&HEADER);
    }
    let sections = sections_of(wasm);
    let at = rng.index(wasm.len());
    match rng.below(10) {
        0 => wasm.truncate(at),
        1 | 2 => {
            for _ in 0..1 + rng.index(8) {
                let i = rng.index(wasm.len());
                wasm[i] ^= 1 << rng.below(8);
            }
        }
        3 => wasm[at] = rng.pick(INTERESTING),
        4 => {
            let end = (at + 1 + rng.index(8)).min(wasm.len());
            wasm.drain(at..end);
        }
        5 => {
            let len = 1 + rng.index(8);
            let bytes = rng.bytes(len);
            wasm.splice(at..at, bytes);
        }
        // Section-level: remove, duplicate, swap, or bring one in from the
        // donor, in place of a section or between two.
        _ if sections.is_empty() => wasm.truncate(at),
        6 => {
            let s = sections[rng.index(sections.len())].clone();
            wasm.drain(s);
        }
        7 => {
            let s = sections[rng.index(sections.len())].clone();
            let copy = wasm[s.clone()].to_vec();
            wasm.splice(s.end..s.end, copy);
        }
        8 => {
            let a = sections[rng.index(sections.len())].clone();
            let b = sections[rng.index(sections.len())].clone();
            if a.end <= b.start {
                let (first, second) = (wasm[a.clone()].to_vec(), wasm[b.clone()].to_vec());
                wasm.splice(b, first);
                wasm.splice(a, second);
            }
        }
        _ => {
            let theirs = sections_of(donor);
            if theirs.is_empty() {
                return;
            }
            let piece = donor[theirs[rng.index(theirs.len())].clone()].to_vec();
            let s = sections[rng.index(sections.len())].clone();
            if rng.chance(1, 2) {
                wasm.splice(s, piece);
            } else {
                wasm.splice(s.start..s.start, piece);
            }
        }
    }
}

/// The byte ranges of the well-formed sections at the start of `wasm`
/// (id, size and contents each), stopping at the first malformed header.
fn sections_of(wasm: &[u8]) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut pos = HEADER.len();
    while pos < wasm.len() {
        let Some((size, len)) = leb_u32(&wasm[pos + 1..]) else {
            break;
        };
        let end = pos + 1 + len + size as usize;
        if end > wasm.len() {
            break;
        }
        ranges.push(pos..end);
        pos = end;
    }
    ranges
}

/// An unsigned LEB128 u32 and its length in bytes.
fn leb_u32(bytes: &[u8]) -> Option<(u32, usize)> {
    let mut value: u64 = 0;
    for (i, b) in bytes.iter().take(5).enumerate() {
        value |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return u32::try_from(value).ok().map(|v| (v, i + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_sections_of_a_generated_module() {
        let wasm = module_for_seed(3, Isa::X86_64);
        let sections = sections_of(&wasm);
        assert!(!sections.is_empty());
        assert_eq!(sections.last().unwrap().end, wasm.len());
        assert_eq!(leb_u32(&[0xe5, 0x8e, 0x26]), Some((624485, 3)));
        assert_eq!(leb_u32(&[0x80, 0x80]), None);
    }

    #[test]
    fn mutants_are_deterministic_and_differ() {
        let isa = Isa::X86_64;
        let originals = (0..20).filter(|s| mutant_for_seed(*s, isa) != module_for_seed(*s, isa));
        assert!(originals.count() >= 15);
        assert_eq!(mutant_for_seed(11, isa), mutant_for_seed(11, isa));
    }
}
