import { BodyShort, Link } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';

export interface PageSection {
  /** The id of the section's heading. */
  headingId: string;
  label: string;
}

/** "On this page": links to the page's sections, so a long page is quick to move around in. */
export function PageContents({ sections }: { sections: PageSection[] }) {
  const { t } = useTranslation();
  return (
    <nav className="page-contents" aria-labelledby="page-contents-heading" data-testid="page-contents">
      <BodyShort as="h2" size="small" weight="semibold" id="page-contents-heading">
        {t('work.pageContents')}
      </BodyShort>
      <ul>
        {sections.map((section) => (
          <li key={section.headingId}>
            <Link href={`#${section.headingId}`}>{section.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
