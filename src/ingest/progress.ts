// Progress on long work: a bar with rate and ETA on a terminal, a plain line every few seconds otherwise (logs, CI).
import cliProgress from 'cli-progress';

export interface ProgressOptions {
  /** what the total counts: bytes of input (ingest) or articles (recode) */
  readonly unit: 'bytes' | 'articles';
  readonly total: number;
  readonly label: string;
  readonly stream?: NodeJS.WriteStream;
  /** seconds between plain lines when the stream is not a terminal */
  readonly every?: number;
  /** force the plain form even on a terminal */
  readonly plain?: boolean;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function duration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60), h = Math.floor(m / 60);
  return h ? `${h}h${String(m % 60).padStart(2, '0')}m` : `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}

export class Progress {
  private readonly opts: ProgressOptions;
  private readonly bar: cliProgress.SingleBar | null;
  private readonly started = Date.now();
  private lastLine = Date.now();
  private done = 0;
  private articles = 0;
  private readonly stream: NodeJS.WriteStream;

  constructor(opts: ProgressOptions) {
    this.opts = opts;
    this.stream = opts.stream ?? process.stderr;
    if (this.stream.isTTY && !opts.plain) {
      this.bar = new cliProgress.SingleBar({
        stream: this.stream,
        format: `${opts.label} {bar} {percentage}% | {articles} articles | {rate} articles/s | ETA {eta_formatted}`,
        hideCursor: true, clearOnComplete: false, etaBuffer: 50, fps: 5,
      }, cliProgress.Presets.shades_classic);
      this.bar.start(Math.max(1, opts.total), 0, { articles: 0, rate: '0.0' });
    } else this.bar = null;
  }

  /** `work` units of the total are done (bytes read or articles handled); `articles` more articles were handled. */
  tick(work: number, articles: number): void {
    this.done += work;
    this.articles += articles;
    const rate = this.rate();
    if (this.bar) { this.bar.update(Math.min(this.done, this.opts.total), { articles: this.articles, rate: rate.toFixed(1) }); return; }
    const now = Date.now();
    if (now - this.lastLine >= (this.opts.every ?? 5) * 1000) {
      this.lastLine = now;
      this.stream.write(this.line() + '\n');
    }
  }

  rate(): number { return this.articles / Math.max(0.001, (Date.now() - this.started) / 1000); }

  line(): string {
    const elapsed = (Date.now() - this.started) / 1000;
    const frac = this.opts.total ? Math.min(1, this.done / this.opts.total) : 1;
    const eta = frac > 0 ? elapsed / frac - elapsed : NaN;
    const of = this.opts.unit === 'bytes' ? `${mb(this.done)} of ${mb(this.opts.total)}` : `${this.done} of ${this.opts.total}`;
    return `${this.opts.label}: ${this.articles} articles, ${this.rate().toFixed(1)} articles/s, ${(frac * 100).toFixed(0)}% (${of}), ETA ${duration(eta)}`;
  }

  stop(): void {
    if (this.bar) { this.bar.update(this.opts.total, { articles: this.articles, rate: this.rate().toFixed(1) }); this.bar.stop(); }
  }
}
