// The options of bench/peers.mjs, checked once: a bad flag is a one-line error (exit 2).
import { LeakgateError } from '../../lib/errors.js';

const FLOORS = ['low', 'medium', 'high'];
const TAKES_VALUE = new Set(['--mirrors', '--peer', '--confidence', '--families', '--missed']);

/** `{ mirrors, peers, floors, families, missed }` from argv; `known` are the peer names. */
export const parsePeersArgs = (argv, known) => {
  const options = { mirrors: '/work/.mirror', peers: [], floors: ['low', 'medium'], families: 10, missed: 'missed.jsonl' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    if (!TAKES_VALUE.has(flag)) throw new LeakgateError('usage', `unknown option ${argv[i]} (known: ${[...TAKES_VALUE].join(', ')})`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new LeakgateError('usage', `${flag} needs a value`);
    if (flag === '--mirrors') options.mirrors = value;
    if (flag === '--missed') options.missed = value;
    if (flag === '--peer') {
      for (const name of value.split(',')) {
        if (!known.includes(name)) throw new LeakgateError('usage', `--peer ${name}: not a peer (one of ${known.join(', ')})`);
        options.peers.push(name);
      }
    }
    if (flag === '--confidence') {
      if (!FLOORS.includes(value)) throw new LeakgateError('usage', `--confidence ${value}: use low, medium or high`);
      options.floors = [value];
    }
    if (flag === '--families') {
      if (value !== 'all' && !/^\d+$/.test(value)) throw new LeakgateError('usage', `--families ${value}: a number of rows, or all`);
      options.families = value === 'all' ? 0 : Number(value);
    }
  }
  if (options.peers.length === 0) options.peers = [...known];
  return options;
};
