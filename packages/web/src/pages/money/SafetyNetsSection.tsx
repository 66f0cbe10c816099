import type { SafetyNetItem } from '@ips-bridge/domain';
import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { explanationText } from '../../i18n/benefitTexts.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { splitSafetyNets } from './moneyText.ts';

/** "If the job ends" and "What you must report to NAV and when", in plain language, for the benefit chosen. */
export function SafetyNetsSection({ items }: { items: readonly SafetyNetItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { jobEnds, report } = splitSafetyNets(items);
  return (
    <div className="money-safety" data-testid="money-safety">
      <section aria-labelledby="money-safety-heading" className="money-section">
        <VStack gap="space-12">
          <Heading level="2" size="medium" id="money-safety-heading">
            {t('money.safety.heading')}
          </Heading>
          <BodyLong>{t('money.safety.intro')}</BodyLong>
          <ul className="money-list">
            {jobEnds.map((item) => (
              <li key={item.code}>{explanationText(item, language)}</li>
            ))}
          </ul>
        </VStack>
      </section>
      <section aria-labelledby="money-report-heading" className="money-section">
        <VStack gap="space-12">
          <Heading level="2" size="medium" id="money-report-heading">
            {t('money.safety.reportHeading')}
          </Heading>
          <BodyLong>{t('money.safety.reportIntro')}</BodyLong>
          <ul className="money-list">
            {report.map((item) => (
              <li key={item.code}>{explanationText(item, language)}</li>
            ))}
          </ul>
        </VStack>
      </section>
    </div>
  );
}
