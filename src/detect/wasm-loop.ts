// The keyword automaton's inner loops as a WebAssembly module, assembled here byte by byte (no
// toolchain at build or run time; it is ~400 bytes). Binary format:
// https://webassembly.github.io/spec/core/binary/index.html (modules, sections, instructions).

/** Unsigned and signed LEB128, as the format writes integers. */
const leb = (value: number): number[] => {
  const out: number[] = [];
  let rest = value >>> 0;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    out.push(rest === 0 ? byte : byte | 0x80);
  } while (rest !== 0);
  return out;
};
const sleb = (value: number): number[] => {
  const out: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    if ((rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
};
const vector = (items: readonly number[][]): number[] => [...leb(items.length), ...items.flat()];
const section = (id: number, content: readonly number[]): number[] => [id, ...leb(content.length), ...content];
const name = (text: string): number[] => [...leb(text.length), ...[...text].map((ch) => ch.charCodeAt(0))];

const I32 = 0x7f;
const get = (local: number): number[] => [0x20, local];
const set = (local: number): number[] => [0x21, local];
const tee = (local: number): number[] => [0x22, local];
const constant = (value: number): number[] => [0x41, ...sleb(value)];
const load8u = (offset: number): number[] => [0x2d, 0, ...leb(offset)];
const load8s = (offset: number): number[] => [0x2c, 0, ...leb(offset)];
const load = (offset: number): number[] => [0x28, 2, ...leb(offset)];
const store = (offset: number): number[] => [0x36, 2, ...leb(offset)];
const [ADD, SUB, SHL, SHR_S, AND, OR, XOR, EQ, GE_U, GE_S] = [0x6a, 0x6b, 0x74, 0x75, 0x71, 0x72, 0x73, 0x46, 0x4f, 0x4e];
const [BLOCK, LOOP, IF, ELSE, END, BR, BR_IF, VOID] = [0x02, 0x03, 0x04, 0x05, 0x0b, 0x0c, 0x0d, 0x40];

/** Where the loops save their state: at, row, hits, lines, shift per chain (SAVED bytes each). */
export const STATE = 512;
export const SAVED = 20;
/** Parameters per chain: at, end, row, hits, lines, shift (see chainLocals). */
const CHAIN_PARAMS = 6;

interface Chain {
  readonly at: number;
  readonly end: number;
  readonly row: number;
  readonly hits: number;
  readonly lines: number;
  readonly shift: number;
  readonly byte: number;
  readonly next: number;
}

/** Chain k's parameters, then (after every chain's) its two scratch locals. */
const chainLocals = (k: number, chains: number): Chain => {
  const first = k * CHAIN_PARAMS;
  const scratch = chains * CHAIN_PARAMS + 2 * k;
  return { at: first, end: first + 1, row: first + 2, hits: first + 3, lines: first + 4, shift: first + 5, byte: scratch, next: scratch + 1 };
};

/**
 * One step of one chain: the byte at `at`, its class, the next table entry. A negative entry
 * (~row) is a stop: a newline appends the next line's start (string index) to the chain's lines, a
 * keyword's end appends its string index and row to its hits. String index: the byte offset less
 * the shift (UTF-16 units fewer than bytes so far).
 */
const stepChain = (c: Chain, table: number, input: number): number[] => {
  const index = [...get(c.at), ...get(c.shift), SUB];
  return [
    ...get(c.at), ...load8u(input), ...set(c.byte),
    ...get(c.byte), ...load8s(256), ...get(c.shift), ADD, ...set(c.shift),
    ...get(c.row), ...get(c.byte), ...load8u(0), ...constant(2), SHL, ADD, ...load(table), ...tee(c.next),
    ...constant(0), GE_S,
    IF, VOID,
    ...get(c.next), ...set(c.row),
    ELSE,
    ...get(c.next), ...constant(-1), XOR, ...set(c.row),
    ...get(c.byte), ...constant(10), EQ,
    IF, VOID,
    ...get(c.lines), ...index, ...constant(1), ADD, ...store(0),
    ...get(c.lines), ...constant(4), ADD, ...set(c.lines),
    ELSE,
    ...get(c.hits), ...index, ...store(0),
    ...get(c.hits), ...get(c.row), ...store(4),
    ...get(c.hits), ...constant(8), ADD, ...set(c.hits),
    END,
    END,
    ...get(c.at), ...constant(1), ADD, ...set(c.at),
  ];
};

/**
 * The loop over `chains` independent chains, stepped together until one reaches its end: the
 * table lookup of one byte waits on the one before it, so two chains over two parts of a text
 * keep the processor busy while each waits. Lists are sized by the caller for the worst case
 * (a stop at every byte), so the loop never stops early.
 */
const loopBody = (chains: number, table: number, input: number): number[] => {
  const all = Array.from({ length: chains }, (_, k) => chainLocals(k, chains));
  return [
    BLOCK, VOID,
    LOOP, VOID,
    ...all.flatMap((c) => [...get(c.at), ...get(c.end), GE_U, BR_IF, 1]),
    ...all.flatMap((c) => stepChain(c, table, input)),
    BR, 0,
    END,
    END,
    ...all.flatMap((c, k) => [c.at, c.row, c.hits, c.lines, c.shift].flatMap((local, i) => [...constant(STATE + SAVED * k + 4 * i), ...get(local), ...store(0)])),
    END,
  ];
};

/**
 * prepare(from, to): turns the table's entries in [from, to) (byte addresses) from row offsets
 * into byte offsets (× 4), keeping the sign that marks a stop: r stays positive, ~r becomes
 * ~(4r) = (~r << 2) | 3. In WebAssembly because a cold JavaScript loop over the ~280,000
 * entries cost a small scan several milliseconds.
 */
const prepareBody = (): number[] => {
  const [from, to, value] = [0, 1, 2];
  return [
    ...vector([[1, I32]]),
    BLOCK, VOID,
    LOOP, VOID,
    ...get(from), ...get(to), GE_U, BR_IF, 1,
    ...get(from),
    ...get(from), ...load(0), ...tee(value), ...constant(2), SHL,
    ...get(value), ...constant(31), SHR_S, ...constant(3), AND, OR,
    ...store(0),
    ...get(from), ...constant(4), ADD, ...set(from),
    BR, 0,
    END,
    END,
    END,
  ];
};

/**
 * The module: imports memory "m"."memory"; exports "prepare" (above), "one"(at, end, row, hits, lines, shift) and
 * "two"(the same for each of two chains). Each saves its chains' state at STATE.
 */
export const keywordLoops = (table: number, input: number): Uint8Array<ArrayBuffer> => {
  const code = (chains: number): number[] => {
    const content = [...vector([[2 * chains, I32]]), ...loopBody(chains, table, input)];
    return [...leb(content.length), ...content];
  };
  const type = (params: number): number[] => [0x60, ...vector(new Array<number[]>(params).fill([I32])), ...vector([])];
  const prepare = prepareBody();
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector([type(CHAIN_PARAMS), type(2 * CHAIN_PARAMS), type(2)])),
    ...section(2, vector([[...name('m'), ...name('memory'), 0x02, 0x00, 0x01]])),
    ...section(3, vector([[0], [1], [2]])),
    ...section(7, vector([[...name('one'), 0x00, 0], [...name('two'), 0x00, 1], [...name('prepare'), 0x00, 2]])),
    ...section(10, vector([code(1), code(2), [...leb(prepare.length), ...prepare]])),
  ]);
};
