import { Writable } from 'node:stream';
import { progress } from '../../apps/cli/src/progress.js';

/** A non-terminal stream that keeps what was written. */
function captured(): Writable & { text: string; isTTY?: boolean } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

describe('progress off a terminal', () => {
  it('writes plain lines at most once per period, with total, percentage, rate and ETA, and a final line', () => {
    const stream = captured();
    let clock = 0;
    const bar = progress({ label: 'import facts.ndjson', total: 1000, unit: 'lines', stream, everyMs: 1000, now: () => clock });
    for (const done of [100, 200, 300, 400, 500]) {
      clock += 500; // a line at 1 s and at 2 s, none in between
      bar.update(done, `${done} accepted`);
    }
    clock += 1500;
    bar.update(1000);
    bar.stop('990 accepted, 0 duplicates, 10 rejected');
    expect(stream.text).not.toContain('\r');
    expect(stream.text.split('\n').filter(Boolean)).toEqual([
      'import facts.ndjson: 200/1000 lines (20%), 200 lines/s, ETA 4 s — 200 accepted',
      'import facts.ndjson: 400/1000 lines (40%), 200 lines/s, ETA 3 s — 400 accepted',
      'import facts.ndjson: 1000/1000 lines (100%), 250 lines/s, ETA 0 s',
      'import facts.ndjson: 1000/1000 lines (100%), 250 lines/s, in 4.0 s — 990 accepted, 0 duplicates, 10 rejected',
    ]);
  });

  it('counts without a percentage or ETA when the total is unknown, and never reports more than done of a smaller total', () => {
    const stream = captured();
    let clock = 0;
    const unknown = progress({ label: 'rebuild', unit: 'events', stream, everyMs: 0, now: () => (clock += 1000) });
    unknown.update(50);
    expect(stream.text).toBe('rebuild: 50 events, 50 events/s, 1 s\n');
    const short = captured();
    const over = progress({ label: 'import', total: 10, unit: 'lines', stream: short, everyMs: 0, now: () => 1000 });
    over.update(12);
    over.stop();
    expect(short.text).toContain('12/12 lines (100%)');
  });
});
