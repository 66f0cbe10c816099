import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word the web app shows comes from the catalogues (nb, nn, en), so a page never shows one language in the
 * middle of another. This finds text written straight into the components: JSX text, string literals as JSX
 * children, and string values of the props that carry visible or spoken text.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEB = path.join(ROOT, 'packages/web/src');
const TEXT_PROPS = new Set([
  'label',
  'description',
  'title',
  'aria-label',
  'aria-description',
  'placeholder',
  'alt',
  'legend',
  'heading',
  'text',
  'error',
  'loadingText',
  'emptyText',
]);
const WORDS = /\p{L}{2,}/u;

function componentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return componentFiles(full);
    return full.endsWith('.tsx') && !full.includes('.test.') ? [full] : [];
  });
}

function untranslatedIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) {
      found.push(`${where(node)}: text ${JSON.stringify(node.text.trim())}`);
    }
    if (
      ts.isJsxExpression(node) &&
      ts.isJsxElement(node.parent) &&
      node.expression &&
      (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
      WORDS.test(node.expression.text)
    ) {
      found.push(`${where(node)}: text ${JSON.stringify(node.expression.text)}`);
    }
    if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(file)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (
        value &&
        (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) &&
        WORDS.test(value.text)
      ) {
        found.push(`${where(node)}: ${node.name.getText(file)}=${JSON.stringify(value.text)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('untranslated text in the web app', () => {
  it('finds text written into a component (the check can see what it looks for)', () => {
    const sample = [
      'export const A = () => (',
      '  <Field label="Navn" aria-label={"Skriv navnet"} description={t("x")}>',
      '    Lagre {"nå"} {t("ok")} {count}',
      '  </Field>',
      ');',
    ].join('\n');
    expect(untranslatedIn('sample.tsx', sample)).toEqual([
      '2: label="Navn"',
      '2: aria-label="Skriv navnet"',
      '3: text "Lagre"',
      '3: text "nå"',
    ]);
  });

  it('ignores markup, punctuation, numbers and non-text props', () => {
    const sample = 'export const B = () => <a href="/my-page" className="x" data-testid="y"> – {1} · </a>;';
    expect(untranslatedIn('sample.tsx', sample)).toEqual([]);
  });

  it('has none in packages/web/src', () => {
    const files = componentFiles(WEB);
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((f) =>
      untranslatedIn(f, readFileSync(f, 'utf8')).map((p) => `${path.relative(ROOT, f)}:${p}`),
    );
    expect(problems).toEqual([]);
  });
});
