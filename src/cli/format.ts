// Human-readable rendering of coded events for the terminal.
import type { ActorRef, CodedEvent } from '../core/types.ts';

// (an actor the text implies has no words of its own: "la huelga en Argentina" is by Argentina's civilians)
const actor = (a: ActorRef | null) => (a ? `${a.code}${a.sector ? ` ${a.sector}` : ''} (${a.text || 'implied'})` : '—');

export function eventTable(events: readonly CodedEvent[]): string {
  const order = { asserted: 0, claimed: 1, hypothetical: 2, negated: 3 } as const;
  const rows = [...events].sort((a, b) => order[a.status] - order[b.status] || a.sentence.index - b.sentence.index);
  if (!rows.length) return 'No events found.';
  const cells = rows.map((e) => [
    e.status,
    actor(e.source),
    e.type + (e.mode ? `/${e.mode}` : ''),
    actor(e.target),
    e.date + (e.date_precision === 'publication' ? '*' : ''),
    e.location ? `${e.location.name} (${e.location.code})` : '',
    `“${e.trigger.text}” s${e.sentence.index + 1}`,
  ]);
  const head = ['status', 'source', 'type', 'target', 'date', 'place', 'trigger'];
  const width = head.map((h, i) => Math.min(36, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
  const line = (c: string[]) => c.map((x, i) => (x.length > width[i]! ? x.slice(0, width[i]! - 1) + '…' : x.padEnd(width[i]!))).join('  ').trimEnd();
  return [line(head), line(width.map((w) => '─'.repeat(w))), ...cells.map(line), '', '* publication date (no date in the sentence)'].join('\n');
}
