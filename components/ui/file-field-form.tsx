'use client';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

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
      <Input
        id={props.id}
        name="file"
        type="file"
        accept={props.accept}
        aria-invalid={props.message ? true : undefined}
        aria-describedby={props.message ? problemId : undefined}
      />
      {props.message && (
        <p id={problemId} role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {props.message}
        </p>
      )}
      <Button type="submit" disabled={props.pending}>
        {props.pending ? props.pendingLabel : props.submitLabel}
      </Button>
    </form>
  );
}
