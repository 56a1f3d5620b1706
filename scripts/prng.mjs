// A small seeded PRNG shared by the sampling scripts (corpus.mjs, blind-sample.mjs): the same seed
// draws the same sample on every machine, so a recorded review can be drawn again.

/** mulberry32: a 32-bit state, uniform floats in [0, 1). */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
