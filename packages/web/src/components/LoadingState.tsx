import { BodyShort, Loader, VStack } from '@navikt/ds-react';

/** A centred spinner with a text that screen readers announce. */
export function LoadingState({ label }: { label: string }) {
  return (
    <VStack align="center" gap="space-12" paddingBlock="space-32" role="status">
      <Loader size="xlarge" title={label} aria-hidden />
      <BodyShort visuallyHidden>{label}</BodyShort>
    </VStack>
  );
}
