import { TextField, type TextFieldProps } from '@navikt/ds-react';
import type { Ref } from 'react';

// Aksel's TextField types leave out "date", but the component passes `type` straight to the <input>.
const DATE_INPUT_TYPE = 'date' as TextFieldProps['type'];

/** A native date input (value `YYYY-MM-DD`) with Aksel's label, description and error handling. */
export function DateField(props: Omit<TextFieldProps, 'type'> & { ref?: Ref<HTMLInputElement> }) {
  return <TextField {...props} type={DATE_INPUT_TYPE} />;
}
