/**
 * Numbers the distinct words of an archive as its texts are scanned: 0, 1,
 * 2... in order of first appearance. A word met before is found by its hash
 * and its characters, compared where they stand in the text, so only a new
 * word is ever cut out as a string: cutting out and hashing a string for each
 * of the millions of words in an archive was the slow part of reading it.
 */

export class WordNumbers {
  /** The words, by number. */
  readonly words: string[] = [];
  /**
   * Open addressing with linear probing, two entries a slot: the word's hash
   * and its number + 1 (0 in a free slot), side by side so that a probe reads
   * one place in memory.
   */
  private slots: Int32Array = new Int32Array(2 * 2048);
  private slotBits = 11;

  /** The number of the word `text.slice(start, end)`, whose `extendHash` hash is `hash`; a new word is numbered now. */
  numberOf(text: string, start: number, end: number, hash: number): number {
    const mask = (1 << this.slotBits) - 1;
    for (let slot = this.firstSlot(hash); ; slot = (slot + 1) & mask) {
      const entry = this.slots[2 * slot + 1] ?? 0;
      if (entry === 0) return this.add(text.slice(start, end), hash, slot);
      if (this.slots[2 * slot] === hash) {
        const word = this.words[entry - 1] ?? "";
        if (word.length === end - start && text.startsWith(word, start)) return entry - 1;
      }
    }
  }

  /** Fibonacci hashing: the top bits of the product spread FNV's weaker low bits over the table. */
  private firstSlot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> (32 - this.slotBits);
  }

  private add(word: string, hash: number, slot: number): number {
    this.words.push(word);
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = this.words.length;
    // At most half full, so that probes stay short.
    if (this.words.length * 2 > 1 << this.slotBits) this.rehash();
    return this.words.length - 1;
  }

  private rehash(): void {
    const old = this.slots;
    this.slotBits++;
    this.slots = new Int32Array(2 << this.slotBits);
    const mask = (1 << this.slotBits) - 1;
    for (let entry = 1; entry < old.length; entry += 2) {
      if (old[entry] === 0) continue;
      let slot = this.firstSlot(old[entry - 1] ?? 0);
      while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      this.slots[2 * slot] = old[entry - 1] ?? 0;
      this.slots[2 * slot + 1] = old[entry] ?? 0;
    }
  }
}
