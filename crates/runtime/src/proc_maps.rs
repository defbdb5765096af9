//! Test support: the protection of address ranges, read from
//! `/proc/self/maps`.

/// The protection (`rwx`, with `-` for what is missing) of `[start, end)`
/// if mappings of one protection cover all of it, else `None` (part of it
/// unmapped, or mixed protections).
pub(crate) fn protection(start: usize, end: usize) -> Option<String> {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("reading /proc/self/maps");
    let mut covered = start;
    let mut found: Option<&str> = None;
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let (range, perms) = (fields.next()?, fields.next()?);
        let (lo, hi) = range.split_once('-')?;
        let lo = usize::from_str_radix(lo, 16).ok()?;
        let hi = usize::from_str_radix(hi, 16).ok()?;
        if hi <= covered || lo >= end {
            continue;
        }
        let prot = &perms[..3];
        if lo > covered || found.is_some_and(|p| p != prot) {
            return None;
        }
        found = Some(prot);
        covered = hi;
        if covered >= end {
            return found.map(str::to_string);
        }
    }
    None
}
