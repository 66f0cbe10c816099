import { randomUUID } from 'node:crypto';
import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where finished documents (reports to NAV) are filed. In production this is the receiving archive's API; the demo
 * and the tests use the folder sender, which writes each document as JSON and HTML files.
 */
export interface ArchiveDocument {
  kind: 'nav_report';
  title: string;
  html: string;
  json: unknown;
}

export interface ArchiveSender {
  send(document: ArchiveDocument, at: Date): Promise<{ reference: string }>;
}

async function writeDurably(file: string, content: string): Promise<void> {
  const temporary = `${file}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}

/** Files each document as `<date>-<id>.json` and `.html` in a folder; the reference is the file stem. */
export function folderArchiveSender(folder: string): ArchiveSender {
  return {
    async send(document, at) {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const reference = `${at.toISOString().slice(0, 10)}-${document.kind}-${randomUUID()}`;
      await writeDurably(path.join(folder, `${reference}.json`), JSON.stringify(document.json, null, 2));
      await writeDurably(path.join(folder, `${reference}.html`), document.html);
      return { reference };
    },
  };
}
