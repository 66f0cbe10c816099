import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { CvContent } from '../../api/cv.ts';
import type { Participant } from '../../api/types.ts';
import type { Language } from '../../i18n/catalogue.ts';
import { formatYearMonth } from '../../i18n/format.ts';

/** Who the CV is for, as its header shows them. */
export interface CvPerson {
  name: string;
  phone: string | null;
  email: string | null;
}

/** The name and contact details a CV starts with, from the participant record. */
export function cvPersonOf(participant: Participant): CvPerson {
  return {
    name: `${participant.givenName} ${participant.familyName}`,
    phone: participant.phone,
    email: participant.email,
  };
}

type Level = 1 | 3;

/**
 * The CV as one plain document: the same on the participant page, on My page and on paper. Plain elements (its
 * look is set in cv.css), with its own `t` and language, so the printout can be in another language than the page.
 * `level` is the heading level of the name: 1 on the print page, 3 inside a page section.
 */
export function CvDocument({
  content,
  person,
  t,
  language,
  level,
  showEmpty,
  testId,
}: {
  content: CvContent;
  person: CvPerson | null;
  t: TFunction;
  language: Language;
  level: Level;
  /** Say "none yet" for an empty part (on screen), or leave it out (on paper). */
  showEmpty: boolean;
  testId: string;
}) {
  const Name = level === 1 ? 'h1' : 'h3';
  const Part = level === 1 ? 'h2' : 'h4';
  const Item = level === 1 ? 'h3' : 'h5';
  const month = (value: string) => formatYearMonth(value, language);
  const contact = [person?.phone, person?.email].filter((value): value is string => Boolean(value));

  const part = (
    key: 'summary' | 'experience' | 'education' | 'interests',
    empty: boolean,
    body: ReactNode,
  ) =>
    empty && !showEmpty ? null : (
      <section
        className="cv-document__part"
        aria-labelledby={`${testId}-${key}`}
        data-testid={`${testId}-${key}`}
      >
        <Part id={`${testId}-${key}`}>{t(`cv.sections.${key}`)}</Part>
        {empty ? <p className="cv-document__empty">{t(`cv.document.empty.${key}`)}</p> : body}
      </section>
    );

  return (
    <article className="cv-document" lang={language} data-testid={testId}>
      <header className="cv-document__header">
        {person ? <Name className="cv-document__name">{person.name}</Name> : null}
        {content.headline.trim() !== '' ? (
          <p className="cv-document__headline" data-testid={`${testId}-headline`}>
            {content.headline}
          </p>
        ) : showEmpty ? (
          <p className="cv-document__empty" data-testid={`${testId}-headline`}>
            {t('cv.document.empty.headline')}
          </p>
        ) : null}
        {contact.length > 0 ? (
          <p className="cv-document__contact">
            {person?.phone ? (
              <span>
                {t('cv.document.phone')}: {person.phone}
              </span>
            ) : null}
            {person?.email ? (
              <span>
                {t('cv.document.email')}: {person.email}
              </span>
            ) : null}
          </p>
        ) : null}
      </header>

      {part('summary', content.summary.trim() === '', <p className="cv-document__text">{content.summary}</p>)}

      {part(
        'experience',
        content.experience.length === 0,
        <ul className="cv-document__entries">
          {content.experience.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the entries are shown in their saved order.
            <li key={index} className="cv-document__entry" data-testid={`${testId}-experience-item`}>
              <div className="cv-document__entry-head">
                <Item>
                  {item.title}
                  <span className="cv-document__at">, {item.employer}</span>
                </Item>
                <p className="cv-document__period">
                  {t('cv.document.period', {
                    from: month(item.from),
                    to: item.to ? month(item.to) : t('cv.document.now'),
                  })}
                </p>
              </div>
              {item.description.trim() !== '' ? (
                <p className="cv-document__text">{item.description}</p>
              ) : null}
            </li>
          ))}
        </ul>,
      )}

      {part(
        'education',
        content.education.length === 0,
        <ul className="cv-document__entries">
          {content.education.map((item, index) => {
            const when = [
              item.year === null ? null : String(item.year),
              item.completed ? null : t('cv.document.notCompleted'),
            ].filter((value): value is string => value !== null);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the entries are shown in their saved order.
              <li key={index} className="cv-document__entry" data-testid={`${testId}-education-item`}>
                <div className="cv-document__entry-head">
                  <Item>
                    {item.subject}
                    {item.institution ? <span className="cv-document__at">, {item.institution}</span> : null}
                  </Item>
                  {when.length > 0 ? <p className="cv-document__period">{when.join(' · ')}</p> : null}
                </div>
              </li>
            );
          })}
        </ul>,
      )}

      {part(
        'interests',
        content.interests.length === 0,
        <ul className="cv-document__interests">
          {content.interests.map((interest) => (
            <li key={interest}>{interest}</li>
          ))}
        </ul>,
      )}
    </article>
  );
}
