import type { ReactNode } from 'react';

export interface Detail {
  label: string;
  value: ReactNode;
}

/** Label–value pairs as a description list; two columns on wide screens, stacked on phones. */
export function DetailList({ details }: { details: Detail[] }) {
  return (
    <dl className="detail-list">
      {details.map((detail) => (
        <div key={detail.label} className="detail-list__row">
          <dt>{detail.label}</dt>
          <dd>{detail.value}</dd>
        </div>
      ))}
    </dl>
  );
}
