import {
  ANCHOR_STATUSES,
  FIDELITY_BANDS,
  FIDELITY_INDICATORS,
  FIDELITY_SCORES,
  FIDELITY_SECTIONS,
  type FidelityAnchor,
  type FidelityScale,
  SECTION_ITEM_COUNTS,
} from './scale-types.ts';

/**
 * Checks a scale definition an organisation loads (or the one we ship) before it is used: 25 items numbered 1–25 in
 * three sections of 3 + 8 + 14, every item with anchors 1–5 in bokmål and English with a status (and a source
 * unless unverified), and the four bands with rising cut-offs. Returns every problem found, empty when the data is
 * usable.
 */
export function fidelityScaleProblems(value: unknown): string[] {
  const problems: string[] = [];
  const scale = value as Partial<FidelityScale> | null;
  if (typeof scale !== 'object' || scale === null) return ['the scale is not an object'];
  if (typeof scale.id !== 'string' || scale.id === '') problems.push('id is missing');
  if (typeof scale.version !== 'string' || scale.version === '') problems.push('version is missing');
  if (!isText(scale.title)) problems.push('title needs nb and en');
  const items = Array.isArray(scale.items) ? scale.items : [];
  if (items.length !== 25) problems.push(`expected 25 items, found ${items.length}`);
  items.forEach((item, index) => {
    const at = `items[${index}]`;
    if (item?.number !== index + 1) problems.push(`${at}: number should be ${index + 1}`);
    if (!FIDELITY_SECTIONS.includes(item?.section)) problems.push(`${at}: unknown section`);
    if (!isText(item?.name)) problems.push(`${at}: name needs nb and en`);
    const anchors: readonly FidelityAnchor[] = Array.isArray(item?.anchors) ? item.anchors : [];
    if (anchors.map((a) => a?.score).join() !== FIDELITY_SCORES.join())
      problems.push(`${at}: anchors must be scores 1–5 in order`);
    anchors.forEach((a, i) => {
      if (!isText(a?.text)) problems.push(`${at}.anchors[${i}]: text needs nb and en`);
      if (!ANCHOR_STATUSES.includes(a?.status)) problems.push(`${at}.anchors[${i}]: unknown status`);
      else if (a.status !== 'unverified' && !a.source)
        problems.push(`${at}.anchors[${i}]: a ${a.status} anchor needs its source`);
    });
    for (const key of Array.isArray(item?.indicators) ? item.indicators : [])
      if (!FIDELITY_INDICATORS.includes(key)) problems.push(`${at}: unknown indicator ${String(key)}`);
  });
  for (const section of FIDELITY_SECTIONS) {
    const count = items.filter((i) => i?.section === section).length;
    if (items.length === 25 && count !== SECTION_ITEM_COUNTS[section])
      problems.push(`section ${section}: expected ${SECTION_ITEM_COUNTS[section]} items, found ${count}`);
  }
  const bands = Array.isArray(scale.bands) ? scale.bands : [];
  if (bands.map((b) => b?.band).join() !== FIDELITY_BANDS.join())
    problems.push(`bands must be ${FIDELITY_BANDS.join(', ')} in that order`);
  bands.forEach((b, i) => {
    if (!isText(b?.label)) problems.push(`bands[${i}]: label needs nb and en`);
    const next = bands[i + 1];
    if (next && !(b.min > next.min)) problems.push(`bands[${i}]: cut-offs must fall from band to band`);
  });
  if (bands.at(-1)?.min !== 25) problems.push('the lowest band must start at 25 (25 items × 1)');
  return problems;
}

function isText(value: unknown): boolean {
  const text = value as { nb?: unknown; en?: unknown } | null;
  return (
    typeof text === 'object' &&
    text !== null &&
    typeof text.nb === 'string' &&
    text.nb.trim() !== '' &&
    typeof text.en === 'string' &&
    text.en.trim() !== ''
  );
}

/** The scale, typed, or an error naming every problem (for data an organisation supplies). */
export function loadFidelityScale(value: unknown): FidelityScale {
  const problems = fidelityScaleProblems(value);
  if (problems.length > 0) throw new Error(`Invalid fidelity scale: ${problems.join('; ')}`);
  return value as FidelityScale;
}
