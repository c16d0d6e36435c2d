import { useId, useState, type FormEvent, type ReactElement } from 'react';

import { cleanName, MAX_NAME_LENGTH } from '../../../shared/lib/persisted-collection';

export interface NameFormProps {
  label: string;
  submit: string;
  /** The name to start from (renaming). */
  initial?: string;
  /** Receives a valid name (trimmed, without control characters); returns an error or null. */
  onSubmit: (name: string) => string | null;
  onCancel?: { label: string; run: () => void };
  /** Shown when nothing is left of what was typed. */
  requiredMessage: string;
}

/** A labelled name field and its button: saving a screen, creating or renaming a list. */
export function NameForm({
  label,
  submit,
  initial = '',
  onSubmit,
  onCancel,
  requiredMessage,
}: NameFormProps): ReactElement {
  const id = useId();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submitted = (event: FormEvent): void => {
    event.preventDefault();
    const name = cleanName(value);
    const problem = name === '' ? requiredMessage : onSubmit(name);
    setError(problem);
    if (problem === null) setValue(initial === '' ? '' : name);
  };
  return (
    <form className="name-form" onSubmit={submitted} noValidate>
      <label htmlFor={`${id}-name`}>{label}</label>
      <input
        id={`${id}-name`}
        type="text"
        value={value}
        maxLength={MAX_NAME_LENGTH}
        autoComplete="off"
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="button button-small">
        {submit}
      </button>
      {onCancel ? (
        <button type="button" className="button button-small" onClick={onCancel.run}>
          {onCancel.label}
        </button>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="name-form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
