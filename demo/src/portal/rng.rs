//! A tiny fixed-seed PRNG (splitmix64) so the demo portal is the same on
//! every run and every machine without pulling in the `rand` crate: the
//! tests compare bodies byte for byte and the planted defects must sit at
//! the same paths each time.

pub(super) struct Rng(u64);

impl Rng {
    /// A generator seeded from a name, so each column draws its own stream
    /// and editing one column does not reshuffle all the others.
    pub fn named(name: &str) -> Self {
        // FNV-1a: stable across Rust versions, unlike `DefaultHasher`.
        let hash = name
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
        Rng(hash)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as i64
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Two different items of `items` (which has at least two).
    pub fn pick_two<'a, T>(&mut self, items: &'a [T]) -> (&'a T, &'a T) {
        let a = self.below(items.len());
        let b = (a + 1 + self.below(items.len() - 1)) % items.len();
        (&items[a], &items[b])
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// `digits` random decimal digits, as TRS puts in attachment names.
    pub fn digits(&mut self, digits: usize) -> String {
        (0..digits).map(|_| char::from(b'0' + self.below(10) as u8)).collect()
    }
}
