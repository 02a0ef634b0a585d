import {
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
  type FormMetadata,
} from '@conform-to/react';
import { useRouteLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The CSRF token every form carries; the root loader provides it. */
export function CsrfInput() {
  const data = useRouteLoaderData<{ csrf: string }>('root');
  return <input type="hidden" name="csrf" value={data?.csrf ?? ''} />;
}

/** Error messages are i18n keys (from the zod schemas) or, failing that, plain text. */
export function useErrorText() {
  const { t } = useTranslation();
  return (errors: readonly string[] | undefined) =>
    errors?.map((e) => t(e, { defaultValue: e })).join(' ') ?? '';
}

function FieldError({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <p className="field-error" id={id}>
      {text(errors)}
    </p>
  );
}

/** Any Conform field: the components only read its id, name, errors and default value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Conform's own helpers take FieldMetadata<S, any, any>
export type AnyField = FieldMetadata<unknown, any, string[]>;

interface FieldProps {
  field: AnyField;
  label: ReactNode;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'password' | 'number' | 'url' | 'search';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'text';
  className?: string;
}

/** A labelled input with its hint and error, wired for screen readers (aria-describedby). */
export function Field({
  field,
  label,
  hint,
  type = 'text',
  autoComplete,
  inputMode,
  className,
}: FieldProps) {
  const hintId = hint ? `${field.id}-hint` : undefined;
  const { key, ...props } = getInputProps(field, { type, ariaDescribedBy: hintId });
  return (
    <div className={className ?? 'field'}>
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input key={key} {...props} autoComplete={autoComplete} inputMode={inputMode} />
      <FieldError id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function TextareaField({
  field,
  label,
  hint,
  rows = 4,
}: {
  field: AnyField;
  label: ReactNode;
  hint?: ReactNode;
  rows?: number;
}) {
  const hintId = hint ? `${field.id}-hint` : undefined;
  const { key, ...props } = getTextareaProps(field, { ariaDescribedBy: hintId });
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea key={key} {...props} rows={rows} />
      <FieldError id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function SelectField({
  field,
  label,
  options,
  hint,
  placeholder,
  id = field.id,
}: {
  field: AnyField;
  label: ReactNode;
  options: { value: string; label: string }[];
  hint?: ReactNode;
  placeholder?: string;
  /** The select's id when it is not Conform's `<form id>-<name>`: a page keeping its own ids. */
  id?: string;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const { key, ...props } = getSelectProps(field, { ariaDescribedBy: hintId });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <select key={key} {...props} id={id}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={field.errorId} errors={field.errors} />
    </div>
  );
}

/** Form-level errors (not tied to a field), announced to screen readers. */
export function FormErrors({ form }: { form: Pick<FormMetadata, 'errors' | 'errorId'> }) {
  const text = useErrorText();
  if (!form.errors?.length) return null;
  return (
    <div className="notice notice--error" role="alert" id={form.errorId}>
      {text(form.errors)}
    </div>
  );
}

export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'success' | 'error' | 'warning';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
