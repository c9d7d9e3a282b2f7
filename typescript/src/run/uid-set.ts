/**
 * The set of uids seen, for the duplicate-uid check. A run has a uid per document,
 * almost always a UUID: a `Set<string>` would keep every uid string alive, and in the
 * browser keeping hundreds of thousands of freshly parsed strings costs more than the
 * rest of the event checks together (the garbage collector copies each one as it
 * survives). So a uid in the canonical UUID form (36 characters, lowercase hex digits,
 * dashes at 8, 13, 18, 23) is stored as its 128 bits in an open-addressing table of
 * 32-bit words (a slot of four zero words is empty, so the all-zero UUID is kept
 * apart, as a flag); any other key goes to an ordinary `Set`. The canonical form maps
 * one-to-one onto 128-bit values and no other key has that form, so the two stores
 * never disagree about what is a duplicate.
 *
 * @module
 */

const UUID_LENGTH = 36;
const WORDS_PER_UID = 4;
const FIRST_CAPACITY = 1 << 10;

/** The value of each lowercase hex digit, by character code; -1 for any other character. */
const HEX_VALUE = ((): Int8Array => {
  const values = new Int8Array(128).fill(-1);
  for (let digit = 0; digit < 10; digit += 1) values[48 + digit] = digit;
  for (let letter = 0; letter < 6; letter += 1) values[97 + letter] = 10 + letter;
  return values;
})();

/** Keys, remembered once each: `add` says whether a key is new. */
export class UidSet {
  private capacity = FIRST_CAPACITY;
  private words = new Uint32Array(FIRST_CAPACITY * WORDS_PER_UID);
  private holdsNil = false;
  private uuids = 0;
  private readonly others = new Set<string>();
  private readonly scratch = new Uint32Array(WORDS_PER_UID);
  /** Mixed into every slot, so that no fixed list of uids makes the table slow. */
  private readonly seed = (Math.random() * 0x1_0000_0000) >>> 0;

  /** How many keys the set holds. */
  get size(): number {
    return this.uuids + this.others.size;
  }

  /** Remember `key`; true when it was not there before. */
  add(key: string): boolean {
    if (!this.readUuid(key)) {
      const before = this.others.size;
      this.others.add(key);
      return this.others.size !== before;
    }
    if (2 * (this.uuids + 1) > this.capacity) this.grow();
    const scratch = this.scratch;
    const a = scratch[0] as number;
    const b = scratch[1] as number;
    const c = scratch[2] as number;
    const d = scratch[3] as number;
    if ((a | b | c | d) === 0) {
      if (this.holdsNil) return false;
      this.holdsNil = true;
      this.uuids += 1;
      return true;
    }
    return this.insert(a, b, c, d);
  }

  /** Put the 128 bits of `key` in `scratch` if it is a canonical UUID; false if it is not one. */
  private readUuid(key: string): boolean {
    if (key.length !== UUID_LENGTH) return false;
    const scratch = this.scratch;
    let word = 0;
    let digits = 0;
    let filled = 0;
    for (let at = 0; at < UUID_LENGTH; at += 1) {
      const code = key.charCodeAt(at);
      if (at === 8 || at === 13 || at === 18 || at === 23) {
        if (code !== 45) return false;
        continue;
      }
      const value = code < 128 ? (HEX_VALUE[code] as number) : -1;
      if (value < 0) return false;
      word = (word << 4) | value;
      digits += 1;
      if (digits === 8) {
        scratch[filled] = word;
        filled += 1;
        word = 0;
        digits = 0;
      }
    }
    return true;
  }

  private slotOf(a: number, b: number, c: number, d: number): number {
    let hash = Math.imul(a ^ this.seed, 0x9e3779b1) ^ b;
    hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b) ^ c;
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) ^ d;
    hash = Math.imul(hash ^ (hash >>> 16), 0x27d4eb2f);
    return (hash ^ (hash >>> 15)) & (this.capacity - 1);
  }

  /** Put a 128-bit uid in the table (linear probing); false when it is already there. */
  private insert(a: number, b: number, c: number, d: number): boolean {
    const words = this.words;
    const mask = this.capacity - 1;
    for (let slot = this.slotOf(a, b, c, d); ; slot = (slot + 1) & mask) {
      const at = slot * WORDS_PER_UID;
      const first = words[at] as number;
      if (first === 0 && words[at + 1] === 0 && words[at + 2] === 0 && words[at + 3] === 0) {
        words[at] = a;
        words[at + 1] = b;
        words[at + 2] = c;
        words[at + 3] = d;
        this.uuids += 1;
        return true;
      }
      if (first === a && words[at + 1] === b && words[at + 2] === c && words[at + 3] === d) return false;
    }
  }

  /** Double the table and put every uid back. */
  private grow(): void {
    const oldWords = this.words;
    const kept = this.uuids;
    this.capacity *= 2;
    this.words = new Uint32Array(this.capacity * WORDS_PER_UID);
    for (let at = 0; at < oldWords.length; at += WORDS_PER_UID) {
      const a = oldWords[at] as number;
      const b = oldWords[at + 1] as number;
      const c = oldWords[at + 2] as number;
      const d = oldWords[at + 3] as number;
      if ((a | b | c | d) !== 0) this.insert(a, b, c, d);
    }
    this.uuids = kept;
  }
}
