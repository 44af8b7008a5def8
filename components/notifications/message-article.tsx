import type { ReactNode } from 'react';

export type MessageFact = { label: string; value: ReactNode; testId?: string };

/**
 * A notification as people read it — for its recipient and for the authority's staff: the
 * title, a few facts, the text as text (never HTML, line breaks kept), then what may follow.
 */
export function MessageArticle({ title, heading: Heading, facts, body, children }: { title: string; heading: 'h1' | 'h2'; facts: MessageFact[]; body: string; children?: ReactNode }) {
  return (
    <article aria-labelledby="message-title" className="flex flex-col gap-3 card">
      <Heading id="message-title" className="text-xl font-semibold break-words">
        {title}
      </Heading>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[11rem_1fr]">
        {facts.map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="text-neutral-600">{fact.label}</dt>
            <dd data-testid={fact.testId}>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <div className="whitespace-pre-wrap break-words border-t border-neutral-200 pt-3" data-testid="notification-body">
        {body}
      </div>
      {children}
    </article>
  );
}
