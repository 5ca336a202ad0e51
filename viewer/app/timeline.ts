// The date slider: the network as the articles up to a day describe it, over the dates of the
// articles behind the graph on screen; play steps through them.
import { byId } from './dom.js';

export class Timeline {
  private readonly slider = byId<HTMLInputElement>('time-slider');
  private readonly label = byId('time-label');
  private readonly play = byId<HTMLButtonElement>('time-play');
  private readonly bar = byId('timeline');
  private dates: string[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly change: (date: string | null, final: boolean) => void) {
    this.slider.addEventListener('input', () => this.change(this.value(), false));
    this.slider.addEventListener('change', () => this.change(this.value(), true));
    this.play.addEventListener('click', () => (this.timer ? this.pause() : this.start()));
  }

  /** The slider over these dates, at `time` (null: the end, everything shown). */
  setDates(dates: string[], time: string | null): void {
    this.pause();
    this.dates = dates;
    this.bar.classList.toggle('disabled', dates.length < 2);
    this.slider.disabled = this.play.disabled = dates.length < 2;
    this.slider.min = '0';
    this.slider.max = String(dates.length);
    this.show(time);
  }

  show(time: string | null): void {
    let i = this.dates.length;
    if (time !== null) {
      i = this.dates.findIndex((d) => d > time);
      if (i < 0) i = this.dates.length;
      else i = Math.max(0, i - 1);
    }
    this.slider.value = String(i);
    this.label.textContent = this.dates.length < 2 ? 'no article dates' : time === null ? `all (to ${this.dates[this.dates.length - 1]})` : `up to ${time}`;
  }

  private value(): string | null {
    const i = Number(this.slider.value);
    const v = i >= this.dates.length ? null : this.dates[i]!;
    this.label.textContent = v === null ? `all (to ${this.dates[this.dates.length - 1] ?? ''})` : `up to ${v}`;
    return v;
  }

  private start(): void {
    if (this.dates.length < 2) return;
    if (Number(this.slider.value) >= this.dates.length) this.slider.value = '0';
    // About 15 seconds from the first date to the last, whatever the number of dates.
    const step = Math.max(1, Math.ceil(this.dates.length / 60));
    this.play.textContent = '❚❚';
    this.play.title = 'Pause';
    this.change(this.value(), false);
    this.timer = setInterval(() => {
      const next = Math.min(this.dates.length, Number(this.slider.value) + step);
      this.slider.value = String(next);
      const v = this.value();
      this.change(v, next >= this.dates.length);
      if (next >= this.dates.length) this.pause();
    }, 250);
  }

  pause(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = '▶';
    this.play.title = 'Play';
  }
}
