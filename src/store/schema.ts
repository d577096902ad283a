// The archive's SQLite schema as numbered migrations; each runs once, inside a transaction, recorded in `migrations`.
import type Database from 'better-sqlite3';

export interface Migration { readonly version: number; readonly name: string; readonly sql: string }

/** Monday of the event's week, as YYYY-MM-DD (ISO weeks start on Monday). */
const WEEK = `date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 6) % 7) || ' days')`;

const relationView = (name: string, period: string) => `
CREATE VIEW ${name} AS
SELECT source_code, target_code, status, ${period} AS period, type,
       count(*) AS count,
       round(sum(CASE WHEN goldstein > 0 THEN goldstein ELSE 0 END), 3) AS cooperation,
       round(sum(CASE WHEN goldstein < 0 THEN goldstein ELSE 0 END), 3) AS conflict,
       round(sum(goldstein), 3) AS score,
       json_group_array(id) AS event_ids
FROM events
WHERE target_code IS NOT NULL
GROUP BY source_code, target_code, status, period, type;`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, events, actors, quotes, full-text search',
    sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT,
  title TEXT,
  author TEXT,
  date TEXT NOT NULL,
  date_source TEXT NOT NULL DEFAULT 'article',
  lang TEXT,
  text TEXT NOT NULL,
  source_path TEXT,
  ingested_at TEXT NOT NULL,
  lexicon_version TEXT,
  sentences INTEGER
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_lang_date ON articles(lang, date);
CREATE INDEX articles_lexicon ON articles(lexicon_version);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  mode TEXT,
  context TEXT NOT NULL DEFAULT '[]',
  cameo TEXT NOT NULL,
  goldstein REAL NOT NULL,
  status TEXT NOT NULL,
  source_code TEXT NOT NULL,
  source_sector TEXT,
  source_actor_id TEXT,
  source_text TEXT NOT NULL,
  source_start INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  target_code TEXT,
  target_sector TEXT,
  target_actor_id TEXT,
  target_text TEXT,
  target_start INTEGER,
  target_end INTEGER,
  date TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  location_name TEXT,
  location_code TEXT,
  quote_text TEXT,
  quote_speaker TEXT,
  sentence_index INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  rule_id TEXT NOT NULL,
  rule_file TEXT NOT NULL,
  rule_line INTEGER NOT NULL,
  mentions INTEGER NOT NULL DEFAULT 1,
  lexicon_version TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
-- newest-first lists walk this one backwards (date, then id)
CREATE INDEX events_date ON events(date);
-- one pair over time (dyad series), and the whole network grouped by pair without sorting: covering
CREATE INDEX events_dyad ON events(source_code, target_code, date, status, type, goldstein);
-- events by target, and actor counts (target with source, covering)
CREATE INDEX events_target ON events(target_code, source_code, date);
-- the network of a date range: covering
CREATE INDEX events_network ON events(date, status, type, source_code, target_code, goldstein);

CREATE TABLE actors (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  sentence_index INTEGER NOT NULL,
  speaker_code TEXT,
  speaker_sector TEXT,
  speaker_actor_id TEXT,
  speaker_text TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_code);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text, speaker_text) VALUES (new.id, new.text, new.speaker_text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_text) VALUES ('delete', old.id, old.text, old.speaker_text);
END;
`,
  },
  {
    version: 2,
    name: 'relations over time: per ordered pair, period and type',
    sql: [relationView('relations_day', 'date'), relationView('relations_week', WEEK), relationView('relations_month', 'substr(date, 1, 7)')].join('\n'),
  },
];

/** Applies the migrations the database has not seen yet; returns how many ran. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const current = (db.prepare('SELECT coalesce(max(version), 0) AS v FROM migrations').get() as { v: number }).v;
  const newest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  if (current > newest) throw new Error(`expected an archive with schema version ${newest} or older, found version ${current} (written by a newer dyad)`);
  let ran = 0;
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
    ran++;
  }
  return ran;
}
