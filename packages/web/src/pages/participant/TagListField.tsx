import { PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Chips, HStack, TextField, VStack } from '@navikt/ds-react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface TagListFieldProps {
  /** The id of the text field; the error summary links here. */
  id: string;
  label: string;
  description?: string;
  addLabel: string;
  /** What the list of added values is called, for screen readers. */
  listLabel: string;
  values: readonly string[];
  draft: string;
  onDraftChange: (value: string) => void;
  /** Adds the draft to the list; returns why it could not be added, if it could not. */
  onAdd: () => string | undefined;
  onRemove: (index: number) => void;
  error?: string;
}

/**
 * A short list of words or phrases, such as job types or places: type one, press Enter or "Add", and it appears
 * as a chip that can be removed again. Focus stays in (or returns to) the text field, and a live region says what
 * was added or removed.
 */
export function TagListField({
  id,
  label,
  description,
  addLabel,
  listLabel,
  values,
  draft,
  onDraftChange,
  onAdd,
  onRemove,
  error,
}: TagListFieldProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [addProblem, setAddProblem] = useState<string | undefined>();

  const add = () => {
    const value = draft.trim();
    const problem = onAdd();
    setAddProblem(problem);
    if (value !== '' && !problem) setAnnouncement(t('careerProfile.form.tagAdded', { value }));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter adds to the list here instead of submitting the whole form.
    event.preventDefault();
    add();
  };

  return (
    <VStack gap="space-8">
      <HStack gap="space-8" align="end" wrap>
        <TextField
          ref={input}
          id={id}
          className="tag-list-field__input"
          label={label}
          description={description}
          value={draft}
          onChange={(event) => {
            onDraftChange(event.target.value);
            setAddProblem(undefined);
          }}
          onKeyDown={onKeyDown}
          error={error ?? addProblem}
          autoComplete="off"
        />
        <Button type="button" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={add}>
          {addLabel}
        </Button>
      </HStack>
      {values.length > 0 ? (
        <Chips aria-label={listLabel}>
          {values.map((value, index) => (
            <Chips.Removable
              key={value}
              onDelete={() => {
                onRemove(index);
                setAnnouncement(t('careerProfile.form.tagRemoved', { value }));
                input.current?.focus();
              }}
            >
              {value}
            </Chips.Removable>
          ))}
        </Chips>
      ) : null}
      <BodyShort visuallyHidden aria-live="polite">
        {announcement}
      </BodyShort>
    </VStack>
  );
}
