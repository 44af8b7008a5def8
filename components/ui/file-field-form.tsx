'use client';

/** A form of one file field, its problem beside it and the submit button: the people import's and Data exchange's uploads. */
export function FileFieldForm(props: {
  id: string;
  label: string;
  accept: string;
  message: string | null;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  action: (formData: FormData) => void;
}) {
  const problemId = `${props.id}-problem`;
  return (
    <form action={props.action} className="flex flex-col items-start gap-3" noValidate>
      <label className="text-sm font-medium" htmlFor={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        name="file"
        type="file"
        accept={props.accept}
        aria-invalid={props.message ? true : undefined}
        aria-describedby={props.message ? problemId : undefined}
        className="rounded border border-neutral-400 px-3 py-2"
      />
      {props.message && (
        <p id={problemId} role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {props.message}
        </p>
      )}
      <button type="submit" disabled={props.pending} className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900 disabled:opacity-60">
        {props.pending ? props.pendingLabel : props.submitLabel}
      </button>
    </form>
  );
}
